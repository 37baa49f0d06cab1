#pragma once

#include "diagnosis/diagnosis.h"

#include <QString>

#include <optional>

namespace fathom {

class RunStore;

/// What a user says about a test run when saving it: its name, the suite it belongs to (else
/// suiteKey()), the code revision it ran (else runs are taken as the same code), and the
/// measurement runs its diagnosis joined.
struct TestRunLabels
{
    QString name;
    QString suite;
    QString revision;
    QList<qint64> measurementRuns;
};

/// The key that groups runs of one suite: the root <testsuite> names and a digest of the set of
/// test ids ("pytest:3f2a9c1d"), so that a run is compared with runs of the same tests.
QString suiteKey(const ImportedRun &run);

/// Stores a diagnosed test run in the run history: every case (status, root cause, signature),
/// the failures' texts (to reopen it), its summary, root causes and unique errors. The run's
/// id; 0 with `error` set when it could not be stored (then nothing of it is).
qint64 recordTestRun(RunStore *store, const Diagnosis &d, const TestRunLabels &labels, QString *error);

/// A stored test run as imported: its failures with their texts and every case's timing, as
/// recordTestRun() stored them, for analysing it again.
std::optional<ImportedRun> loadTestRun(const RunStore &store, qint64 id, QString *error);

} // namespace fathom
