#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace fathom {

/// A test's outcome as JUnit XML states it: <failure> is a failed assertion or a test that
/// its runner counted as failed, <error> an exception outside the assertion (Allure's
/// "broken").
enum class TestStatus
{
    Passed,
    Failed,
    Error,
    Skipped
};
QString testStatusId(TestStatus s); ///< "passed", "failed", "error", "skipped"
QString testStatusWords(TestStatus s); ///< the same in words, translated
/// Allure's name of the status ("passed", "failed", "broken", "skipped"), used by rules.
QString allureStatusId(TestStatus s);

/// One failed or erroneous test case, with the texts a classifier reads. Texts are redacted
/// (no secrets) and capped at import.
struct TestFailure
{
    QString file; ///< the JUnit file it came from
    int line = 0; ///< line of its <testcase> in that file
    QString suite;
    QString classname;
    QString name;
    TestStatus status = TestStatus::Failed;
    QString type; ///< the exception type from the type attribute, if any
    QString message; ///< the message attribute
    QString trace; ///< the element's text: traceback, captured log sections
    QString output; ///< <system-out> and <system-err> of the case
    double durationS = 0;
    QDateTime startedAt; ///< exact when the runner wrote one, else estimated (see startEstimated)
    bool startEstimated = false;

    QString displayName() const { return classname.isEmpty() ? name : classname + QLatin1Char('.') + name; }
};

/// The light record kept for every test case, passed or not: enough for a timeline, and for
/// telling one run's tests from another's.
struct TestTiming
{
    qint64 startMs = -1; ///< ms since epoch, -1 when unknown
    float durationS = 0;
    TestStatus status = TestStatus::Passed;
    QString test; ///< "classname.name" (redacted): the test's identity across runs
    /// Surefire's attempts before the outcome: <flakyFailure>/<flakyError> in a case that then
    /// passed, <rerunFailure>/<rerunError> in one that failed every time.
    quint16 flakyAttempts = 0;
    quint16 failedReruns = 0;
};

struct TestRunCounts
{
    int total = 0;
    int passed = 0;
    int failed = 0;
    int errors = 0;
    int skipped = 0;

    /// Counts one more case of status `s`.
    void add(TestStatus s)
    {
        ++total;
        switch (s) {
        case TestStatus::Passed:
            ++passed;
            break;
        case TestStatus::Failed:
            ++failed;
            break;
        case TestStatus::Error:
            ++errors;
            break;
        case TestStatus::Skipped:
            ++skipped;
            break;
        }
    }
};

/// Everything imported from one or more JUnit files (a run split over workers is one run).
struct ImportedRun
{
    QStringList files;
    QStringList suites; ///< the names of the root <testsuite> elements, each once
    TestRunCounts counts;
    QList<TestFailure> failures; ///< failed and erroneous cases, in file order
    std::vector<TestTiming> timings; ///< every case
    QStringList warnings; ///< e.g. texts that were cut, counts that disagree with the suite's
};

} // namespace fathom
