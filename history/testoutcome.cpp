#include "history/testoutcome.h"

namespace fathom {

namespace {
bool isFailure(const QString &status)
{
    return status == QLatin1String("failed") || status == QLatin1String("error");
}
} // namespace

QHash<QString, TestOutcome> testOutcomes(const QList<StoredTestCase> &cases)
{
    QHash<QString, TestOutcome> outcomes;
    outcomes.reserve(cases.size());
    for (const StoredTestCase &c : cases) {
        if (c.status == QLatin1String("skipped"))
            continue;
        TestOutcome &o = outcomes[c.test];
        const bool earlierFailed = o.failed || o.flakyInRun; // an earlier attempt of this run
        o.test = c.test;
        o.failed = isFailure(c.status);
        o.category = o.failed ? c.category : QString();
        o.signatureId = o.failed ? c.signatureId : QString();
        // Passed at last after failing: a rerun (pytest-rerunfailures' repeated cases) or
        // Surefire's <flakyFailure>. A test that failed at last is failing, whatever came before.
        o.flakyInRun = !o.failed && (earlierFailed || c.flakyAttempts > 0);
    }
    return outcomes;
}

} // namespace fathom
