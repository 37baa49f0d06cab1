#pragma once

#include "history/runstore.h"

#include <QHash>
#include <QString>

namespace fathom {

/// A test's outcome in one run: its last attempt's, and whether an earlier attempt of the same
/// run failed where the last passed (a rerun that passed: flaky within the run).
struct TestOutcome
{
    QString test;
    bool failed = false;
    QString category, signatureId;
    bool flakyInRun = false;
};
/// Every test of a run that ran (skipped ones are left out), by id, from its stored cases.
QHash<QString, TestOutcome> testOutcomes(const QList<StoredTestCase> &cases);

} // namespace fathom
