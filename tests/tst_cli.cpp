// The fathom command line as a user runs it: a real process, real simulator, real history.
#include "fakejira.h"
#include "history/runstore.h"
#include "simprocess.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include "retarget.h"
#include <QScopeGuard>
#include <QTemporaryFile>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace fathom;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void discoverJsonShape();
    void badArguments_data();
    void badArguments();
    void unreachableTargetExitsThree();
    void signalsCleanUpAndExit_data();
    void signalsCleanUpAndExit();
    void killedRunKeepsItsSteps();
    void runsListShowCompareDelete();
    void savedTestRunsCompare();
    void demoFindsTheKnownCapacity();
    void secretInKeychainSignsBearerRequests();
    void reportToJiraAndKnownInTheNextRun();
    void diagnoseJoinsAMeasuredCapacity();
    void diagnoseMeasuresWhatIsMissing();
    void everyCommandADiagnosisSuggestsRuns();
    void helpNamesTheCommandAndStartsQuietly();
    void theWindowOpensWhatItsCommandLineNames();
    void diagnoseWritesReportsAndAllureCategories();
    void langChoosesTheLanguage();
    void locustRoundTrip();
    void locustClusterRoundTrip();
    void descriptorLimitIsTheClientsNotTheServers();
    void aHostileAnswerCannotDriveTheTerminal();
    void aReadOnlyHistoryIsStillRead();
    void outputOnAFullDiskFails_data();
    void outputOnAFullDiskFails();
    void aHistoryThatFillsUpIsNotClaimed();

private:
    QProcessEnvironment env() const;
    Run fathom(const QStringList &args, int timeoutMs = 60'000, const QStringList &prefix = {});
    /// fathom, while this process goes on serving (a loopback server of the test's own).
    Run fathomServing(const QStringList &args, const QByteArray &input = {});
    /// What `p` said and how it ended; killed first when it did not end `inTime`.
    static Run finished(QProcess &p, bool inTime);
    bool exportRamp(const SimProcess &sim, const QString &file);
    QTemporaryDir m_home;
};

QProcessEnvironment TestCli::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert("XDG_DATA_HOME", m_home.path()); // a private run history per test
    e.insert("XDG_CONFIG_HOME", m_home.path() + "/config"); // and private settings
    for (const char *proxy : { "http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY" })
        e.remove(proxy); // Jira is on loopback here
    return e;
}

Run TestCli::fathom(const QStringList &args, int timeoutMs, const QStringList &prefix)
{
    QProcess p;
    p.setProcessEnvironment(env());
    if (prefix.isEmpty())
        p.start(FATHOM_APP_PATH, args);
    else
        p.start(prefix.first(), prefix.mid(1) + QStringList { FATHOM_APP_PATH } + args);
    return finished(p, p.waitForFinished(timeoutMs));
}

Run TestCli::fathomServing(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.setProcessEnvironment(env());
    p.start(FATHOM_APP_PATH, args);
    p.write(input);
    p.closeWriteChannel();
    return finished(p, QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60'000));
}

Run TestCli::finished(QProcess &p, bool inTime)
{
    if (!inTime) {
        p.kill();
        p.waitForFinished();
    }
    return Run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                 p.readAllStandardError() };
}

void TestCli::init()
{
    QVERIFY(m_home.isValid());
    QDir(m_home.path()).removeRecursively();
    QDir().mkpath(m_home.path());
}

void TestCli::discoverJsonShape()
{
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "5" }));
    const Run r = fathom({ "discover", "--url", sim.url().toString(), "--cleanup-path", "/jobs/{job_id}",
                           "--cooldown-ms", "0", "--json", "-" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("capacity").toInt(), 5);
    QCOMPARE(o.value("strategy").toString(), QStringLiteral("bisect"));
    QCOMPARE(o.value("stop_reason").toString(), QStringLiteral("capacity_found"));
    QVERIFY(o.value("levels_tried").toInt() > 0);
    QVERIFY(o.value("attempts").toInt() >= o.value("levels_tried").toInt());
    QVERIFY(o.contains("usl"));
    const QJsonArray steps = o.value("steps").toArray();
    QVERIFY(!steps.isEmpty());
    for (const QJsonValue &v : steps) {
        const QJsonObject s = v.toObject();
        for (const char *key : { "level", "attempt", "passed", "ok", "failed", "outcomes", "p50_ms", "p90_ms", "p99_ms",
                                 "max_ms", "throughput_rps", "queue_wait_p99_ms", "breaker_state" })
            QVERIFY2(s.contains(QLatin1String(key)), key);
    }
    QCOMPARE(sim.stats().value("active_jobs").toInt(), 0);
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("no target") << QStringList { "discover" } << "--profile";
    QTest::addRow("bad strategy") << QStringList { "discover", "--url", "http://127.0.0.1:9", "--strategy", "guess" }
                                  << "--strategy";
    QTest::addRow("bad number") << QStringList { "discover", "--url", "http://127.0.0.1:9", "--max-level", "lots" }
                                << "--max-level";
    QTest::addRow("url without scheme") << QStringList { "discover", "--url", "localhost:80" } << "base_url";
    QTest::addRow("missing profile") << QStringList { "discover", "--profile", "/nonexistent.json" }
                                     << "/nonexistent.json";
    QTest::addRow("cleanup names unknown field")
        << QStringList { "discover", "--url", "http://127.0.0.1:9", "--cleanup-path", "/jobs/{id}" } << "cleanup.path";
    QTest::addRow("unknown option") << QStringList { "discover", "--frobnicate" } << "frobnicate";
    QTest::addRow("unknown command") << QStringList { "explode" } << "explode";
    // "fathom probe pool" once ran the default health probe without a word.
    QTest::addRow("probe kind as an argument")
        << QStringList { "probe", "pool", "--requests", "40", "--url", "http://127.0.0.1:9" } << "--kind pool";
    QTest::addRow("probe stray argument") << QStringList { "probe", "--url", "http://127.0.0.1:9", "x" } << "\"x\"";
    // Stray words were accepted without a word by every command but probe: one prologue now.
    QTest::addRow("discover stray argument")
        << QStringList { "discover", "--url", "http://127.0.0.1:9", "later" } << "unexpected argument \"later\"";
    QTest::addRow("export-locust stray argument")
        << QStringList { "export-locust", "--url", "http://127.0.0.1:9", "ramp.py" }
        << "unexpected argument \"ramp.py\"";
    QTest::addRow("demo stray argument") << QStringList { "--demo", "--no-gui", "fast" }
                                         << "unexpected argument \"fast\"";
    QTest::addRow("runs show bad id") << QStringList { "runs", "show", "abc" } << "abc";
    const QString junit = FATHOM_TEST_DATA "/junit/pytest-requests-xunit2.xml";
    QTest::addRow("diagnose nothing") << QStringList { "diagnose" } << "JUnit XML";
    QTest::addRow("diagnose missing file")
        << QStringList { "diagnose", "/nonexistent/run.xml" } << "/nonexistent/run.xml";
    QTest::addRow("diagnose not junit") << QStringList { "diagnose", FATHOM_TEST_DATA "/junit/generate-pytest-corpus" }
                                        << "generate-pytest-corpus:1:";
    QTest::addRow("diagnose report format")
        << QStringList { "diagnose", junit, "--report", "r.docx" } << ".md, .html, .pdf or .csv";
    QTest::addRow("diagnose bad rules") << QStringList { "diagnose", junit, "--rules", "/nonexistent/rules.json" }
                                        << "/nonexistent/rules.json";
    QTest::addRow("diagnose bad run id") << QStringList { "diagnose", junit, "--run", "abc" } << "abc";
    QTest::addRow("diagnose no such run") << QStringList { "diagnose", junit, "--run", "99" } << "no run 99";
    QTest::addRow("unknown language") << QStringList { "--lang", "fr", "runs", "list" } << "--lang must be he or en";
    // A password in a URL is refused before anything runs, stores or prints it.
    QTest::addRow("password in --url") << QStringList { "discover", "--url", "http://qauser:s3cretPW@127.0.0.1:9" }
                                       << "fathom secret set";
    QTest::addRow("password in a probe's --url")
        << QStringList { "probe", "--url", "http://qauser:s3cretPW@127.0.0.1:9", "--json", "-" } << "\"basic\"";
    QTest::addRow("password in export-locust's --url")
        << QStringList { "export-locust", "--url", "http://qauser:s3cretPW@127.0.0.1:9", "-o", "-" } << "--url";
    QTest::addRow("password in import-locust's --target")
        << QStringList { "import-locust", "results", "--target", "http://qauser:s3cretPW@127.0.0.1:9" } << "--target";
}

void TestCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = fathom(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QVERIFY2(!r.err.contains("s3cretPW") && !r.out.contains("s3cretPW"), r.err.constData());
}

void TestCli::unreachableTargetExitsThree()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    const Run r = fathom({ "discover", "--url", url, "--json", "-" });
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value("stop_reason").toString(),
             QStringLiteral("target_unreachable"));
}

void TestCli::signalsCleanUpAndExit_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("name");
    const QStringList discover { "discover", "--strategy", "linear", "--cooldown-ms", "0", "--baseline-jobs", "5" };
    QTest::addRow("Ctrl-C") << discover << int(SIGINT) << 130 << "SIGINT";
    // What timeout(1), CI cancel buttons and container stops send.
    QTest::addRow("SIGTERM") << discover << int(SIGTERM) << 143 << "SIGTERM";
    QTest::addRow("SIGHUP (terminal closed)") << discover << int(SIGHUP) << 129 << "SIGHUP";
    // A probe stops as a discovery does: the pool probe's second round is not started.
    const QStringList pool { "probe", "--kind", "pool", "--requests", "20", "--pool", "5" };
    QTest::addRow("pool probe, Ctrl-C") << pool << int(SIGINT) << 130 << "SIGINT";
    QTest::addRow("pool probe, SIGTERM") << pool << int(SIGTERM) << 143 << "SIGTERM";
}

void TestCli::signalsCleanUpAndExit()
{
    QFETCH(QStringList, command);
    QFETCH(int, signal);
    QFETCH(int, exitCode);
    QFETCH(QString, name);
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "1000", "--latency", "fixed:400" }));
    QProcess p;
    p.setProcessEnvironment(env());
    p.start(FATHOM_APP_PATH,
            command + QStringList { "--url", sim.url().toString(), "--cleanup-path", "/jobs/{job_id}" });
    QVERIFY(p.waitForStarted());
    QTRY_COMPARE_GE_WITH_TIMEOUT(sim.stats().value("active_jobs").toInt(), 3, 20000); // level 3 or more in flight
    ::kill(pid_t(p.processId()), signal);
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), exitCode);
    QCOMPARE(sim.stats().value("active_jobs").toInt(), 0); // cleaned up before exiting
    QVERIFY(p.readAllStandardError().contains(name.toUtf8()));
    RunStore store;
    QString error;
    QVERIFY2(store.open(m_home.filePath("Fathom/fathom/runs.sqlite"), &error), qPrintable(error));
    QCOMPARE(store.listRuns(&error).constFirst().status, QStringLiteral("cancelled"));
    QCOMPARE(store.listRuns(&error).size(), 1);
}

void TestCli::killedRunKeepsItsSteps()
{
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "1000" }));
    QProcess p;
    p.setProcessEnvironment(env());
    p.start(FATHOM_APP_PATH,
            { "discover", "--url", sim.url().toString() + "", "--job-path", "/jobs?hold_ms=100", "--strategy", "linear",
              "--cooldown-ms", "0" });
    QVERIFY(p.waitForStarted());
    RunStore store;
    QString error;
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_home.filePath("Fathom/fathom/runs.sqlite")), 10000);
    QVERIFY2(store.open(m_home.filePath("Fathom/fathom/runs.sqlite"), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!store.listRuns(&error).isEmpty() && store.listRuns(&error).constFirst().steps >= 4,
                             20000);
    p.kill(); // SIGKILL: no chance to clean up or finish the run
    QVERIFY(p.waitForFinished());
    const QList<RunSummary> runs = store.listRuns(&error);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs[0].status, QStringLiteral("interrupted"));
    const auto run = store.loadRun(runs[0].id, &error);
    QVERIFY(run);
    QCOMPARE_GE(run->steps.size(), 4);
    for (int i = 0; i < run->steps.size(); ++i) {
        QCOMPARE(run->steps[i].level, i + 1); // linear, each step whole
        QCOMPARE(run->steps[i].ok, i + 1);
    }
}

void TestCli::savedTestRunsCompare()
{
    const auto saved = [](const Run &r) {
        const QRegularExpressionMatch m = QRegularExpression("Saved as run (\\d+)").match(QString::fromUtf8(r.err));
        return m.hasMatch() ? m.captured(1) : QString();
    };
    const QString xunit1 = QStringLiteral(FATHOM_TEST_DATA "/junit/pytest-requests-xunit1.xml");
    const QString xunit2 = QStringLiteral(FATHOM_TEST_DATA "/junit/pytest-requests-xunit2.xml");
    const Run first = fathom({ "diagnose", xunit1, "--save", "--name", "before the fix", "--revision", "r1" });
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const Run second = fathom({ "diagnose", xunit2, "--save", "--suite", "focus-suite" });
    QVERIFY2(second.exitCode == 0, second.err.constData());
    const QString a = saved(first), b = saved(second);
    QVERIFY2(!a.isEmpty() && !b.isEmpty(), first.err.constData());

    const Run list = fathom({ "runs", "list" });
    QVERIFY2(list.out.contains("test_run") && list.out.contains("12 of 15 tests failed (80%), 11 unique errors"),
             list.out.constData());
    const Run compare = fathom({ "runs", "compare", a, b, "--json" });
    QCOMPARE(compare.exitCode, 0);
    const QJsonObject cmp = QJsonDocument::fromJson(compare.out).object();
    QCOMPARE(cmp["before"]["id"].toInteger(), a.toLongLong());
    QCOMPARE(cmp["after"]["id"].toInteger(), b.toLongLong());
    QCOMPARE(cmp["tests"].toArray().size(), 14); // 15 cases, 1 skipped
    for (const char *key : { "root_causes", "unique_errors" })
        QVERIFY2(!cmp[key].toArray().isEmpty(), key);
    QTemporaryDir reports;
    const Run reported = fathom(
        { "runs", "compare", a, b, "--report", reports.filePath("cmp.md"), "--report", reports.filePath("cmp.pdf") });
    QVERIFY2(reported.exitCode == 0, reported.err.constData());
    QFile md(reports.filePath("cmp.md"));
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QByteArray written = md.readAll();
    QVERIFY2(written.contains("# Test runs compared") && written.contains("12 failed (80%) → 12 failed (80%)")
                 && written.contains("| Category | Before | After |"),
             written.constData());
    QVERIFY(QFileInfo(reports.filePath("cmp.pdf")).size() > 1000);
    QCOMPARE(fathom({ "runs", "compare", a, b, "--report", reports.filePath("cmp.docx") }).exitCode, 2);
    const Run text = fathom({ "runs", "compare", a, b });
    QVERIFY2(text.out.contains("12 failed (80%) → 12 failed (80%)"), text.out.constData());

    // Saved again, it is compared with the suite's previous run at once.
    const Run third = fathom({ "diagnose", xunit2, "--save", "--suite", "focus-suite" });
    QVERIFY2(third.out.contains(QStringLiteral("Against test run %1 (focus-suite):").arg(b).toUtf8()),
             third.out.constData());
    QVERIFY2(third.out.contains("12 failed (80%) → 12 failed (80%)"), third.out.constData());
    // A run to compare with that is not there: refused before anything is saved.
    const int stored = int(QJsonDocument::fromJson(fathom({ "runs", "list", "--json" }).out).array().size());
    QCOMPARE(fathom({ "diagnose", xunit2, "--save", "--against", "99999" }).exitCode, 2);
    QCOMPARE(QJsonDocument::fromJson(fathom({ "runs", "list", "--json" }).out).array().size(), stored);

    // --name without --save would store nothing: refused, not ignored.
    const Run unsaved = fathom({ "diagnose", xunit1, "--name", "x" });
    QCOMPARE(unsaved.exitCode, 2);
    QVERIFY(unsaved.err.contains("give --save too"));
    // A discovery compared with a test run: a wrong id.
    QCOMPARE(fathom({ "runs", "compare", a, "99999" }).exitCode, 2);
}

void TestCli::runsListShowCompareDelete()
{
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "4" }));
    QVERIFY(
        fathom({ "discover", "--url", sim.url().toString(), "--cleanup-path", "/jobs/{job_id}", "--cooldown-ms", "0" })
            .exitCode
        == 0);
    QVERIFY(fathom({ "discover", "--url", sim.url().toString(), "--cleanup-path", "/jobs/{job_id}", "--cooldown-ms",
                     "0", "--strategy", "linear" })
                .exitCode
            == 0);
    Run list = fathom({ "runs", "list", "--json" });
    QCOMPARE(list.exitCode, 0);
    const QJsonArray runs = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[0].toObject().value("capacity").toInt(), 4);
    QCOMPARE(runs[1].toObject().value("status").toString(), QStringLiteral("finished"));

    const Run show = fathom({ "runs", "show", "1", "--json" });
    QCOMPARE(show.exitCode, 0);
    QVERIFY(!QJsonDocument::fromJson(show.out).object().value("recorded_steps").toArray().isEmpty());

    const Run compare = fathom({ "runs", "compare", "1", "2", "--json" });
    QCOMPARE(compare.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(compare.out).object().value("capacity_delta").toInt(), 0);

    // A probe is listed by its kind, with its target.
    QCOMPARE(fathom({ "probe", "--kind", "job", "--url", sim.url().toString() }).exitCode, 0);
    const Run text = fathom({ "runs", "list" });
    QVERIFY2(text.out.contains("probe job") && text.out.contains(sim.url().toString().toUtf8()), text.out.constData());

    QCOMPARE(fathom({ "runs", "delete", "1" }).exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(fathom({ "runs", "list", "--json" }).out).array().size(), 2);
    QCOMPARE(fathom({ "runs", "show", "1" }).exitCode, 2);
}

void TestCli::demoFindsTheKnownCapacity()
{
    const Run r = fathom({ "--demo", "--capacity", "6", "--json", "-" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("capacity").toInt(), 6);
    QCOMPARE(o.value("stop_reason").toString(), QStringLiteral("capacity_found"));
}

void TestCli::secretInKeychainSignsBearerRequests()
{
    if (qEnvironmentVariable("FATHOM_HEADLESS_KEYRING") != "1")
        QSKIP("needs the headless keyring of scripts/test (FATHOM_HEADLESS_KEYRING=1)");
    SimProcess sim;
    QVERIFY(sim.start({ "--require-token" }));
    // A token from the server, stored as a bearer secret through the command line.
    QNetworkAccessManager nam;
    QNetworkRequest tokenRequest(sim.url("/oauth/token"));
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    QNetworkReply *reply
        = nam.post(tokenRequest, "grant_type=client_credentials&client_id=fathom&client_secret=fathom-secret");
    QSignalSpy got(reply, &QNetworkReply::finished);
    QVERIFY(got.wait(5000));
    const QByteArray token
        = QJsonDocument::fromJson(reply->readAll()).object().value("access_token").toString().toUtf8();
    delete reply;
    QVERIFY(!token.isEmpty());

    QProcess set;
    set.setProcessEnvironment(env());
    set.start(FATHOM_APP_PATH, { "secret", "set", "tst_cli/bearer" });
    set.write(token + "\n");
    set.closeWriteChannel();
    QVERIFY(set.waitForFinished(15000));
    QCOMPARE(set.exitCode(), 0);
    QVERIFY(!set.readAllStandardOutput().contains(token));

    QTemporaryFile profile;
    QVERIFY(profile.open());
    profile.write(
        QJsonDocument(
            QJsonObject { { "base_url", sim.url().toString() },
                          { "cleanup", QJsonObject { { "path", "/jobs/{job_id}" } } },
                          { "auth", QJsonObject { { "type", "bearer" }, { "secret_key", "tst_cli/bearer" } } } })
            .toJson());
    profile.close();
    const Run probe = fathom({ "probe", "--profile", profile.fileName(), "--kind", "job", "--json", "-" });
    QVERIFY2(probe.exitCode == 0, probe.err.constData());
    QVERIFY(!probe.out.contains(token));
    QCOMPARE(sim.stats().value("jobs_created").toInt(), 1);
    QCOMPARE(fathom({ "secret", "delete", "tst_cli/bearer" }).exitCode, 0);
    // Gone: deleting it again says so rather than "Deleted".
    const Run again = fathom({ "secret", "delete", "tst_cli/bearer" });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("no secret is stored") && !again.out.contains("Deleted"), again.err.constData());
}

void TestCli::reportToJiraAndKnownInTheNextRun()
{
    FakeJira jira;
    const QString story = QStringLiteral(FATHOM_TEST_DATA "/junit/story-pytest-logs.xml");
    // Settings: refused when unusable (nothing saved), shown when set.
    const Run unusable = fathom({ "jira", "config", "--url", "http://jira.example.net", "--project", "FOCUS" });
    QCOMPARE(unusable.exitCode, 2);
    QVERIFY2(unusable.err.contains("use https"), unusable.err.constData());
    const Run noJira = fathom({ "diagnose", story, "--jira", "overloaded_503" });
    QCOMPARE(noJira.exitCode, 2);
    QVERIFY2(noJira.err.contains("fathom jira config --url URL --project KEY"), noJira.err.constData());
    const Run config
        = fathom({ "jira", "config", "--url", jira.url().toString(), "--project", "FOCUS", "--user", jira.user });
    QVERIFY2(config.exitCode == 0, config.err.constData());
    QVERIFY2(config.out.contains("Project:    FOCUS") && config.out.contains("User:       qa@example.com"),
             config.out.constData());
    const Run unknown = fathom({ "diagnose", story, "--jira", "no_such_cause" });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("its root causes are overloaded_503"), unknown.err.constData());

    if (qEnvironmentVariable("FATHOM_HEADLESS_KEYRING") != "1")
        QSKIP("the rest needs the headless keyring of scripts/test (FATHOM_HEADLESS_KEYRING=1)");
    QCOMPARE(fathomServing({ "secret", "set", "jira/api-token" }, jira.token.toUtf8() + "\n").exitCode, 0);
    auto forget = qScopeGuard([&] { fathom({ "secret", "delete", "jira/api-token" }); });
    const Run check = fathomServing({ "jira", "check" });
    QVERIFY2(check.exitCode == 0 && check.out.contains("as Dana Levi; the project FOCUS (Focus Jobs) takes Bug"),
             check.err.constData());
    const QJsonObject before = QJsonDocument::fromJson(fathom({ "diagnose", story, "--json", "-" }).out).object();
    const QJsonObject error503 = before["unique_errors"].toArray().first().toObject();
    QCOMPARE(error503["category"].toString(), "overloaded_503");
    QVERIFY(!error503.contains("issue_key"));

    const Run reported = fathomServing({ "diagnose", story, "--jira", error503["signature_id"].toString() });
    QVERIFY2(reported.exitCode == 0, reported.err.constData());
    QVERIFY2(reported.out.contains(
                 QByteArray("Reported to Jira as FOCUS-123: " + jira.url().toString().toUtf8() + "/browse/FOCUS-123")),
             reported.out.constData());
    QCOMPARE(jira.issues.size(), 1);
    QVERIFY(jira.issues.first().fields["summary"].toString().startsWith("503 overloaded: AssertionError: job <num>"));
    QCOMPARE(jira.issues.first().attachments.size(), 1);
    QVERIFY(jira.issues.first().attachments.first().data.contains("<html"));
    QVERIFY(!reported.out.contains(jira.token.toUtf8()) && !reported.err.contains(jira.token.toUtf8()));

    // The next run: that error is known, in words and in JSON.
    const Run next = fathom({ "diagnose", story });
    QVERIFY2(next.out.contains("known: FOCUS-123"), next.out.constData());
    const QJsonObject after = QJsonDocument::fromJson(fathom({ "diagnose", story, "--json", "-" }).out).object();
    QCOMPARE(after["unique_errors"].toArray().first()["issue_key"].toString(), "FOCUS-123");

    // A token Jira refuses: said, without the token.
    QCOMPARE(fathomServing({ "secret", "set", "jira/api-token" }, "tok-wrong-secret\n").exitCode, 0);
    const Run refused = fathomServing({ "diagnose", story, "--jira", "overloaded_503", "--jira-without-report" });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("did not accept the user and API token (401)"), refused.err.constData());
    QVERIFY(!refused.err.contains("tok-wrong-secret"));
}

void TestCli::aHostileAnswerCannotDriveTheTerminal()
{
    // A server answering 503 with a body that would clear the screen, colour it red and set the
    // window's title: the verdict shows those bytes as "\x1b", now and when the run is shown again.
    QProcess server;
    server.start("python3", { "-c", R"PY(
import http.server
class Hostile(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b"\x1b[2J\x1b[31mpwned\x1b]0;pwned-title\x07 \x9b31m"
        self.send_response(503)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(("127.0.0.1", 0), Hostile)
print(server.server_port, flush=True)
server.serve_forever()
)PY" });
    QVERIFY(server.waitForReadyRead(10'000));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(server.readLine().trimmed().toInt());
    const auto guard = qScopeGuard([&] {
        server.kill();
        server.waitForFinished();
    });
    const Run probe = fathom({ "probe", "--url", url, "--kind", "health" });
    QCOMPARE(probe.exitCode, 1);
    const QByteArray all = probe.out + probe.err;
    QVERIFY2(!all.contains('\x1b') && !all.contains('\x07'), all.constData());
    QVERIFY2(all.contains("\\x1b[2J") && all.contains("pwned-title\\x07"), all.constData());
    QVERIFY2(!all.contains("\xc2\x9b"), all.constData()); // the 8-bit CSI, in UTF-8
    const Run shown = fathom({ "runs", "show", "1" });
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(!shown.out.contains('\x1b') && shown.out.contains("\\x1b"), shown.out.constData());
}

void TestCli::aReadOnlyHistoryIsStillRead()
{
    // A history that can be read but not written (a read-only mount; as root, permissions do
    // not stop writes, so the folder is mounted read-only in a mount namespace of its own): its
    // runs are listed and shown, and a new probe says it is not saved, with why.
    SimProcess sim;
    QVERIFY(sim.start({}));
    QCOMPARE(fathom({ "probe", "--url", sim.url().toString(), "--kind", "health" }).exitCode, 0);
    const QString folder = m_home.filePath("Fathom/fathom");
    QVERIFY(QFile::exists(folder + "/runs.sqlite"));
    QStringList prefix;
    if (::geteuid() == 0) {
        if (QStandardPaths::findExecutable("unshare").isEmpty())
            QSKIP("needs unshare (util-linux) to mount the history read-only");
        prefix = { "unshare", "-m", "sh", "-c",
                   QStringLiteral("mount -o bind,ro '%1' '%1' && exec \"$0\" \"$@\"").arg(folder) };
    } else {
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    const auto writable = qScopeGuard([&] {
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    const Run list = fathom({ "runs", "list" }, 60'000, prefix);
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QVERIFY2(list.out.contains("probe health"), list.out.constData());
    QVERIFY2(list.err.contains("can be read but not written"), list.err.constData());
    const Run shown = fathom({ "runs", "show", "1" }, 60'000, prefix);
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    const Run probe = fathom({ "probe", "--url", sim.url().toString(), "--kind", "health" }, 60'000, prefix);
    QCOMPARE(probe.exitCode, 0); // the probe itself passed
    QVERIFY2(probe.err.contains("not recorded") && probe.err.contains("read-only"), probe.err.constData());
}

} // namespace

void TestCli::diagnoseMeasuresWhatIsMissing()
{
    // "Not measured: … — run X": --measure runs X against the tested server, stores it, and the
    // diagnosis rests on it.
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "4" }));
    QTemporaryDir dir;
    const QString suite
        = retargeted(FATHOM_TEST_DATA "/junit/pytest-requests-xunit2.xml", sim.url(), dir.filePath("suite.xml"));
    auto writeProfile = [&](const QString &name, const QUrl &url) {
        QFile f(dir.filePath(name + ".json"));
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(QJsonObject { { "name", name },
                                            { "base_url", url.toString() },
                                            { "cleanup", QJsonObject { { "path", "/jobs/{job_id}" } } } })
                    .toJson());
        return f.fileName();
    };
    const Run before = fathom({ "diagnose", suite, "--json", "-" });
    const QJsonArray missing = QJsonDocument::fromJson(before.out).object()["missing_measurements"].toArray();
    QStringList kinds;
    for (const QJsonValue &m : missing)
        kinds << m.toObject()["kind"].toString();
    QVERIFY2(kinds.contains("health") && kinds.contains("discovery"), qPrintable(kinds.join(',')));

    const Run r
        = fathom({ "diagnose", suite, "--measure", "--profile", writeProfile("sim", sim.url()), "--json", "-" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("health probe (run ") && r.err.contains("Discovering the capacity"), r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object(); // stdout is the diagnosis alone
    QVERIFY2(!o.isEmpty(), r.out.constData());
    QVERIFY2(o["missing_measurements"].toArray().isEmpty(),
             QJsonDocument(o["missing_measurements"].toArray()).toJson().constData());
    const QByteArray causes = QJsonDocument(o["root_causes"].toArray()).toJson();
    QVERIFY2(causes.contains("Health probe (run #") && causes.contains("measured a capacity of 4"), causes.constData());
    QVERIFY(fathom({ "runs", "list" }).out.contains("probe health"));

    // Nothing missing (an assertion needs no measurement): said, and done at once.
    QFile assertion(dir.filePath("assertion.xml"));
    QVERIFY(assertion.open(QIODevice::WriteOnly));
    assertion.write(R"(<testsuite><testcase classname="c" name="t"><failure message="AssertionError: assert 1 == 2"/>)"
                    R"(</testcase></testsuite>)");
    assertion.close();
    const Run nothing = fathom(
        { "diagnose", assertion.fileName(), "--measure", "--profile", writeProfile("sim", sim.url()) }, 30'000);
    QCOMPARE(nothing.exitCode, 0);
    QVERIFY2(nothing.err.contains("nothing to measure"), nothing.err.constData());

    // Refused, saying why: no profile; a profile of another server.
    const Run noProfile = fathom({ "diagnose", suite, "--measure" });
    QCOMPARE(noProfile.exitCode, 2);
    QVERIFY2(noProfile.err.contains("--profile"), noProfile.err.constData());
    const Run other = fathom(
        { "diagnose", suite, "--measure", "--profile", writeProfile("staging", QUrl("http://staging.example:8080")) });
    QCOMPARE(other.exitCode, 2);
    QVERIFY2(other.err.contains("staging.example") && other.err.contains("another server"), other.err.constData());
}

void TestCli::diagnoseJoinsAMeasuredCapacity()
{
    // The seed's question end to end: measure the server, then explain the suite's 503s with it.
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "4" }));
    QCOMPARE(
        fathom({ "discover", "--url", sim.url().toString(), "--cleanup-path", "/jobs/{job_id}", "--cooldown-ms", "0" })
            .exitCode,
        0);
    // The suite ran against the measured server…
    QTemporaryDir dir;
    const QString suite
        = retargeted(FATHOM_TEST_DATA "/junit/pytest-requests-xunit2.xml", sim.url(), dir.filePath("suite.xml"));
    const Run r = fathom({ "diagnose", suite, "--run", "1", "--json", "-" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["summary"].toObject()["total"].toInt(), 15);
    QCOMPARE(o["failures"].toArray().size(), 12);
    bool found = false;
    for (const QJsonValue &v : o["root_causes"].toArray()) {
        const QJsonObject c = v.toObject();
        if (c["category"].toString() != "overloaded_503")
            continue;
        found = true;
        QVERIFY2(c["statement"].toString().contains("4 concurrent jobs"), qPrintable(c["statement"].toString()));
        QVERIFY2(c["fix"].toString().contains("Limit the suite to 4 concurrent jobs"), qPrintable(c["fix"].toString()));
        QVERIFY(QJsonDocument(c["evidence"].toArray()).toJson().contains("run #1"));
    }
    QVERIFY(found);
    QVERIFY(o["tested_targets"].toArray().first().toObject()["port"].toInt() == sim.url().port());

    // …a suite that talked to other servers is not explained by this one's capacity: said so.
    const Run other = fathom({ "diagnose", FATHOM_TEST_DATA "/junit/pytest-requests-xunit2.xml", "--run", "1" });
    QVERIFY2(other.exitCode == 0, other.err.constData());
    QVERIFY2(other.out.contains("The tests talked to") && other.out.contains("does not apply")
                 && !other.out.contains("4 concurrent jobs"),
             other.out.constData());
}

void TestCli::everyCommandADiagnosisSuggestsRuns()
{
    // The commands a diagnosis tells a user to run (with nothing measured, it suggests them all),
    // run as written against a server: none may be refused as a bad command line.
    QStringList commands;
    for (const char *file :
         { "pytest-requests-xunit2.xml", "story-pytest-logs.xml", "surefire-TEST-com.example.JobApiIT.xml" }) {
        const Run r = fathom({ "diagnose", FATHOM_TEST_DATA "/junit/" + QString::fromLatin1(file), "--json", "-" });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        static const QRegularExpression suggestion(
            QStringLiteral(R"(\bfathom ((?:discover|probe)(?: --?[a-z-]+(?: [A-Z0-9a-z]+)?)*))"));
        for (auto it = suggestion.globalMatch(QString::fromUtf8(r.out)); it.hasNext();) {
            const QString command = it.next().captured(1);
            if (!commands.contains(command))
                commands << command;
        }
    }
    QVERIFY2(commands.size() >= 5, qPrintable(commands.join(" | ")));
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "4" }));
    for (const QString &command : std::as_const(commands)) {
        QStringList args = command.split(QLatin1Char(' '));
        args.replaceInStrings(QRegularExpression(QStringLiteral("^N$")), QStringLiteral("8"));
        args.replaceInStrings(QRegularExpression(QStringLiteral("^P$")), QStringLiteral("2"));
        args << "--url" << sim.url().toString();
        if (args.first() == "discover")
            args << "--cleanup-path"
                 << "/jobs/{job_id}"
                 << "--cooldown-ms"
                 << "0";
        const Run r = fathom(args, 120'000);
        QVERIFY2(r.exitCode != 2 && r.exitCode != -1, qPrintable(command + ": " + QString::fromUtf8(r.err)));
    }
}

void TestCli::helpNamesTheCommandAndStartsQuietly()
{
    for (const char *command :
         { "diagnose", "discover", "probe", "runs", "secret", "jira", "export-locust", "import-locust" }) {
        const Run r = fathom({ command, "--help" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QByteArray(QByteArray("Usage: fathom ") + command + " ")),
                 r.out.left(80).constData());
    }
    QCOMPARE(fathom({ "--help-all" }).exitCode, 0);
    // Where XDG_RUNTIME_DIR is unset (containers, su, cron), Qt's warning is not the user's business.
    QProcess p;
    QProcessEnvironment e = env();
    e.remove("XDG_RUNTIME_DIR");
    p.setProcessEnvironment(e);
    p.start(FATHOM_APP_PATH, { "diagnose", FATHOM_TEST_DATA "/junit/gradle-TEST-JobClientTest.xml" });
    QVERIFY(p.waitForFinished(60'000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(!err.contains("XDG_RUNTIME_DIR"), err.constData());
}

void TestCli::theWindowOpensWhatItsCommandLineNames()
{
    // "fathom FILE.xml --run ID" and "fathom --run ID" open the window (offscreen here), which
    // saves what it shows and quits (FATHOM_SCREENSHOT_FILE, as scripts/story-screenshots does).
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "3" }));
    QCOMPARE(
        fathom({ "discover", "--url", sim.url().toString(), "--cleanup-path", "/jobs/{job_id}", "--cooldown-ms", "0" })
            .exitCode,
        0);
    const qint64 jobsBefore = sim.stats().value("job_requests").toInteger();
    QTemporaryDir dir;
    for (const QStringList &args : { QStringList { FATHOM_TEST_DATA "/junit/story-pytest-logs.xml", "--run", "1" },
                                     QStringList { "--run", "1" } }) {
        QProcess p;
        QProcessEnvironment e = env();
        e.insert("QT_QPA_PLATFORM", "offscreen");
        e.insert("FATHOM_SCREENSHOT_FILE", dir.filePath("window.png"));
        p.setProcessEnvironment(e);
        p.start(FATHOM_APP_PATH, args);
        QVERIFY2(p.waitForFinished(60'000), qPrintable(args.join(' ')));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::remove(dir.filePath("window.png")));
    }
    // Opening a run is not running one (the demo once started here).
    QCOMPARE(sim.stats().value("job_requests").toInteger(), jobsBefore);
    // The one discovery; the window saved the test run it imported (Save to history is on by default).
    QStringList kinds;
    for (const QJsonValue &run : QJsonDocument::fromJson(fathom({ "runs", "list", "--json" }).out).array())
        kinds << run["kind"].toString();
    QCOMPARE(kinds, QStringList({ "discovery", "test_run" }));
    QCOMPARE(fathom({ "--run", "abc" }).exitCode, 2);
}

void TestCli::diagnoseWritesReportsAndAllureCategories()
{
    QTemporaryDir dir;
    const QString junit = FATHOM_TEST_DATA "/junit";
    // A folder (every .xml in it), and several reports at once: each is written.
    const Run r = fathom({ "diagnose", junit, "--report", dir.filePath("r.md"), "--report", dir.filePath("r.html"),
                           "--report", dir.filePath("r.pdf") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("Client pool exhausted"));
    for (const char *name : { "r.md", "r.html", "r.pdf" }) {
        QVERIFY2(QFileInfo(dir.filePath(name)).size() > 1000, name);
        QVERIFY(r.err.contains(dir.filePath(name).toUtf8()));
    }
    // The same "what to do" list leads the report as on the terminal.
    QFile md(dir.filePath("r.md"));
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QByteArray report = md.readAll();
    QVERIFY(report.contains("What to do, in order"));
    QVERIFY(r.out.contains("What to do, in order:"));
    const Run allure = fathom({ "diagnose", "--export-allure-categories", dir.filePath("categories.json") });
    QCOMPARE(allure.exitCode, 0);
    QFile f(dir.filePath("categories.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray categories = QJsonDocument::fromJson(f.readAll()).array();
    QVERIFY(categories.size() > 20);
    QVERIFY(allure.err.contains("left out")); // output rules: Allure cannot express them, and says so
    // Allure's file is accepted back as rules.
    const Run again = fathom({ "diagnose", junit + "/surefire-TEST-com.example.JobApiIT.xml", "--rules",
                               dir.filePath("categories.json"), "--json", "-" });
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(QJsonDocument::fromJson(again.out).object()["failures"].toArray()[0].toObject()["category"].toString(),
             "connect_timeout");
}

void TestCli::langChoosesTheLanguage()
{
    const QString junit = FATHOM_TEST_DATA "/junit/gradle-TEST-JobClientTest.xml";
    const Run he = fathom({ "--lang", "he", "diagnose", junit });
    QCOMPARE(he.exitCode, 0);
    QVERIFY2(QString::fromUtf8(he.out).contains(QString::fromUtf8("מתוך 4 טסטים נכשלו")), he.out.constData());
    const Run en = fathom({ "diagnose", "--lang=en", junit });
    QCOMPARE(en.exitCode, 0);
    QVERIFY(en.out.startsWith("2 of 4 tests failed"));
    // A Hebrew HTML report is right to left.
    QTemporaryDir dir;
    QCOMPARE(fathom({ "--lang", "he", "diagnose", junit, "--report", dir.filePath("r.html") }).exitCode, 0);
    QFile html(dir.filePath("r.html"));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(html.readAll());
    QVERIFY(text.contains("<html lang=\"he\" dir=\"rtl\">"));
    QVERIFY(text.contains(QString::fromUtf8("דוח גורמי שורש")));
}

/// The simulator's job against a ramp of 1, 2 and 4 users, 2 s each, as a locustfile.
bool TestCli::exportRamp(const SimProcess &sim, const QString &file)
{
    const Run r = fathom({ "export-locust", "--url", sim.url().toString(), "--job-path", "/jobs?hold_ms=100",
                           "--levels", "1,2,4", "--step-seconds", "2", "-o", file });
    if (r.exitCode != 0)
        qWarning("export-locust: %s", r.err.constData());
    return r.exitCode == 0;
}

void TestCli::locustRoundTrip()
{
    // The exported file runs on Debian's Locust against the simulator; its CSV comes back.
    const QString locust = QStandardPaths::findExecutable("locust");
    if (locust.isEmpty())
        QSKIP("Locust is not installed (scripts/install-deps installs python3-locust)");
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "3" }));
    QTemporaryDir dir;
    const QString file = dir.filePath("locustfile.py");
    QVERIFY(exportRamp(sim, file));
    Run r;
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(locust, { "-f", file, "--headless", "--csv", dir.filePath("run"), "--csv-full-history", "--only-summary" });
    QVERIFY(p.waitForFinished(60'000));
    QVERIFY2(QFile::exists(dir.filePath("run_stats_history.csv")), p.readAllStandardError().constData());

    r = fathom({ "import-locust", dir.filePath("run"), "--target", sim.url().toString(), "--json", "-" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Recorded as run 1"), r.out.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out.mid(r.out.indexOf("\n{") + 1)).object();
    QCOMPARE(o.value("capacity").toInt(), 2); // 3 slots: 2 users passed, 4 got 503s
    QCOMPARE(o.value("stop_reason").toString(), "capacity_found");
    QCOMPARE(o.value("failures").toArray().first().toObject().value("category").toString(), "overloaded_503");

    r = fathom({ "runs", "list", "--json" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject run = QJsonDocument::fromJson(r.out).array().first().toObject();
    QCOMPARE(run.value("kind").toString(), "locust");
    QCOMPARE(run.value("capacity").toInt(), 2);
    QCOMPARE(run.value("steps").toInt(), 3);
    QCOMPARE(run.value("target").toString(), sim.url().toString());
}

void TestCli::locustClusterRoundTrip()
{
    // The same file on a master and two workers of Debian's Locust, on loopback: Debian ships an
    // empty version, which the master refused ("An old (pre 2.0) worker"), and 0 requests ran.
    const QString locust = QStandardPaths::findExecutable("locust");
    if (locust.isEmpty())
        QSKIP("Locust is not installed (scripts/install-deps installs python3-locust)");
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "3" }));
    QTemporaryDir dir;
    const QString file = dir.filePath("locustfile.py");
    QVERIFY(exportRamp(sim, file));
    Run r;
    QTcpServer free;
    QVERIFY(free.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(free.serverPort());
    free.close();
    QProcess master;
    master.setWorkingDirectory(dir.path());
    master.setProcessChannelMode(QProcess::MergedChannels);
    master.start(locust,
                 { "-f", file, "--headless", "--master", "--expect-workers", "2", "--master-bind-host", "127.0.0.1",
                   "--master-bind-port", port, "--csv", dir.filePath("run"), "--csv-full-history", "--only-summary" });
    QVERIFY(master.waitForStarted());
    QList<QProcess *> workers;
    const auto stop = qScopeGuard([&] {
        for (QProcess *w : workers) {
            w->kill();
            w->waitForFinished();
            delete w;
        }
    });
    for (int i = 0; i < 2; ++i) {
        auto *w = new QProcess;
        w->setWorkingDirectory(dir.path());
        w->start(locust, { "-f", file, "--worker", "--master-host", "127.0.0.1", "--master-port", port });
        QVERIFY(w->waitForStarted());
        workers << w;
    }
    QVERIFY(master.waitForFinished(90'000));
    const QByteArray log = master.readAll();
    QVERIFY2(!log.contains("pre 2.0"), log.constData());
    r = fathom({ "import-locust", dir.filePath("run"), "--target", sim.url().toString(), "--json", "-" });
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + log).constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out.mid(r.out.indexOf("\n{") + 1)).object();
    QCOMPARE(o.value("levels_tried").toInt(), 3); // every level, the 2 s ones too
    QCOMPARE(o.value("capacity").toInt(), 2);
    QCOMPARE(o.value("stop_reason").toString(), "capacity_found");
}

void TestCli::descriptorLimitIsTheClientsNotTheServers()
{
    // A desktop's limit, hard too (so it cannot be raised): 300 descriptors. A server that takes
    // 1000 at once; discovery must stop at what the client can open and say it is the client's.
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "1000" }));
    const QStringList limit { "prlimit", "--nofile=300:300", "--" };
    const Run r = fathom({ "discover", "--url", sim.url().toString(), "--cleanup-path", "/jobs/{job_id}",
                           "--cooldown-ms", "0", "--max-level", "1000", "--json", "-" },
                         120'000, limit);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j.value("stop_reason").toString(), QStringLiteral("client_limit"));
    QCOMPARE_GT(j.value("capacity").toInt(), 64);
    QCOMPARE_LT(j.value("capacity").toInt(), 300 - 128);
    QVERIFY2(j.value("verdict").toString().contains("ulimit -n"), qPrintable(j.value("verdict").toString()));
    QVERIFY2(!r.err.contains("circuit"), r.err.constData());
    QCOMPARE(sim.stats().value("active_jobs").toInt(), 0);
    // The pool probe refuses what it cannot open, instead of crashing on EMFILE.
    const Run probe
        = fathom({ "probe", "--url", sim.url().toString(), "--kind", "pool", "--requests", "1000", "--pool", "10" },
                 60'000, limit);
    QCOMPARE(probe.exitCode, 1);
    QVERIFY2(probe.out.contains("ulimit -n") || probe.err.contains("ulimit -n"), probe.out.constData());
    // With a soft limit below a higher hard one, fathom raises it at start-up: the same probe runs.
    const Run raised
        = fathom({ "probe", "--url", sim.url().toString(), "--kind", "pool", "--requests", "1000", "--pool", "10" },
                 60'000, { "prlimit", "--nofile=300:4096", "--" });
    QVERIFY2(!raised.out.contains("ulimit -n") && !raised.err.contains("ulimit -n"), raised.out.constData());
}

void TestCli::outputOnAFullDiskFails_data()
{
    QTest::addColumn<QStringList>("args"); // URL stands for the simulator's
    QTest::addColumn<QString>("shell"); // run under sh -c, with "$0" "$@" the command; empty: directly
    QTest::addColumn<QString>("named"); // what the message names
    const QString toFull = "exec \"$0\" \"$@\" > /dev/full";
    QTest::addRow("probe --json /dev/full") << QStringList { "probe", "--url", "URL", "--json", "/dev/full" } << ""
                                            << "/dev/full";
    QTest::addRow("probe --json - > /dev/full")
        << QStringList { "probe", "--url", "URL", "--json", "-" } << toFull << "standard output";
    QTest::addRow("export-locust -o /dev/full")
        << QStringList { "export-locust", "--url", "URL", "-o", "/dev/full" } << ""
        << "/dev/full";
    QTest::addRow("export-locust > /dev/full")
        << QStringList { "export-locust", "--url", "URL" } << toFull << "standard output";
    // A regular file on a full disk: written under a temporary name, so nothing is left behind
    // that looks complete. A 16 KB tmpfs filled up, in a mount namespace of its own.
    const auto onFullTmpfs = [](const QString &file) {
        return QStringLiteral("mkdir -p /mnt/fathom-full && mount -t tmpfs -o size=16k tmpfs /mnt/fathom-full && "
                              "dd if=/dev/zero of=/mnt/fathom-full/fill bs=4k 2>/dev/null; \"$0\" \"$@\"; rc=$?; "
                              "[ -e %1 ] && echo 'partial file left' >&2; exit $rc")
            .arg(file);
    };
    QTest::addRow("probe --json on a full tmpfs")
        << QStringList { "probe", "--url", "URL", "--json", "/mnt/fathom-full/out.json" }
        << onFullTmpfs("/mnt/fathom-full/out.json") << "/mnt/fathom-full/out.json";
    QTest::addRow("diagnose --report on a full tmpfs")
        << QStringList { "diagnose", FATHOM_TEST_DATA "/junit/pytest-requests-xunit2.xml", "--report",
                         "/mnt/fathom-full/out.html" }
        << onFullTmpfs("/mnt/fathom-full/out.html") << "/mnt/fathom-full/out.html";
}

void TestCli::outputOnAFullDiskFails()
{
    QFETCH(QStringList, args);
    QFETCH(QString, shell);
    QFETCH(QString, named);
    QStringList prefix;
    if (shell.contains("mount")) {
        if (::geteuid() != 0 || QStandardPaths::findExecutable("unshare").isEmpty())
            QSKIP("needs root and unshare (util-linux) to mount a small tmpfs of its own");
        prefix = { "unshare", "-m", "sh", "-c", shell };
    } else if (!shell.isEmpty()) {
        prefix = { "sh", "-c", shell };
    }
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "4" }));
    args.replaceInStrings("URL", sim.url().toString());
    const Run r = fathom(args, 60'000, prefix);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(named.toUtf8()) && r.err.contains("No space left on device"), r.err.constData());
    QVERIFY2(!r.err.contains("partial file left"), r.err.constData());
}

void TestCli::aHistoryThatFillsUpIsNotClaimed()
{
    // The run history on a disk that fills during a discovery: the run says what was not stored
    // and never "Recorded as run N" for a record it does not have. A 256 KB tmpfs of its own,
    // 64 KB left once the history exists: room to open it and begin, not for every step.
    if (::geteuid() != 0 || QStandardPaths::findExecutable("unshare").isEmpty())
        QSKIP("needs root and unshare (util-linux) to mount a small tmpfs of its own");
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "100" }));
    const QString script
        = "mkdir -p /mnt/fathom-history && mount -t tmpfs -o size=256k tmpfs /mnt/fathom-history && "
          "export XDG_DATA_HOME=/mnt/fathom-history && \"$0\" probe --url \"$3\" >/dev/null 2>&1; "
          // 64 KB left, whatever the history's schema took
          "left=$(df --output=avail -k /mnt/fathom-history | tail -1); "
          "dd if=/dev/zero of=/mnt/fathom-history/fill bs=4k count=$(( (left - 64) / 4 )) 2>/dev/null; "
          "\"$0\" \"$@\"; rc=$?; "
          "\"$0\" runs list; exit $rc";
    const Run r = fathom(
        { "discover", "--url", sim.url().toString(), "--max-level", "64", "--attempts", "2", "--cooldown-ms", "0" },
        120'000, { "unshare", "-m", "sh", "-c", script });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray said = r.out + r.err;
    QVERIFY2(said.contains("disk is full"), said.constData());
    QVERIFY2(said.contains("Not recorded completely") || said.contains("could be stored"), said.constData());
    QVERIFY2(!said.contains("Recorded as run 2 (\"fathom runs show"), said.constData());
    QVERIFY2(!r.out.contains("discovery        finished"), r.out.constData()); // the list does not claim it either
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
