#include "history/runstore.h"

#include "diagnosis/signature.h"

#include "model/probe.h"

#include "model/targetprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <map>
#include <tuple>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace fathom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fathom", text);
}

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

/// Runs stored before Fathom refused credentials in URLs may hold one in their target and
/// profile: cut out, so that no list, report or export repeats it.
bool scrubCredentials(QSqlQuery &q)
{
    if (!q.exec(QStringLiteral("SELECT id, target, profile_json FROM runs WHERE target LIKE '%@%' OR profile_json "
                               "LIKE '%@%'")))
        return false;
    QList<std::tuple<qint64, QString, QString>> scrubbed;
    while (q.next()) {
        const QString target = withoutCredentials(q.value(1).toString());
        QJsonObject profile = fromText(q.value(2).toString());
        if (profile.contains(QStringLiteral("base_url")))
            profile.insert(QStringLiteral("base_url"),
                           withoutCredentials(profile.value(QStringLiteral("base_url")).toString()));
        QJsonObject auth = profile.value(QStringLiteral("auth")).toObject();
        if (auth.contains(QStringLiteral("token_url"))) {
            auth.insert(QStringLiteral("token_url"),
                        withoutCredentials(auth.value(QStringLiteral("token_url")).toString()));
            profile.insert(QStringLiteral("auth"), auth);
        }
        scrubbed.append(
            { q.value(0).toLongLong(), target, profile.isEmpty() ? q.value(2).toString() : toText(profile) });
    }
    q.finish();
    for (const auto &[id, target, profile] : scrubbed) {
        q.prepare(QStringLiteral("UPDATE runs SET target = ?, profile_json = ? WHERE id = ?"));
        q.addBindValue(target);
        q.addBindValue(profile);
        q.addBindValue(id);
        if (!q.exec())
            return false;
    }
    return true;
}

QString runLockPath(const QString &historyPath, qint64 runId)
{
    return historyPath + QStringLiteral(".run-%1.lock").arg(runId);
}

/// Whether the process recording a run still runs: it holds the run's lock until it ends.
bool runAlive(const QString &historyPath, qint64 runId)
{
    const int fd = ::open(QFile::encodeName(runLockPath(historyPath, runId)).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false; // never taken, or removed when the run finished
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return held;
}

} // namespace

RunStore::RunStore()
    : m_connection(QStringLiteral("fathom-runs-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

RunStore::~RunStore()
{
    for (const auto &[id, fd] : m_runLocks) {
        ::unlink(QFile::encodeName(runLockPath(m_path, id)).constData());
        ::close(fd);
    }
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString RunStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("runs.sqlite"));
}

QString RunStore::failure(const QString &what, const QString &sqlError) const
{
    const QString lower = sqlError.toLower();
    if (lower.contains(QLatin1String("not a database")) || lower.contains(QLatin1String("malformed")))
        return tr("the run history %1 is damaged (%2). Fathom left it untouched: move it away and a new one will be "
                  "created.")
            .arg(m_path, sqlError);
    if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("busy")))
        return tr("the run history %1 is locked by another program (%2); close it and try again.")
            .arg(m_path, sqlError);
    return tr("%1 in the run history %2: %3").arg(what, m_path, sqlError);
}

bool RunStore::open(const QString &path, QString *error)
{
    m_path = path;
    const QFileInfo info(path);
    // A history that exists where nothing can be written (a read-only mount, a folder without
    // write permission): it can still be read. SQLite would need its journal files beside it.
    const QFileInfo folder(info.absolutePath());
    if (info.exists() && (!folder.isWritable() || !info.isWritable()))
        return openReadOnly(error);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("cannot create the folder %1 for the run history").arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!db.open()) {
        *error = failure(tr("cannot open"), db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        *error = failure(tr("cannot open"), q.lastError().text());
        return false;
    }
    if (!migrate(error))
        return false;
    // WAL lets a reader (another Fathom listing runs) in while a run writes. It is stored in the
    // file, so when another process holds the lock right now and has set it, that is enough.
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.finish();
    return true;
}

bool RunStore::openReadOnly(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    // immutable: nothing else can write it either, and SQLite then needs no -shm or -wal file.
    db.setDatabaseName(QStringLiteral("file:%1?immutable=1")
                           .arg(QString::fromUtf8(QUrl::fromLocalFile(m_path).toEncoded(QUrl::RemoveScheme))));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    QSqlQuery q(db);
    if (!db.open() || !q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = failure(tr("cannot open"), db.isOpen() ? q.lastError().text() : db.lastError().text());
        return false;
    }
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion || version < 1) {
        *error = version > kSchemaVersion
            ? tr("the run history %1 was written by a newer Fathom (schema %2, this one knows %3); update Fathom.")
                  .arg(m_path)
                  .arg(version)
                  .arg(kSchemaVersion)
            : tr("the run history %1 is empty and cannot be written: %2").arg(m_path, cannotWrite());
        return false;
    }
    m_readOnly = true;
    return true;
}

QString RunStore::readOnlyNote() const
{
    return m_readOnly ? cannotWrite() : QString();
}

QString RunStore::cannotWrite() const
{
    return tr("the run history %1 can be read but not written (its folder or file is read-only): new runs and probes "
              "are not saved. Make the folder writable, or set XDG_DATA_HOME to a writable place.")
        .arg(m_path);
}

bool RunStore::refuseWrite(QString *error) const
{
    if (!m_readOnly)
        return false;
    *error = cannotWrite();
    return true;
}

bool RunStore::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // Migrations, one per version step. Each runs under BEGIN IMMEDIATE and re-reads the
    // version inside the lock: two Fathoms opening a new history at once must not both create it.
    const QList<QStringList> steps = {
        // 0 → 1
        { QStringLiteral("CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, name TEXT, "
                         "target TEXT, started_at TEXT NOT NULL, finished_at TEXT, status TEXT NOT NULL, "
                         "capacity INTEGER, stop_reason TEXT, pid INTEGER, profile_json TEXT, config_json TEXT, "
                         "result_json TEXT)"),
          QStringLiteral(
              "CREATE TABLE steps (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, "
              "idx INTEGER NOT NULL, level INTEGER NOT NULL, attempt INTEGER NOT NULL, passed INTEGER NOT NULL, "
              "json TEXT NOT NULL, PRIMARY KEY (run_id, idx))"),
          QStringLiteral("CREATE INDEX runs_started ON runs(started_at)") },
        // 1 → 2: scrubCredentials() only
        {},
        // 2 → 3: test runs — every case, the failures' texts, the signatures seen
        { QStringLiteral("CREATE TABLE test_cases (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, "
                         "idx INTEGER NOT NULL, test TEXT NOT NULL, status TEXT NOT NULL, category TEXT, "
                         "signature_id TEXT, started_ms INTEGER, duration_s REAL, flaky_attempts INTEGER, "
                         "failed_reruns INTEGER, PRIMARY KEY (run_id, idx))"),
          QStringLiteral("CREATE TABLE test_run_failures (run_id INTEGER PRIMARY KEY REFERENCES runs(id) "
                         "ON DELETE CASCADE, data BLOB NOT NULL)"),
          QStringLiteral("CREATE TABLE signatures (id TEXT PRIMARY KEY, text TEXT NOT NULL, category TEXT, "
                         "issue_key TEXT, first_run INTEGER)") },
    };
    auto fail = [&](const QString &what, const QString &sqlError) {
        *error = failure(what, sqlError);
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    for (;;) {
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return fail(tr("cannot open"), q.lastError().text());
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return fail(tr("cannot read the schema version"), q.lastError().text());
        const int version = q.value(0).toInt();
        q.finish(); // an open statement would make the COMMIT fail
        if (version > kSchemaVersion) {
            q.exec(QStringLiteral("ROLLBACK"));
            *error
                = tr("the run history %1 was written by a newer Fathom (schema %2, this one knows %3); update Fathom.")
                      .arg(m_path)
                      .arg(version)
                      .arg(kSchemaVersion);
            return false;
        }
        if (version == kSchemaVersion)
            break;
        for (const QString &sql : steps[version]) {
            if (!q.exec(sql))
                return fail(tr("cannot migrate to schema %1").arg(version + 1), q.lastError().text());
        }
        if (version + 1 == 2 && !scrubCredentials(q))
            return fail(tr("cannot migrate to schema %1").arg(version + 1), q.lastError().text());
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) || !q.exec(QStringLiteral("COMMIT")))
            return fail(tr("cannot migrate to schema %1").arg(version + 1), q.lastError().text());
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(tr("cannot open"), q.lastError().text());
    return true;
}

qint64 RunStore::beginRun(RunKind kind, const QString &name, const QString &target, const QJsonObject &profile,
                          const QJsonObject &config, QString *error)
{
    if (refuseWrite(error))
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("INSERT INTO runs (kind, name, target, started_at, status, pid, profile_json, config_json) "
                       "VALUES (?, ?, ?, ?, 'running', ?, ?, ?)"));
    q.addBindValue(runKindId(kind));
    q.addBindValue(name);
    q.addBindValue(target);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(qint64(QCoreApplication::applicationPid()));
    q.addBindValue(toText(profile));
    q.addBindValue(toText(config));
    if (!q.exec()) {
        *error = failure(tr("cannot record the run"), q.lastError().text());
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    const int fd = ::open(QFile::encodeName(runLockPath(m_path, id)).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0)
        m_runLocks[id] = fd;
    else if (fd >= 0)
        ::close(fd);
    return id;
}

bool RunStore::addStep(qint64 runId, const StepResult &step, QString *error)
{
    if (refuseWrite(error))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("INSERT INTO steps (run_id, idx, level, attempt, passed, json) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(runId);
    q.addBindValue(step.index);
    q.addBindValue(step.level);
    q.addBindValue(step.attempt);
    q.addBindValue(step.passed ? 1 : 0);
    q.addBindValue(toText(step.toJson()));
    if (!q.exec()) {
        *error = failure(tr("cannot record a step"), q.lastError().text());
        return false;
    }
    return true;
}

bool RunStore::finishRun(qint64 runId, RunStatus status, int capacity, const QString &stopReason,
                         const QJsonObject &result, QString *error)
{
    if (const auto lock = m_runLocks.find(runId); lock != m_runLocks.end()) {
        // Finished, or not recordable any more: either way this process no longer runs it.
        ::unlink(QFile::encodeName(runLockPath(m_path, runId)).constData());
        ::close(lock->second);
        m_runLocks.erase(lock);
    }
    if (refuseWrite(error))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("UPDATE runs SET finished_at = ?, status = ?, capacity = ?, stop_reason = ?, result_json = ? "
                       "WHERE id = ?"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(runStatusId(status));
    q.addBindValue(capacity);
    q.addBindValue(stopReason);
    q.addBindValue(toText(result));
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = failure(tr("cannot record the end of the run"), q.lastError().text());
        return false;
    }
    return true;
}

namespace {
// The rate limit from the stored result: json_valid first, so that a damaged result cannot make
// the whole list fail.
constexpr auto kSummaryColumns
    = "r.id, r.kind, r.name, r.target, r.started_at, r.finished_at, r.status, r.capacity, "
      "r.stop_reason, r.pid, (SELECT COUNT(*) FROM steps s WHERE s.run_id = r.id), "
      "CASE WHEN json_valid(r.result_json) THEN json_extract(r.result_json, '$.rate_limit_per_s') END, "
      "CASE WHEN r.kind = 'probe' AND json_valid(r.result_json) THEN json_extract(r.result_json, '$.verdict') END, "
      "CASE WHEN r.kind = 'test_run' AND json_valid(r.result_json) THEN json_extract(r.result_json, "
      "'$.summary.failed') + json_extract(r.result_json, '$.summary.errors') END, "
      "CASE WHEN r.kind = 'test_run' AND json_valid(r.result_json) THEN json_extract(r.result_json, "
      "'$.summary.total') END, "
      "CASE WHEN r.kind = 'test_run' AND json_valid(r.result_json) THEN json_array_length(r.result_json, "
      "'$.unique_errors') END";
constexpr int kSummaryColumnCount = 16; ///< the columns above; what a query adds comes after

RunSummary summaryFrom(const QSqlQuery &q, const QString &historyPath)
{
    RunSummary s;
    s.id = q.value(0).toLongLong();
    s.kind = q.value(1).toString();
    s.name = q.value(2).toString();
    s.target = q.value(3).toString();
    s.startedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    s.finishedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    s.status = q.value(6).toString();
    s.capacity = q.value(7).isNull() ? -1 : q.value(7).toInt();
    s.stopReason = q.value(8).toString();
    s.target = withoutCredentials(s.target); // a read-only history of schema 1 was never scrubbed
    if (s.status == QLatin1String("running") && !runAlive(historyPath, s.id))
        s.status = QStringLiteral("interrupted");
    s.steps = q.value(10).toInt();
    if (!q.value(11).isNull() && q.value(11).toDouble() > 0)
        s.rateLimitPerS = q.value(11).toDouble();
    s.probeVerdict = q.value(12).toString();
    if (!q.value(13).isNull())
        s.testsFailed = q.value(13).toInt();
    if (!q.value(14).isNull())
        s.testsTotal = q.value(14).toInt();
    if (!q.value(15).isNull())
        s.uniqueErrors = q.value(15).toInt();
    return s;
}
} // namespace

QString runKindId(RunKind kind)
{
    switch (kind) {
    case RunKind::Discovery:
        return QStringLiteral("discovery");
    case RunKind::Probe:
        return QStringLiteral("probe");
    case RunKind::Locust:
        return QStringLiteral("locust");
    case RunKind::TestRun:
        return QStringLiteral("test_run");
    }
    return {};
}

QString runStatusId(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return QStringLiteral("running");
    case RunStatus::Finished:
        return QStringLiteral("finished");
    case RunStatus::Failed:
        return QStringLiteral("failed");
    case RunStatus::Cancelled:
        return QStringLiteral("cancelled");
    case RunStatus::Interrupted:
        return QStringLiteral("interrupted");
    }
    return {};
}

QString RunSummary::kindWords() const
{
    if (kind == runKindId(RunKind::Discovery))
        return QCoreApplication::translate("fathom::RunStore", "discovery");
    if (kind == runKindId(RunKind::Locust))
        return QCoreApplication::translate("fathom::RunStore", "Locust ramp");
    if (kind == runKindId(RunKind::Probe))
        return QCoreApplication::translate("fathom::RunStore", "probe");
    if (kind == runKindId(RunKind::TestRun))
        return QCoreApplication::translate("fathom::RunStore", "test run");
    return kind; // a kind this version does not know
}

QString RunSummary::title() const
{
    if (kind == runKindId(RunKind::Probe))
        return QCoreApplication::translate("fathom::RunStore", "%1 probe").arg(probeKindWords(name));
    return kindWords();
}

QString RunSummary::statusText() const
{
    // Literal contexts: lupdate reads the strings only so.
    if (status == QLatin1String("running"))
        return QCoreApplication::translate("fathom::RunStore", "running");
    if (status == QLatin1String("finished"))
        return kind == QLatin1String("probe") ? QCoreApplication::translate("fathom::RunStore", "passed")
                                              : QCoreApplication::translate("fathom::RunStore", "finished");
    if (status == QLatin1String("failed"))
        return QCoreApplication::translate("fathom::RunStore", "failed");
    if (status == QLatin1String("cancelled"))
        return QCoreApplication::translate("fathom::RunStore", "cancelled");
    if (status == QLatin1String("interrupted"))
        return QCoreApplication::translate("fathom::RunStore", "interrupted (its process ended)");
    return status;
}

QString RunSummary::resultText() const
{
    if (kind == QLatin1String("probe"))
        return probeVerdict;
    if (testsTotal >= 0) {
        const int errors = std::max(0, uniqueErrors);
        return QCoreApplication::translate("fathom::RunStore", "%1 of %n test(s) failed (%2%)", nullptr, testsTotal)
                   .arg(testsFailed)
                   .arg(testsTotal > 0 ? qRound(100.0 * testsFailed / testsTotal) : 0)
            + QStringLiteral(", ")
            + QCoreApplication::translate("fathom::RunStore", "%n unique error(s)", nullptr, errors);
    }
    if (rateLimitPerS)
        return QCoreApplication::translate("fathom::RunStore", "rate limit about %1 jobs/s")
            .arg(QLocale().toString(*rateLimitPerS, 'f', *rateLimitPerS < 10 ? 1 : 0));
    if (capacity >= 0)
        return QCoreApplication::translate("fathom::RunStore", "capacity %1").arg(capacity);
    return stopReason.isEmpty() ? QString() : stopReasonWords(stopReasonFromId(stopReason));
}

QList<RunSummary> RunStore::listRuns(QString *error) const
{
    QList<RunSummary> runs;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT %1 FROM runs r ORDER BY r.id").arg(QLatin1String(kSummaryColumns)))) {
        *error = failure(tr("cannot list the runs"), q.lastError().text());
        return runs;
    }
    while (q.next())
        runs.append(summaryFrom(q, m_path));
    return runs;
}

std::optional<StoredRun> RunStore::loadRun(qint64 id, QString *error, bool *notFound) const
{
    if (notFound)
        *notFound = false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1, r.profile_json, r.config_json, r.result_json FROM runs r WHERE r.id = ?")
                  .arg(QLatin1String(kSummaryColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = failure(tr("cannot read run %1").arg(id), q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        *error = tr("there is no run %1 in the run history; \"fathom runs list\" shows them").arg(id);
        if (notFound)
            *notFound = true;
        return std::nullopt;
    }
    StoredRun run;
    run.summary = summaryFrom(q, m_path);
    run.profile = fromText(q.value(kSummaryColumnCount).toString());
    run.config = fromText(q.value(kSummaryColumnCount + 1).toString());
    run.result = fromText(q.value(kSummaryColumnCount + 2).toString());
    QSqlQuery s(db);
    s.prepare(QStringLiteral("SELECT json FROM steps WHERE run_id = ? ORDER BY idx"));
    s.addBindValue(id);
    if (!s.exec()) {
        *error = failure(tr("cannot read the steps of run %1").arg(id), s.lastError().text());
        return std::nullopt;
    }
    while (s.next())
        run.steps.append(StepResult::fromJson(fromText(s.value(0).toString())));
    return run;
}

bool RunStore::addTestCases(qint64 runId, const QList<StoredTestCase> &cases, const QByteArray &failures,
                            const QList<std::pair<QString, QString>> &signatures, QString *error)
{
    if (refuseWrite(error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    auto fail = [&](const QSqlQuery &failed) {
        *error = failure(tr("cannot record the test run"), failed.lastError().text());
        db.rollback();
        return false;
    };
    // One transaction: 100,000 cases in one commit, and a run is stored whole or not at all.
    if (!db.transaction())
        return fail(q);
    q.prepare(QStringLiteral("INSERT INTO test_cases (run_id, idx, test, status, category, signature_id, started_ms, "
                             "duration_s, flaky_attempts, failed_reruns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < cases.size(); ++i) {
        const StoredTestCase &c = cases[i];
        q.addBindValue(runId);
        q.addBindValue(i);
        q.addBindValue(c.test);
        q.addBindValue(c.status);
        q.addBindValue(c.category.isEmpty() ? QVariant() : QVariant(c.category));
        q.addBindValue(c.signatureId.isEmpty() ? QVariant() : QVariant(c.signatureId));
        q.addBindValue(c.startMs >= 0 ? QVariant(c.startMs) : QVariant());
        q.addBindValue(c.durationS);
        q.addBindValue(c.flakyAttempts);
        q.addBindValue(c.failedReruns);
        if (!q.exec())
            return fail(q);
    }
    QSqlQuery blob(db);
    blob.prepare(QStringLiteral("INSERT INTO test_run_failures (run_id, data) VALUES (?, ?)"));
    blob.addBindValue(runId);
    blob.addBindValue(failures);
    if (!blob.exec())
        return fail(blob);
    QSqlQuery sig(db);
    sig.prepare(QStringLiteral("INSERT OR IGNORE INTO signatures (id, text, category, first_run) VALUES (?, ?, ?, ?)"));
    for (const auto &[text, category] : signatures) {
        sig.addBindValue(FailureSignature::idOf(text));
        sig.addBindValue(text);
        sig.addBindValue(category);
        sig.addBindValue(runId);
        if (!sig.exec())
            return fail(sig);
    }
    if (!db.commit())
        return fail(q);
    return true;
}

std::optional<QList<StoredTestCase>> RunStore::testCases(qint64 runId, QString *error, bool outcomesOnly) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(outcomesOnly
                  ? QStringLiteral("SELECT test, status, category, signature_id, flaky_attempts FROM test_cases "
                                   "WHERE run_id = ? ORDER BY idx")
                  : QStringLiteral("SELECT test, status, category, signature_id, flaky_attempts, started_ms, "
                                   "duration_s, failed_reruns FROM test_cases WHERE run_id = ? ORDER BY idx"));
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = failure(tr("cannot read the test run"), q.lastError().text());
        return std::nullopt;
    }
    QList<StoredTestCase> cases;
    while (q.next()) {
        StoredTestCase c { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() };
        c.flakyAttempts = q.value(4).toInt();
        if (!outcomesOnly) {
            c.startMs = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
            c.durationS = q.value(6).toDouble();
            c.failedReruns = q.value(7).toInt();
        }
        cases.append(std::move(c));
    }
    return cases;
}

std::optional<QByteArray> RunStore::testRunFailures(qint64 runId, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT data FROM test_run_failures WHERE run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = failure(tr("cannot read the test run"), q.lastError().text());
        return std::nullopt;
    }
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

QString RunStore::signatureText(const QString &signatureId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT text FROM signatures WHERE id = ?"));
    q.addBindValue(signatureId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool RunStore::setIssueKey(const QList<std::pair<QString, QString>> &signatures, const QString &issueKey,
                           bool keepExisting, QString *error)
{
    if (refuseWrite(error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery add(db), set(db);
    auto fail = [&](const QSqlQuery &failed) {
        *error = failure(tr("cannot keep the issue's key"), failed.lastError().text());
        db.rollback();
        return false;
    };
    if (!db.transaction())
        return fail(add);
    // A signature seen only in a run that was not saved is kept now, with its key.
    add.prepare(QStringLiteral("INSERT OR IGNORE INTO signatures (id, text, category) VALUES (?, ?, ?)"));
    set.prepare(keepExisting ? QStringLiteral("UPDATE signatures SET issue_key = ? WHERE id = ? AND issue_key IS NULL")
                             : QStringLiteral("UPDATE signatures SET issue_key = ? WHERE id = ?"));
    for (const auto &[text, category] : signatures) {
        const QString id = FailureSignature::idOf(text);
        add.addBindValue(id);
        add.addBindValue(text);
        add.addBindValue(category);
        if (!add.exec())
            return fail(add);
        set.addBindValue(issueKey);
        set.addBindValue(id);
        if (!set.exec())
            return fail(set);
    }
    if (!db.commit())
        return fail(add);
    return true;
}

QHash<QString, QString> RunStore::issueKeys() const
{
    QHash<QString, QString> keys;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT id, issue_key FROM signatures WHERE issue_key IS NOT NULL")))
        while (q.next())
            keys.insert(q.value(0).toString(), q.value(1).toString());
    return keys;
}

bool RunStore::deleteRun(qint64 id, QString *error, bool *notFound)
{
    if (notFound)
        *notFound = false;
    if (refuseWrite(error))
        return false;
    if (runAlive(m_path, id)) {
        QSqlQuery pid(QSqlDatabase::database(m_connection, false));
        pid.prepare(QStringLiteral("SELECT pid FROM runs WHERE id = ?"));
        pid.addBindValue(id);
        const QString who = pid.exec() && pid.next() ? tr(" (process %1)").arg(pid.value(0).toLongLong()) : QString();
        *error = tr("run %1 is still running%2: stop it first (Ctrl-C where it runs, or Stop in the window), then "
                    "delete it")
                     .arg(id)
                     .arg(who);
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = failure(tr("cannot delete run %1").arg(id), q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = tr("there is no run %1 in the run history").arg(id);
        if (notFound)
            *notFound = true;
        return false;
    }
    return true;
}

QJsonObject compareRuns(const StoredRun &a, const StoredRun &b)
{
    // Per level: the best attempt of each run (passed first, then most successes).
    auto bestByLevel = [](const QList<StepResult> &steps) {
        std::map<int, StepResult> best;
        for (const StepResult &s : steps) {
            auto it = best.find(s.level);
            if (it == best.end() || (s.passed && !it->second.passed)
                || (s.passed == it->second.passed && s.ok > it->second.ok))
                best[s.level] = s;
        }
        return best;
    };
    const auto la = bestByLevel(a.steps), lb = bestByLevel(b.steps);
    std::map<int, int> levels;
    for (const auto &[l, s] : la)
        levels[l] = 0;
    for (const auto &[l, s] : lb)
        levels[l] = 0;
    QJsonArray rows;
    auto side = [](const std::map<int, StepResult> &m, int level) -> QJsonValue {
        const auto it = m.find(level);
        if (it == m.end())
            return QJsonValue();
        const StepResult &s = it->second;
        const auto d = s.dominantFailure();
        return QJsonObject { { QStringLiteral("passed"), s.passed },
                             { QStringLiteral("p50_ms"), double(s.p50Us) / 1000.0 },
                             { QStringLiteral("p99_ms"), double(s.p99Us) / 1000.0 },
                             { QStringLiteral("failed"), s.failed },
                             { QStringLiteral("dominant_error"), d ? QJsonValue(outcomeId(*d)) : QJsonValue() } };
    };
    for (const auto &[level, unused] : levels)
        rows.append(QJsonObject { { QStringLiteral("level"), level },
                                  { QStringLiteral("a"), side(la, level) },
                                  { QStringLiteral("b"), side(lb, level) } });

    auto errorTotals = [](const QList<StepResult> &steps) {
        QJsonObject o;
        OutcomeCounts sum {};
        for (const StepResult &s : steps)
            for (size_t i = 0; i < sum.size(); ++i)
                sum[i] += s.outcomes[i];
        for (OutcomeClass c : allOutcomeClasses()) {
            if (c != OutcomeClass::Ok && sum[size_t(c)])
                o.insert(outcomeId(c), double(sum[size_t(c)]));
        }
        return o;
    };
    const int ca = a.summary.capacity, cb = b.summary.capacity;
    QString verdict;
    if (ca < 0 || cb < 0)
        verdict = tr("At least one of the runs found no capacity; compare their steps.");
    else if (cb > ca)
        verdict = tr("Capacity went up from %1 to %2 (+%3).").arg(ca).arg(cb).arg(cb - ca);
    else if (cb < ca)
        verdict = tr("Capacity went down from %1 to %2 (%3).").arg(ca).arg(cb).arg(cb - ca);
    else
        verdict = tr("Capacity is unchanged at %1.").arg(ca);
    return {
        { QStringLiteral("a"),
          QJsonObject { { QStringLiteral("id"), double(a.summary.id) },
                        { QStringLiteral("capacity"), ca },
                        { QStringLiteral("stop_reason"), a.summary.stopReason },
                        { QStringLiteral("errors"), errorTotals(a.steps) } } },
        { QStringLiteral("b"),
          QJsonObject { { QStringLiteral("id"), double(b.summary.id) },
                        { QStringLiteral("capacity"), cb },
                        { QStringLiteral("stop_reason"), b.summary.stopReason },
                        { QStringLiteral("errors"), errorTotals(b.steps) } } },
        { QStringLiteral("capacity_delta"), ca >= 0 && cb >= 0 ? QJsonValue(cb - ca) : QJsonValue() },
        { QStringLiteral("levels"), rows },
        { QStringLiteral("verdict"), verdict },
    };
}

} // namespace fathom
