// The story Fathom was made for, end to end, as a user runs it (../shared/domain.md): a real
// pytest + requests suite (tests/story: a pool of 10, 40 worker threads, 2 s timeouts, 3 s batch
// deadlines) against a real job server (gunicorn, 12 jobs of 1 s at once, 503 "Server
// overloaded" beyond) fails; `fathom diagnose` sorts every failure into the cause it has;
// `fathom discover` measures 12; Fathom's recommendations, applied mechanically from its JSON,
// leave only the suite's deliberate failure.
#include "realserverprocess.h"
#include "storycauses.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Ran
{
    int exitCode = -1;
    QByteArray out, err;
};

Ran run(const QString &program, const QStringList &args, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// test name → category, from `fathom diagnose --json`.
QMap<QString, QString> causes(const QJsonObject &diagnosis)
{
    QMap<QString, QString> byTest;
    for (const QJsonValue &v : diagnosis.value("failures").toArray())
        byTest.insert(v.toObject().value("name").toString(), v.toObject().value("category").toString());
    return byTest;
}

} // namespace

class TestStory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromAFailedSuiteToAFixThatWorks();

private:
    Ran fathom(const QStringList &args, int timeoutMs = 120'000);
    Ran suite(const QString &xml, const QString &config = {});

    QTemporaryDir m_dir;
    RealServerProcess m_server;
};

Ran TestStory::fathom(const QStringList &args, int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", m_dir.filePath("data")); // a private run history
    return run(FATHOM_APP_PATH, args, env, timeoutMs);
}

Ran TestStory::suite(const QString &xml, const QString &config)
{
    return run(QStringLiteral(FATHOM_TEST_DATA "/../story/run-story"), { m_server.url().toString(), xml, config },
               QProcessEnvironment::systemEnvironment(), 240'000);
}

void TestStory::fromAFailedSuiteToAFixThatWorks()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.start(QStringLiteral("story"), { QStringLiteral("12"), QStringLiteral("1000") }, &error),
             qPrintable(error));

    // 1. The suite as the team wrote it fails.
    const QString first = m_dir.filePath("first.xml");
    Ran r = suite(first);
    QVERIFY2(r.out.contains("11 failed, 19 passed"), QByteArray(r.out + r.err).constData());

    // 2. Fathom sorts every failure into the cause written next to its test.
    r = fathom({ "diagnose", first, "--json", m_dir.filePath("before.json") });
    QVERIFY2(r.exitCode == 0, r.err);
    QMap<QString, QString> expected;
    for (const auto &[test, cause] : kStoryCauses)
        expected.insert(QString::fromLatin1(test), QString::fromLatin1(cause));
    QCOMPARE(causes(readJson(m_dir.filePath("before.json"))), expected);

    // 3. Fathom measures the server: 12 at once.
    r = fathom({ "discover", "--url", m_server.url().toString(), "--job-method", "POST", "--job-path", "/jobs",
                 "--cooldown-ms", "200", "--json", m_dir.filePath("discovery.json") },
               240'000);
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    const QJsonObject discovery = readJson(m_dir.filePath("discovery.json"));
    QCOMPARE(discovery.value("capacity").toInt(), 12);
    const QString runId = QString::number(discovery.value("run_id").toInteger());

    // 3b. The same in one command: what the evidence lacks (the capacity, one job's time) is
    //     measured against the real server by diagnose --measure, and joined.
    QFile profile(m_dir.filePath("story-profile.json"));
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write(QJsonDocument(QJsonObject { { "name", "story" },
                                              { "base_url", m_server.url().toString() },
                                              { "job", QJsonObject { { "method", "POST" }, { "path", "/jobs" } } } })
                      .toJson());
    profile.close();
    r = fathom(
        { "diagnose", first, "--measure", "--profile", profile.fileName(), "--json", m_dir.filePath("measured.json") },
        240'000);
    QVERIFY2(r.exitCode == 0, r.err);
    const QJsonObject measured = readJson(m_dir.filePath("measured.json"));
    QVERIFY2(measured.value("missing_measurements").toArray().isEmpty(),
             QJsonDocument(measured.value("missing_measurements").toArray()).toJson().constData());
    const QByteArray measuredCauses = QJsonDocument(measured.value("root_causes").toArray()).toJson();
    QVERIFY2(measuredCauses.contains("Job probe (run #") && measuredCauses.contains("measured a capacity of 12"),
             measuredCauses.constData());

    // 4. Joined with the measurement, one ordered list of what to change, with its numbers.
    r = fathom({ "diagnose", first, "--run", runId, "--json", m_dir.filePath("advice.json") });
    QVERIFY2(r.exitCode == 0, r.err);
    const QJsonArray advice = readJson(m_dir.filePath("advice.json")).value("recommendations").toArray();
    QVERIFY(!advice.isEmpty());
    const QJsonObject firstAdvice = advice.first().toObject();
    QCOMPARE(firstAdvice.value("id").toString(), "limit_concurrency");
    QCOMPARE(firstAdvice.value("concurrency").toInt(), 12);
    QCOMPARE(firstAdvice.value("pool").toInt(), 12); // never a pool larger than the server takes

    // 5. Applied mechanically: each number Fathom gives replaces the suite's setting it names.
    QJsonObject config { { "workers", 40 },           { "pool", 10 },
                         { "concurrency", 0 },        { "timeout_s", 2.0 },
                         { "urgent_timeout_s", 0.8 }, { "batch_deadline_s", 3.0 } };
    for (const QJsonValue &v : advice) {
        const QJsonObject a = v.toObject();
        if (a.contains("concurrency")) {
            config["concurrency"] = a.value("concurrency");
            config["workers"] = a.value("concurrency");
        }
        if (a.contains("pool"))
            config["pool"] = a.value("pool");
        if (a.contains("timeout_s"))
            for (const char *key : { "timeout_s", "urgent_timeout_s" })
                config[key] = std::max(config[key].toDouble(), a.value("timeout_s").toDouble());
        if (a.contains("deadline_s"))
            config["batch_deadline_s"]
                = std::max(config["batch_deadline_s"].toDouble(), a.value("deadline_s").toDouble());
    }
    QFile file(m_dir.filePath("fixed.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();

    // 6. The suite again: only its deliberate failure is left — none from the server's capacity,
    // the client's pool or a deadline shorter than the work.
    const QString second = m_dir.filePath("second.xml");
    r = suite(second, file.fileName());
    QVERIFY2(r.out.contains("1 failed, 29 passed"), QByteArray(r.out + r.err).constData());
    r = fathom({ "diagnose", second, "--json", m_dir.filePath("after.json") });
    QVERIFY2(r.exitCode == 0, r.err);
    QCOMPARE(causes(readJson(m_dir.filePath("after.json"))),
             (QMap<QString, QString> { { "test_job_report_schema", "assertion" } }));
}

QTEST_GUILESS_MAIN(TestStory)
#include "tst_story.moc"
