#pragma once

#include "discovery/discoveryresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>
#include <optional>

namespace fathom {

/// What a stored run is. Stored as its id ("discovery", "probe", "locust").
enum class RunKind
{
    Discovery,
    Probe,
    Locust, ///< a Locust ramp's CSV, imported
    TestRun, ///< a test run's JUnit files, imported and diagnosed ("test_run")
};
QString runKindId(RunKind kind);

/// How a stored run ended, or that it has not. Stored as its id ("finished", …).
enum class RunStatus
{
    Running,
    Finished,
    Failed, ///< a probe whose verdict failed
    Cancelled,
    Interrupted, ///< its process ended before it did
};
QString runStatusId(RunStatus status);

/// One row of the run history.
struct RunSummary
{
    qint64 id = 0;
    QString kind; ///< "discovery" or "probe"
    QString name; ///< the profile's name, or the probe kind
    QString target; ///< base URL
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status; ///< "running", "finished", "failed" (a probe whose verdict failed), "cancelled",
                    ///< "interrupted" (its process died)
    int capacity = -1; ///< -1 when not a discovery, or it measured none (DiscoveryResult::measuredCapacity())
    QString stopReason;
    int steps = 0;
    std::optional<double> rateLimitPerS; ///< a discovery that met a rate limit (HTTP 429) and measured it
    QString probeVerdict; ///< a probe's verdict, as it was given
    int testsFailed = -1; ///< a test run's failed and erroneous tests; -1 for other runs
    int testsTotal = -1;
    int uniqueErrors = -1;

    /// "capacity 37", "rate limit about 19 jobs/s", or why the run measured neither, in words;
    /// a probe's verdict.
    QString resultText() const;
    /// The status in words ("passed" for a probe that finished), for people; `status` is the id.
    QString statusText() const;
    /// The kind in words: "discovery", "Locust ramp", "probe".
    QString kindWords() const;
    /// What the run measured, in words: "discovery", "Locust ramp", "health probe".
    QString title() const;

    /// Whether the run measured something a diagnosis can use: a run that finished, or a
    /// probe that failed (a failed health probe is the evidence that the server was down).
    bool isMeasurement() const
    {
        return kind != QLatin1String("test_run")
            && (status == QLatin1String("finished")
                || (kind == QLatin1String("probe") && status == QLatin1String("failed")));
    }
    bool isTestRun() const { return kind == QLatin1String("test_run"); }
    /// A discovery or Locust ramp that measured a capacity: only such a run may be joined as one.
    bool measuredCapacity() const
    {
        return kind != QLatin1String("probe") && status == QLatin1String("finished") && capacity > 0;
    }
};

struct StoredRun
{
    RunSummary summary;
    QJsonObject profile; ///< as run; never holds secrets (only keychain keys)
    QJsonObject config;
    QJsonObject result; ///< empty for a run that never finished
    QList<StepResult> steps;
};

/// One test case of a stored test run: every case, passed or not, in the files' order (a
/// test rerun by pytest-rerunfailures appears once per attempt).
struct StoredTestCase
{
    QString test; ///< "classname.name"
    QString status; ///< testStatusId()
    QString category; ///< failed and erroneous cases: the root cause's id
    QString signatureId; ///< failed and erroneous cases: FailureSignature::id
    qint64 startMs = -1;
    double durationS = 0;
    int flakyAttempts = 0; ///< Surefire's <flakyFailure>/<flakyError>
    int failedReruns = 0; ///< Surefire's <rerunFailure>/<rerunError>
};

/// Probes and runs, stored as they happen in SQLite (Qt Sql, QSQLITE), step by step, so a
/// crash mid-run loses at most the step in progress. The schema carries a version
/// (PRAGMA user_version) and is migrated on open. Every failure comes back as a message that
/// says what to do; nothing throws. One instance per thread.
class RunStore
{
    Q_DECLARE_TR_FUNCTIONS(fathom::RunStore)
public:
    RunStore();
    ~RunStore();
    RunStore(const RunStore &) = delete;
    RunStore &operator=(const RunStore &) = delete;

    static constexpr int kSchemaVersion = 3;
    /// <data dir>/runs.sqlite, e.g. ~/.local/share/Fathom/fathom/runs.sqlite
    static QString defaultPath();

    bool open(const QString &path, QString *error);
    QString path() const { return m_path; }
    /// Opened for reading only: its folder or its file cannot be written (a read-only mount, a
    /// locked-down home). The runs are listed and shown; new ones are refused with the reason.
    bool readOnly() const { return m_readOnly; }
    /// Why nothing can be recorded, in words, for a warning; empty when the history is writable.
    QString readOnlyNote() const;

    qint64 beginRun(RunKind kind, const QString &name, const QString &target, const QJsonObject &profile,
                    const QJsonObject &config, QString *error);
    bool addStep(qint64 runId, const StepResult &step, QString *error);
    bool finishRun(qint64 runId, RunStatus status, int capacity, const QString &stopReason, const QJsonObject &result,
                   QString *error);
    QList<RunSummary> listRuns(QString *error) const;
    /// `notFound` (if given) tells a run that is not there from a history that cannot be read.
    std::optional<StoredRun> loadRun(qint64 id, QString *error, bool *notFound = nullptr) const;
    /// Refused while the run is still going (its process holds the run's lock).
    bool deleteRun(qint64 id, QString *error, bool *notFound = nullptr);

    /// A test run's cases, in one transaction with its failures' texts (`failures`: the imported
    /// failures, compressed JSON) and its signatures (id → text, category), kept for the next runs.
    bool addTestCases(qint64 runId, const QList<StoredTestCase> &cases, const QByteArray &failures,
                      const QList<std::pair<QString, QString>> &signatures, QString *error);
    /// `outcomesOnly`: the test, status, category, signature and flaky attempts alone (what a
    /// comparison reads: a third less to read for 100,000 cases).
    std::optional<QList<StoredTestCase>> testCases(qint64 runId, QString *error, bool outcomesOnly = false) const;
    /// The compressed failures addTestCases() stored; empty when the run has none.
    std::optional<QByteArray> testRunFailures(qint64 runId, QString *error) const;
    /// A signature's text as first stored; empty when unknown.
    QString signatureText(const QString &signatureId) const;
    /// Keeps `issueKey` (a Jira issue, "FOCUS-123") with each signature (text → category), so
    /// the next runs show it as known. `keepExisting`: a signature already reported keeps its key
    /// (a root cause reported whole does not replace the issue one of its errors has).
    bool setIssueKey(const QList<std::pair<QString, QString>> &signatures, const QString &issueKey, bool keepExisting,
                     QString *error);
    /// Signature id → issue key, for every signature reported.
    QHash<QString, QString> issueKeys() const;

private:
    bool migrate(QString *error);
    bool openReadOnly(QString *error);
    bool refuseWrite(QString *error) const;
    QString cannotWrite() const;
    QString failure(const QString &what, const QString &sqlError) const;

    QString m_connection;
    QString m_path;
    bool m_readOnly = false;
    /// The runs this process is recording, each with the lock that says so to everyone:
    /// flock() on "<history>.run-<id>.lock", released by the kernel when the process ends
    /// however it ends. A process id alone is not proof: it may be another namespace's, or reused.
    std::map<qint64, int> m_runLocks;
};

/// Two runs side by side: capacity, latency per level, error classes. The question users ask
/// most: did the fix help?
QJsonObject compareRuns(const StoredRun &before, const StoredRun &after);

} // namespace fathom
