#include "history/runstore.h"

#include "historyschema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace fathom;

namespace {
StepResult step(int index, int level, bool passed, int failed = 0)
{
    StepResult s;
    s.index = index;
    s.level = level;
    s.passed = passed;
    s.ok = level - failed;
    s.failed = failed;
    s.outcomes[size_t(OutcomeClass::Ok)] = quint64(s.ok);
    s.outcomes[size_t(OutcomeClass::Overloaded503)] = quint64(failed);
    s.p50Us = 1000 * level;
    s.p99Us = 2000 * level;
    s.startedAt = QDateTime::currentDateTimeUtc();
    return s;
}
} // namespace

class TestRunStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsRunsStepByStep();
    void resultTextSaysWhatTheRunFound();
    void deadProcessMeansInterrupted();
    void deleteRemovesSteps();
    void compareTwoRuns();
    void damagedFileIsReportedNotTouched();
    void garbageInAHistorysFirstPage_data();
    void garbageInAHistorysFirstPage();
    void newerSchemaIsRefused();
    void credentialsStoredBeforeAreScrubbed();
    void missingRun();
    void lockedDatabaseSaysSo();
    void twoProcessesCreatingItAtOnce();
};

void TestRunStore::recordsRunsStepByStep()
{
    QTemporaryDir dir;
    RunStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath("runs.sqlite"), &error), qPrintable(error));
    const qint64 id = store.beginRun(RunKind::Discovery, "staging", "http://h", { { "name", "staging" } },
                                     { { "strategy", "bisect" } }, &error);
    QVERIFY2(id > 0, qPrintable(error));
    QVERIFY(store.addStep(id, step(0, 1, true), &error));
    QVERIFY(store.addStep(id, step(1, 2, false, 1), &error));

    // Another connection (another process, say) sees the steps before the run ends.
    {
        RunStore reader;
        QVERIFY(reader.open(dir.filePath("runs.sqlite"), &error));
        const auto run = reader.loadRun(id, &error);
        QVERIFY2(run, qPrintable(error));
        QCOMPARE(run->steps.size(), 2);
        QCOMPARE(run->summary.status, QStringLiteral("running")); // this process is alive
        QCOMPARE(run->steps[1].failed, 1);
        QCOMPARE(run->steps[1].outcomes[size_t(OutcomeClass::Overloaded503)], quint64(1));
        QCOMPARE(run->steps[1].p99Us, 4000);
    }
    QVERIFY(store.finishRun(id, RunStatus::Finished, 1, "capacity_found", { { "capacity", 1 } }, &error));
    const QList<RunSummary> runs = store.listRuns(&error);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs[0].capacity, 1);
    QCOMPARE(runs[0].status, QStringLiteral("finished"));
    QCOMPARE(runs[0].steps, 2);
    QCOMPARE(store.loadRun(id, &error)->result.value("capacity").toInt(), 1);
    QCOMPARE(runs[0].resultText(), QStringLiteral("capacity 1"));
}

void TestRunStore::resultTextSaysWhatTheRunFound()
{
    QTemporaryDir dir;
    RunStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath("runs.sqlite"), &error), qPrintable(error));
    const qint64 rate = store.beginRun(RunKind::Discovery, "gateway", "http://h", {}, {}, &error);
    QVERIFY(store.finishRun(rate, RunStatus::Finished, -1, "rate_limited",
                            { { "capacity", QJsonValue() }, { "rate_limit_per_s", 18.6 } }, &error));
    const qint64 gone = store.beginRun(RunKind::Discovery, "gateway", "http://h", {}, {}, &error);
    QVERIFY(store.finishRun(gone, RunStatus::Finished, -1, "target_unreachable", {}, &error));
    const QList<RunSummary> runs = store.listRuns(&error);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[0].rateLimitPerS, 18.6);
    QCOMPARE(runs[0].resultText(), QStringLiteral("rate limit about 19 jobs/s"));
    QVERIFY(!runs[1].rateLimitPerS);
    QCOMPARE(runs[1].resultText(), QStringLiteral("the target is unreachable")); // words, not an id
    QVERIFY(!runs[1].measuredCapacity());
}

void TestRunStore::deadProcessMeansInterrupted()
{
    // A run is alive while its process holds the run's lock, whatever its process id says: the
    // id may be another pid namespace's (a run killed in a container was "pid 2") or reused.
    QTemporaryDir dir;
    const QString path = dir.filePath("runs.sqlite");
    QString error;
    auto recorder = std::make_unique<RunStore>();
    QVERIFY(recorder->open(path, &error));
    const qint64 running = recorder->beginRun(RunKind::Discovery, "x", "http://h", {}, {}, &error);
    RunStore viewer; // as another process sees it
    QVERIFY(viewer.open(path, &error));
    QCOMPARE(viewer.listRuns(&error).constFirst().status, QStringLiteral("running"));

    // Deleting a run that is still going is refused, and says which process runs it.
    bool notFound = true;
    QVERIFY(!viewer.deleteRun(running, &error, &notFound));
    QVERIFY2(error.contains("still running") && error.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(error));
    QVERIFY(!notFound);
    QVERIFY(viewer.loadRun(running, &error));

    // Killed: the kernel releases the lock; the lock file stays behind. Its pid (this test's,
    // alive) does not make it look alive.
    QVERIFY(QFile::copy(path + QStringLiteral(".run-%1.lock").arg(running), dir.filePath("kept.lock")));
    recorder.reset();
    QVERIFY(QFile::rename(dir.filePath("kept.lock"), path + QStringLiteral(".run-%1.lock").arg(running)));
    QCOMPARE(viewer.listRuns(&error).constFirst().status, QStringLiteral("interrupted"));
    QVERIFY2(viewer.deleteRun(running, &error), qPrintable(error));

    // A row that says "running" with no lock at all (pid 1 is always alive) was never running here.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "poke");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("INSERT INTO runs (kind, name, target, started_at, status, pid) VALUES ('discovery', 'y', "
                       "'http://h', '2026-01-01T00:00:00.000Z', 'running', 1)"));
    }
    QSqlDatabase::removeDatabase("poke");
    QCOMPARE(viewer.listRuns(&error).constFirst().status, QStringLiteral("interrupted"));
}

void TestRunStore::deleteRemovesSteps()
{
    QTemporaryDir dir;
    RunStore store;
    QString error;
    QVERIFY(store.open(dir.filePath("runs.sqlite"), &error));
    const qint64 id = store.beginRun(RunKind::Discovery, "x", "http://h", {}, {}, &error);
    QVERIFY(store.addStep(id, step(0, 1, true), &error));
    QVERIFY(!store.deleteRun(id, &error)); // still running, in this very process
    QVERIFY(store.finishRun(id, RunStatus::Finished, 1, "capacity", {}, &error));
    QVERIFY(store.deleteRun(id, &error));
    QVERIFY(store.listRuns(&error).isEmpty());
    QVERIFY(!store.deleteRun(id, &error));
    QVERIFY(error.contains(QString::number(id)));
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "count");
    db.setDatabaseName(dir.filePath("runs.sqlite"));
    QVERIFY(db.open());
    QSqlQuery q("SELECT COUNT(*) FROM steps", db);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase("count");
}

void TestRunStore::compareTwoRuns()
{
    StoredRun before, after;
    before.summary.id = 1;
    before.summary.capacity = 10;
    before.steps = { step(0, 8, true), step(1, 16, false, 6), step(2, 10, true), step(3, 11, false, 1) };
    after.summary.id = 2;
    after.summary.capacity = 14;
    after.steps = { step(0, 8, true), step(1, 16, false, 2), step(2, 14, true), step(3, 15, false, 1) };
    const QJsonObject c = compareRuns(before, after);
    QCOMPARE(c.value("capacity_delta").toInt(), 4);
    QVERIFY(c.value("verdict").toString().contains("10") && c.value("verdict").toString().contains("14"));
    const QJsonArray levels = c.value("levels").toArray();
    QCOMPARE(levels.size(), 6); // 8, 10, 11, 14, 15, 16
    QCOMPARE(levels[0].toObject().value("level").toInt(), 8);
    QVERIFY(levels[1].toObject().value("b").isNull()); // level 10 only in the first run
    QCOMPARE(c.value("a").toObject().value("errors").toObject().value("overloaded_503").toInt(), 7);
}

void TestRunStore::damagedFileIsReportedNotTouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("runs.sqlite");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray garbage = QByteArray("this is not a database at all ").repeated(200);
    f.write(garbage);
    f.close();
    RunStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains("damaged") && error.contains(path), qPrintable(error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), garbage);
}

void TestRunStore::garbageInAHistorysFirstPage_data()
{
    // Where in a real history's first page the bytes are overwritten: each makes SQLite fail a
    // different way (one once read "Parameter count mismatch", with no advice).
    QTest::addColumn<int>("offset");
    QTest::newRow("the magic string") << 0;
    QTest::newRow("the page size") << 16;
    QTest::newRow("the first page's tree header") << 100;
    QTest::newRow("the schema's SQL") << 3900;
}

void TestRunStore::garbageInAHistorysFirstPage()
{
    QFETCH(int, offset);
    QTemporaryDir dir;
    const QString path = dir.filePath("runs.sqlite");
    QString error;
    {
        RunStore store;
        QVERIFY(store.open(path, &error));
        const qint64 id = store.beginRun(RunKind::Discovery, "x", "http://h", {}, {}, &error);
        QVERIFY(store.addStep(id, step(0, 1, true), &error));
        QVERIFY(store.finishRun(id, RunStatus::Finished, 1, "capacity", {}, &error));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    static const char kGarbage[] = "\x7f\xff GARBAGE \x01\x02 =&;";
    f.write(QByteArray(kGarbage, sizeof kGarbage - 1).repeated(3));
    f.close();
    RunStore store;
    error.clear();
    if (store.open(path, &error))
        store.listRuns(&error);
    QVERIFY2(error.contains("damaged") && error.contains("move it away"), qPrintable(error));
}

void TestRunStore::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("runs.sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "future");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("PRAGMA user_version = 99"));
    }
    QSqlDatabase::removeDatabase("future");
    RunStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains("newer"), qPrintable(error));
}

void TestRunStore::credentialsStoredBeforeAreScrubbed()
{
    // A history of schema 1, written before credentials in URLs were refused, holding one in a
    // run's target and profile: opened, they are cut out, and nothing else changes.
    QTemporaryDir dir;
    const QString path = dir.filePath("runs.sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "schema1");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(createHistoryTablesOfSchema1(q));
        const QString withSecrets = "INSERT INTO runs (kind, name, target, started_at, status, profile_json) VALUES "
                                    "('probe', 'health', 'http://qauser:s3cretPW@127.0.0.1:8080', "
                                    "'2026-12-01T10:00:00Z', 'finished', '{\"base_url\":\"http://qauser:s3cretPW@"
                                    "127.0.0.1:8080\",\"auth\":{\"type\":\"oauth2\",\"token_url\":\"https://svc:"
                                    "t0kenPW@sso.example/token\"},\"job\":{\"path\":\"/jobs/a@b\"}}')";
        QVERIFY(q.exec(withSecrets));
        QVERIFY(q.exec("INSERT INTO runs (kind, name, target, started_at, status) VALUES ('probe', 'health', "
                       "'http://127.0.0.1:8080/a@b', '2026-12-01T11:00:00Z', 'finished')"));
        QVERIFY(q.exec("PRAGMA user_version = 1"));
    }
    QSqlDatabase::removeDatabase("schema1");
    RunStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    const auto first = store.loadRun(1, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->summary.target, "http://127.0.0.1:8080");
    const QByteArray profile = QJsonDocument(first->profile).toJson(QJsonDocument::Compact);
    QVERIFY2(!profile.contains("s3cretPW") && !profile.contains("t0kenPW"), profile.constData());
    QCOMPARE(first->profile.value("base_url").toString(), "http://127.0.0.1:8080");
    QCOMPARE(first->profile.value("auth").toObject().value("token_url").toString(), "https://sso.example/token");
    QCOMPARE(first->profile.value("job").toObject().value("path").toString(), "/jobs/a@b");
    QCOMPARE(store.loadRun(2, &error)->summary.target, "http://127.0.0.1:8080/a@b"); // an @ in a path is no user
}

void TestRunStore::missingRun()
{
    QTemporaryDir dir;
    RunStore store;
    QString error;
    QVERIFY(store.open(dir.filePath("runs.sqlite"), &error));
    bool notFound = false;
    QVERIFY(!store.loadRun(12345, &error, &notFound));
    QVERIFY(error.contains("12345"));
    QVERIFY(notFound); // a wrong id, not a damaged history
}

void TestRunStore::lockedDatabaseSaysSo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("runs.sqlite");
    RunStore store;
    QString error;
    QVERIFY(store.open(path, &error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "locker");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("BEGIN EXCLUSIVE")); // another program holds the write lock
        QCOMPARE(store.beginRun(RunKind::Discovery, "x", "http://h", {}, {}, &error), 0);
        QVERIFY2(error.contains("locked"), qPrintable(error));
        QVERIFY(q.exec("ROLLBACK"));
    }
    QSqlDatabase::removeDatabase("locker");
    QVERIFY(store.beginRun(RunKind::Discovery, "x", "http://h", {}, {}, &error) > 0); // and works once released
}

void TestRunStore::twoProcessesCreatingItAtOnce()
{
    // Two Fathoms (here: two threads, two connections) opening a new history at the same time.
    for (int round = 0; round < 20; ++round) {
        QTemporaryDir dir;
        const QString path = dir.filePath("runs.sqlite");
        std::atomic<int> ok { 0 };
        QString errors[2];
        auto open = [&](int i) {
            RunStore store;
            if (store.open(path, &errors[i]))
                ++ok;
        };
        std::unique_ptr<QThread> a(QThread::create(open, 0)), b(QThread::create(open, 1));
        a->start();
        b->start();
        QVERIFY(a->wait(10'000) && b->wait(10'000));
        QVERIFY2(ok == 2, qPrintable(errors[0] + errors[1]));
    }
}

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
