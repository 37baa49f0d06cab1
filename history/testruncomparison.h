#pragma once

#include "history/runstore.h"
#include "history/testoutcome.h"
#include "history/teststability.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fathom {

/// What became of a test from one run to the next.
enum class TestChange
{
    NewFailure, ///< passed before (or was not there), fails now
    StillFailing, ///< failed before and now, with the same signature
    ChangedFailure, ///< failed before and now, with another signature or root cause
    Fixed, ///< failed before, passes now
    Passing, ///< passed before (or was not there) and passes now
};
QString testChangeId(TestChange c); ///< "new_failure", "still_failing", "changed_failure", "fixed", "passing"

/// Two stored test runs compared: each test's change, each root cause's and each unique error's
/// count before and after, the share of failed tests before and after, and the measurements of
/// the server nearest each run — so a fix is seen both in the suite and in the server.
struct TestRunComparison
{
    Q_DECLARE_TR_FUNCTIONS(fathom::TestRunComparison)
public:
    struct Test
    {
        QString name;
        TestChange change = TestChange::Passing;
        QString category; ///< now, or before for a fixed test
        QString signatureId; ///< now, or before for a fixed test
        TestStability stability; ///< over the last runs of the suite, up to the later run
    };
    struct Count
    {
        QString key; ///< a category, or a signature id
        QString category;
        QString signature; ///< unique errors: the text
        int before = 0, after = 0;
        QString issueKey; ///< unique errors: the issue it was reported as ("FOCUS-123"), if any
    };

    RunSummary before, after;
    QList<Test> tests; ///< the new failures first, then changed, still failing, fixed, passing
    QList<Count> rootCauses; ///< by category, the largest change first
    QList<Count> uniqueErrors;
    QList<RunSummary> measurementsBefore, measurementsAfter; ///< nearest each run, the latest of each kind

    int count(TestChange c) const;
    int count(TestStability::Kind k) const;
    /// "18 failed (44%) → 2 failed (5%)", then each root cause "pool exhausted 8 → 0".
    QStringList summaryLines() const;
    /// before, after (each id and summary), tests[], root_causes[], unique_errors[], measurements.
    QJsonObject toJson() const;
};

/// Compares stored test runs `before` and `after`; nullopt with `error` when either is not a
/// stored test run (`notFound` when a run is not there or is not a test run: a wrong id).
/// The latest stored test run of `suite` before run `runId`; 0 when there is none.
qint64 previousTestRun(const RunStore &store, qint64 runId, const QString &suite, QString *error);

/// Each test's stability is read over the last `lastRuns` runs of the later run's suite.
std::optional<TestRunComparison> compareTestRuns(const RunStore &store, qint64 before, qint64 after, QString *error,
                                                 bool *notFound = nullptr, int lastRuns = 10);

} // namespace fathom
