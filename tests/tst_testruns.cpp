#include "diagnosis/junitimporter.h"
#include "history/runstore.h"
#include "history/testruncomparison.h"
#include "history/testrunrecorder.h"
#include "history/teststability.h"
#include "model/translations.h"

#include "historyschema.h"

#include <QBuffer>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fathom;

namespace {

/// A JUnit file of named cases: "pass", "skip", or a failure's message (a 503, a read timeout, …).
QByteArray junit(const QList<std::pair<QString, QString>> &cases, const QString &suite = QStringLiteral("pytest"))
{
    QByteArray xml = "<testsuites><testsuite name=\"" + suite.toUtf8() + "\" timestamp=\"2026-12-06T10:00:00\">";
    for (const auto &[name, outcome] : cases) {
        xml += "<testcase classname=\"tests.test_jobs\" name=\"" + name.toUtf8() + "\" time=\"0.5\">";
        if (outcome == QLatin1String("skip"))
            xml += "<skipped/>";
        else if (outcome.startsWith(QLatin1String("<")))
            xml += outcome.toUtf8(); // elements given as they are (Surefire's reruns)
        else if (outcome != QLatin1String("pass"))
            xml += "<failure message=\"" + outcome.toHtmlEscaped().toUtf8() + "\">trace</failure>";
        xml += "</testcase>";
    }
    return xml + "</testsuite></testsuites>";
}

Diagnosis diagnose(const QByteArray &xml)
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    ImportedRun run;
    QString error;
    JUnitImporter importer;
    if (!importer.importDevice(&buffer, QStringLiteral("run.xml"), &run, &error))
        qFatal("%s", qPrintable(error));
    return RootCauseAnalysis::analyse(std::move(run), FailureRules::builtIn(), {});
}

const QString kOverloaded = QStringLiteral("AssertionError: job 7: 503 {\"error\": \"Server overloaded\"}");
const QString kReadTimeout = QStringLiteral("requests.exceptions.ReadTimeout: HTTPConnectionPool(host='127.0.0.1', "
                                            "port=40000): Read timed out. (read timeout=1)");
const QString kPoolFull = QStringLiteral("urllib3.exceptions.EmptyPoolError: HTTPConnectionPool(host='127.0.0.1', "
                                         "port=40000): Pool reached maximum size and no more connections are allowed.");

} // namespace

class TestTestRuns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Translations::install("en"); } // English plural forms, as fathom loads them
    void init();
    void cleanup();
    void aSavedRunReadsBackAsImported();
    void aTestRunIsNotAMeasurement();
    void compareSortsEveryTest();
    void compareCountsCausesAndUniqueErrors();
    void compareRefusesARunThatIsNotATestRun();
    void rerunsWithinOneRun_data();
    void rerunsWithinOneRun();
    void suiteKeyFollowsTheSuitesAndTheirTests();
    void flakyOnTheSameCode();
    void loadInducedWhenItFailsOnlyAboveCapacity();
    void withoutACapacityLoadFailuresAreFlakyAndSaySo();
    void deletingARunDeletesItsCases();
    void aHistoryOfTheLastSchemaGainsTestRuns();

private:
    QTemporaryDir *m_dir = nullptr;
    RunStore *m_store = nullptr;
    /// A run of `atOnce` tests started together (test_x among them, failing with `x` or passing).
    qint64 saveConcurrent(int atOnce, const QString &x, const QString &revision = {})
    {
        QByteArray xml = "<testsuites><testsuite name=\"pytest\">";
        for (int i = 0; i < atOnce; ++i) {
            const QByteArray name = i == 0 ? QByteArray("test_x") : QByteArray("test_" + QByteArray::number(i));
            xml += "<testcase classname=\"tests.test_jobs\" name=\"" + name
                + "\" time=\"1.0\" timestamp=\"2026-12-06T10:00:00\">";
            if (i == 0 && x != QLatin1String("pass"))
                xml += "<failure message=\"" + x.toHtmlEscaped().toUtf8() + "\">trace</failure>";
            xml += "</testcase>";
        }
        xml += "</testsuite></testsuites>";
        QString error;
        const qint64 id = recordTestRun(m_store, diagnose(xml), { {}, "jobs", revision, {} }, &error);
        if (!id)
            qWarning("%s", qPrintable(error));
        return id;
    }
    qint64 saveDiscovery(int capacity)
    {
        QString error;
        const qint64 id = m_store->beginRun(RunKind::Discovery, "focus", "http://127.0.0.1:8080", {}, {}, &error);
        m_store->finishRun(id, RunStatus::Finished, capacity, "capacity_found", {}, &error);
        return id;
    }
    TestStability stabilityOf(qint64 run, const QString &test = QStringLiteral("tests.test_jobs.test_x"))
    {
        QString error;
        const auto s = testStability(*m_store, run, 10, &error);
        if (!s)
            qWarning("%s", qPrintable(error));
        return s ? s->value(test) : TestStability {};
    }
    qint64 save(const QByteArray &xml, const QString &name)
    {
        QString error;
        const qint64 id = recordTestRun(m_store, diagnose(xml), { name, {}, {}, {} }, &error);
        if (!id)
            qWarning("%s", qPrintable(error));
        return id;
    }
};

void TestTestRuns::init()
{
    m_dir = new QTemporaryDir;
    m_store = new RunStore;
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath("runs.sqlite"), &error), qPrintable(error));
}

void TestTestRuns::cleanup()
{
    delete m_store;
    delete m_dir;
}

void TestTestRuns::aSavedRunReadsBackAsImported()
{
    const Diagnosis d = diagnose(
        junit({ { "test_a", "pass" }, { "test_b", kOverloaded }, { "test_c", "skip" }, { "test_d", kReadTimeout } }));
    QString error;
    const qint64 id = recordTestRun(m_store, d, { "nightly", "jobs", "abc123", { 4 } }, &error);
    QVERIFY2(id > 0, qPrintable(error));
    const auto stored = m_store->loadRun(id, &error);
    QVERIFY(stored);
    QCOMPARE(stored->summary.kind, "test_run");
    QCOMPARE(stored->summary.name, "nightly");
    QCOMPARE(stored->summary.testsFailed, 2);
    QCOMPARE(stored->summary.testsTotal, 4);
    QCOMPARE(stored->summary.uniqueErrors, 2);
    QCOMPARE(stored->config.value("revision").toString(), "abc123");
    QCOMPARE(stored->config.value("suite").toString(), "jobs");
    QCOMPARE(stored->config.value("measurement_runs").toArray().first().toInteger(), 4);

    const auto run = loadTestRun(*m_store, id, &error);
    QVERIFY2(run, qPrintable(error));
    QCOMPARE(run->counts.total, 4);
    QCOMPARE(run->counts.failed, 2);
    QCOMPARE(run->counts.skipped, 1);
    QCOMPARE(run->failures.size(), 2);
    QCOMPARE(run->failures[0].message, d.run.failures[0].message);
    QCOMPARE(run->failures[1].name, "test_d");
    QCOMPARE(run->timings.size(), size_t(4));
    QCOMPARE(run->timings[2].test, "tests.test_jobs.test_c");
    // Analysed again, it says what it said.
    const Diagnosis again = RootCauseAnalysis::analyse(*run, FailureRules::builtIn(), {});
    QCOMPARE(again.uniqueErrorCount(), d.uniqueErrorCount());
    QCOMPARE(again.rootCauses.first().category, d.rootCauses.first().category);
    QCOMPARE(again.signatures[1].id, d.signatures[1].id);
}

void TestTestRuns::aTestRunIsNotAMeasurement()
{
    QVERIFY(save(junit({ { "test_a", kOverloaded } }), "run") > 0);
    QString error;
    const QList<RunSummary> runs = m_store->listRuns(&error);
    QCOMPARE(runs.size(), 1);
    QVERIFY(runs.first().isTestRun());
    QVERIFY(!runs.first().isMeasurement()); // never joined to a diagnosis as the server's measurement
    QVERIFY2(runs.first().resultText().contains("1 of 1 test failed"), qPrintable(runs.first().resultText()));
}

void TestTestRuns::compareSortsEveryTest()
{
    const qint64 before = save(junit({ { "test_fixed", kOverloaded },
                                       { "test_still", kReadTimeout },
                                       { "test_changed", kOverloaded },
                                       { "test_broken", "pass" },
                                       { "test_fine", "pass" },
                                       { "test_gone", kReadTimeout } }),
                               "before");
    const qint64 after = save(junit({ { "test_fixed", "pass" },
                                      { "test_still", kReadTimeout },
                                      { "test_changed", kReadTimeout },
                                      { "test_broken", kPoolFull },
                                      { "test_fine", "pass" },
                                      { "test_new", kPoolFull },
                                      { "test_skipped", "skip" } }),
                              "after");
    QString error;
    const auto cmp = compareTestRuns(*m_store, before, after, &error);
    QVERIFY2(cmp, qPrintable(error));
    QHash<QString, QString> status;
    for (const TestRunComparison::Test &t : cmp->tests)
        status.insert(t.name.section('.', -1), testChangeId(t.change));
    QCOMPARE(status.value("test_fixed"), "fixed");
    QCOMPARE(status.value("test_still"), "still_failing");
    QCOMPARE(status.value("test_changed"), "changed_failure");
    QCOMPARE(status.value("test_broken"), "new_failure");
    QCOMPARE(status.value("test_new"), "new_failure"); // not there before: it broke now
    QCOMPARE(status.value("test_fine"), "passing");
    QVERIFY(!status.contains("test_skipped")); // did not run
    QVERIFY(!status.contains("test_gone")); // not in the later run
    QCOMPARE(cmp->tests.first().change, TestChange::NewFailure); // the news first

    const QJsonObject json = cmp->toJson();
    for (const char *key : { "before", "after", "tests", "root_causes", "unique_errors", "counts", "summary" })
        QVERIFY2(json.contains(key), key);
    QCOMPARE(json["before"]["id"].toInteger(), before);
    QVERIFY2(json["after"]["summary"].toString().contains("4 of 7 tests failed"),
             qPrintable(json["after"]["summary"].toString()));
    QCOMPARE(json["counts"]["fixed"].toInt(), 1);
    for (const QJsonValue &t : json["tests"].toArray())
        QVERIFY(t["name"].isString() && t["status"].isString());
}

void TestTestRuns::compareCountsCausesAndUniqueErrors()
{
    // 18 of 41 failed → 2 of 41: pool exhausted 8 → 0, 503 overloaded 10 → 2.
    QList<std::pair<QString, QString>> before, after;
    for (int i = 0; i < 41; ++i) {
        const QString name = QStringLiteral("test_%1").arg(i);
        before.append({ name,
                        i < 8        ? kPoolFull
                            : i < 18 ? QString(kOverloaded).replace("job 7", QStringLiteral("job %1").arg(i))
                                     : QStringLiteral("pass") });
        after.append({ name, i >= 8 && i < 10 ? kOverloaded : QStringLiteral("pass") });
    }
    const auto cmp = [&] {
        QString error;
        return compareTestRuns(*m_store, save(junit(before), "before"), save(junit(after), "after"), &error);
    }();
    QVERIFY(cmp);
    const QStringList lines = cmp->summaryLines();
    QCOMPARE(lines.first(), "18 failed (44%) → 2 failed (5%)");
    QVERIFY2(lines.contains("Client pool exhausted 8 → 0"), qPrintable(lines.join('\n')));
    QVERIFY2(lines.contains("503 overloaded 10 → 2"), qPrintable(lines.join('\n')));
    QCOMPARE(cmp->count(TestChange::Fixed), 16);
    QCOMPARE(cmp->count(TestChange::StillFailing), 2);
    // One unique error each: 10 overloaded jobs at ten job numbers are one error.
    QCOMPARE(cmp->uniqueErrors.size(), 2);
    for (const TestRunComparison::Count &e : cmp->uniqueErrors) {
        QVERIFY(!e.signature.isEmpty());
        QCOMPARE(e.before, e.category == "pool_exhausted" ? 8 : 10);
        QCOMPARE(e.after, e.category == "pool_exhausted" ? 0 : 2);
    }
    const QJsonArray causes = cmp->toJson()["root_causes"].toArray();
    QCOMPARE(causes.size(), 2);
    for (const QJsonValue &c : causes)
        QVERIFY(c["category"].isString() && c["before"].isDouble() && c["after"].isDouble());
    for (const QJsonValue &e : cmp->toJson()["unique_errors"].toArray())
        QVERIFY(!e.toObject().contains("issue_key"));

    // The 503 reported to Jira: known in the comparison from now on, the other error not.
    const TestRunComparison::Count &overloaded
        = cmp->uniqueErrors[cmp->uniqueErrors.first().category == "pool_exhausted" ? 1 : 0];
    QString error;
    QVERIFY2(m_store->setIssueKey({ { overloaded.signature, overloaded.category } }, "FOCUS-9", false, &error),
             qPrintable(error));
    const auto again = compareTestRuns(*m_store, cmp->before.id, cmp->after.id, &error);
    QVERIFY(again);
    for (const QJsonValue &e : again->toJson()["unique_errors"].toArray())
        QCOMPARE(e["issue_key"].toString(), e["category"].toString() == "pool_exhausted" ? "" : "FOCUS-9");
}

void TestTestRuns::compareRefusesARunThatIsNotATestRun()
{
    QString error;
    const qint64 probe = m_store->beginRun(RunKind::Probe, "health", "http://h", {}, {}, &error);
    QVERIFY(m_store->finishRun(probe, RunStatus::Finished, -1, {}, {}, &error));
    const qint64 run = save(junit({ { "test_a", "pass" } }), "run");
    bool wrongId = false;
    QVERIFY(!compareTestRuns(*m_store, probe, run, &error, &wrongId));
    QVERIFY(wrongId);
    QVERIFY2(error.contains("not a test run"), qPrintable(error));
    QVERIFY(!compareTestRuns(*m_store, run, 999, &error, &wrongId));
    QVERIFY(wrongId);
}

void TestTestRuns::rerunsWithinOneRun_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<bool>("failed");
    QTest::addColumn<bool>("flaky");
    const QByteArray rerunPassed = junit({ { "test_x", kReadTimeout }, { "test_x", "pass" } });
    QTest::newRow("pytest-rerunfailures: failed, then passed") << rerunPassed << false << true;
    QTest::newRow("pytest-rerunfailures: empty attempts, then failed")
        << junit({ { "test_x", "pass" }, { "test_x", "pass" }, { "test_x", kReadTimeout } }) << true << false;
    QTest::newRow("Surefire flakyFailure") << junit(
        { { "test_x", "<flakyFailure message=\"Read timed out\" type=\"java.net.SocketTimeoutException\"/>" } })
                                           << false << true;
    QTest::newRow("Surefire rerunFailure: failed every time")
        << junit({ { "test_x", "<failure message=\"Read timed out\"/><rerunFailure message=\"Read timed out\"/>" } })
        << true << false;
    QTest::newRow("passed once") << junit({ { "test_x", "pass" } }) << false << false;
}

void TestTestRuns::rerunsWithinOneRun()
{
    QFETCH(QByteArray, xml);
    QFETCH(bool, failed);
    QFETCH(bool, flaky);
    QString error;
    const qint64 id = save(xml, "run");
    const auto cases = m_store->testCases(id, &error);
    QVERIFY(cases);
    const QHash<QString, TestOutcome> outcomes = testOutcomes(*cases);
    QCOMPARE(outcomes.size(), 1);
    const TestOutcome &o = outcomes.value("tests.test_jobs.test_x");
    QCOMPARE(o.failed, failed);
    QCOMPARE(o.flakyInRun, flaky);
}

void TestTestRuns::suiteKeyFollowsTheSuitesAndTheirTests()
{
    const auto key = [](const QByteArray &xml) { return suiteKey(diagnose(xml).run); };
    const QString a = key(junit({ { "test_a", "pass" }, { "test_b", kOverloaded } }));
    QVERIFY2(a.startsWith("pytest:"), qPrintable(a));
    QCOMPARE(key(junit({ { "test_b", "pass" }, { "test_a", kReadTimeout } })), a); // outcomes and order do not count
    QVERIFY(key(junit({ { "test_a", "pass" }, { "test_c", "pass" } })) != a); // other tests
    QVERIFY(key(junit({ { "test_a", "pass" }, { "test_b", "pass" } }, "integration")) != a); // another suite
}

void TestTestRuns::flakyOnTheSameCode()
{
    const QString assertion = QStringLiteral("AssertionError: assert 'running' == 'done'");
    saveConcurrent(3, assertion);
    saveConcurrent(3, "pass");
    const qint64 third = saveConcurrent(3, assertion);
    TestStability s = stabilityOf(third);
    QCOMPARE(s.kind, TestStability::Kind::Flaky);
    QVERIFY2(s.evidence.contains("failed in 2 and passed in 1 of the last 3 runs"), qPrintable(s.evidence));
    QCOMPARE(stabilityOf(third, "tests.test_jobs.test_1").kind, TestStability::Kind::Stable); // passed every time
    // Failing at r1 and passing at r2 is a fix, not flakiness.
    cleanup();
    init();
    saveConcurrent(3, assertion, "r1");
    QCOMPARE(stabilityOf(saveConcurrent(3, "pass", "r2")).kind, TestStability::Kind::Stable);
    // A rerun that passed within one run.
    QCOMPARE(stabilityOf(save(junit({ { "test_x", kReadTimeout }, { "test_x", "pass" } }), "rerun")).kind,
             TestStability::Kind::Flaky);
}

void TestTestRuns::loadInducedWhenItFailsOnlyAboveCapacity()
{
    const qint64 discovery = saveDiscovery(37);
    saveConcurrent(60, kOverloaded);
    saveConcurrent(20, "pass");
    saveConcurrent(64, kReadTimeout);
    const qint64 last = saveConcurrent(12, "pass");
    const TestStability s = stabilityOf(last);
    QCOMPARE(s.kind, TestStability::Kind::LoadInduced);
    QCOMPARE(s.evidence,
             QStringLiteral("fails in the 2 runs that ran 60 or more jobs at once; capacity 37 (run #%1); "
                            "passes in the 2 that ran 20 or fewer")
                 .arg(discovery));
    // The comparison carries it, with its evidence.
    QString error;
    const auto cmp = compareTestRuns(*m_store, last - 1, last, &error);
    QVERIFY2(cmp, qPrintable(error));
    QCOMPARE(cmp->count(TestStability::Kind::LoadInduced), 1);
    bool found = false;
    for (const QJsonValue &t : cmp->toJson()["tests"].toArray())
        if (t["name"] == "tests.test_jobs.test_x")
            found = t["stability"] == "load_induced" && t["stability_evidence"].toString().contains("capacity 37");
    QVERIFY(found);
    // An assertion among its failures: not the load's doing.
    saveConcurrent(60, QStringLiteral("AssertionError: assert 'running' == 'done'"));
    QCOMPARE(stabilityOf(saveConcurrent(12, "pass")).kind, TestStability::Kind::Flaky);
}

void TestTestRuns::withoutACapacityLoadFailuresAreFlakyAndSaySo()
{
    saveConcurrent(60, kOverloaded);
    const TestStability s = stabilityOf(saveConcurrent(20, "pass"));
    QCOMPARE(s.kind, TestStability::Kind::Flaky);
    QVERIFY2(s.evidence.contains("no capacity was measured") && s.evidence.contains("fathom discover"),
             qPrintable(s.evidence));
}

void TestTestRuns::deletingARunDeletesItsCases()
{
    const qint64 id = save(junit({ { "test_a", kOverloaded }, { "test_b", "pass" } }), "run");
    QString error;
    QCOMPARE(m_store->testCases(id, &error)->size(), 2);
    QVERIFY(m_store->deleteRun(id, &error));
    QCOMPARE(m_store->testCases(id, &error)->size(), 0);
    QVERIFY(m_store->testRunFailures(id, &error)->isEmpty());
}

void TestTestRuns::aHistoryOfTheLastSchemaGainsTestRuns()
{
    // A history of schema 2 (before test runs were stored), with a discovery in it: opened, it
    // keeps its run and takes test runs.
    QTemporaryDir dir;
    const QString path = dir.filePath("old.sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "schema2");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(createHistoryTablesOfSchema1(q));
        QVERIFY(q.exec("INSERT INTO runs (kind, name, target, started_at, finished_at, status, capacity) VALUES "
                       "('discovery', 'staging', 'http://127.0.0.1:8080', '2026-12-01T10:00:00Z', "
                       "'2026-12-01T10:05:00Z', 'finished', 37)"));
        QVERIFY(q.exec("PRAGMA user_version = 2"));
    }
    QSqlDatabase::removeDatabase("schema2");
    RunStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.loadRun(1, &error)->summary.capacity, 37);
    const qint64 id = recordTestRun(&store, diagnose(junit({ { "test_a", kOverloaded } })), {}, &error);
    QVERIFY2(id == 2, qPrintable(error));
    QCOMPARE(store.listRuns(&error).size(), 2);
}

QTEST_GUILESS_MAIN(TestTestRuns)
#include "tst_testruns.moc"
