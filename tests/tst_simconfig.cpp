#include "sim/simconfig.h"

#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTest>

using namespace fathom::sim;

class TestSimConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodScenario();
    void badScenarios_data();
    void badScenarios();
    void badFiles();
    void latencySpecs_data();
    void latencySpecs();
    void faultSchedules();
};

void TestSimConfig::goodScenario()
{
    SimConfig c;
    QString error;
    const QJsonObject o = QJsonDocument::fromJson(R"({
        "capacity": 25, "overload": "hang", "retry_after_s": 3, "fiber_ready_after_ms": 5000,
        "require_token": true, "token_ttl_s": 60, "latency": "lognormal:50:0.5",
        "reset": 0.1, "trickle": {"schedule": [{"from_ms": 0, "to_ms": 1000}]},
        "hangup": {"every_nth": 7}, "unhealthy": [{"from_ms": 100, "to_ms": 200}], "seed": 42
    })")
                              .object();
    QVERIFY2(c.applyJson(o, &error), qPrintable(error));
    QCOMPARE(c.capacity, 25);
    QCOMPARE(c.overload, SimConfig::Overload::Hang);
    QCOMPARE(c.retryAfterS, 3);
    QCOMPARE(c.fiberReadyAfterMs, 5000);
    QVERIFY(c.requireToken);
    QCOMPARE(c.latency.kind, LatencySpec::Kind::LogNormal);
    QCOMPARE(c.reset.probability, 0.1);
    QCOMPARE(c.trickle.schedule.size(), 1);
    QCOMPARE(c.hangup.everyNth, 7);
    QCOMPARE(c.unhealthySchedule.size(), 1);
    QCOMPARE(c.seed, quint64(42));
}

void TestSimConfig::badScenarios_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("unknown field") << QByteArray(R"({"capacty": 5})") << "capacty";
    QTest::addRow("wrong type") << QByteArray(R"({"capacity": "lots"})") << "capacity";
    QTest::addRow("negative") << QByteArray(R"({"capacity": -1})") << "capacity";
    QTest::addRow("bad overload") << QByteArray(R"({"overload": "explode"})") << "overload";
    QTest::addRow("probability above 1") << QByteArray(R"({"reset": 1.5})") << "reset";
    QTest::addRow("unknown fault key") << QByteArray(R"({"reset": {"often": true}})") << "reset.often";
    QTest::addRow("window without end") << QByteArray(R"({"trickle": {"schedule": [{"from_ms": 0}]}})")
                                        << "trickle.schedule";
    QTest::addRow("bad latency") << QByteArray(R"({"latency": "gaussian:1"})") << "gaussian";
    QTest::addRow("latency not a string") << QByteArray(R"({"latency": 50})") << "latency";
    QTest::addRow("port out of range") << QByteArray(R"({"port": 70000})") << "port";
}

void TestSimConfig::badScenarios()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    SimConfig c;
    c.capacity = 77;
    QString error;
    // "capacity" last, so a half-applied scenario would show.
    QJsonObject o = QJsonDocument::fromJson(json).object();
    QVERIFY(!c.applyJson(o, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(c.capacity, 77); // nothing applied
}

void TestSimConfig::badFiles()
{
    SimConfig c;
    QString error;
    QVERIFY(!c.loadFile("/nonexistent/scenario.json", &error));
    QVERIFY(error.contains("/nonexistent/scenario.json"));

    QTemporaryFile f;
    QVERIFY(f.open());
    f.write("{ not json");
    f.close();
    QVERIFY(!c.loadFile(f.fileName(), &error));
    QVERIFY2(error.contains("offset"), qPrintable(error));

    QTemporaryFile partial;
    QVERIFY(partial.open());
    partial.write(R"({"capacity": 3, "bogus": 1})");
    partial.close();
    QVERIFY(!c.loadFile(partial.fileName(), &error));
    QVERIFY(error.contains("bogus"));
    QCOMPARE(c.capacity, 10);
}

void TestSimConfig::latencySpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addRow("none") << "none" << true;
    QTest::addRow("fixed") << "fixed:50" << true;
    QTest::addRow("uniform") << "uniform:10:100" << true;
    QTest::addRow("uniform reversed") << "uniform:100:10" << false;
    QTest::addRow("normal") << "normal:100:20" << true;
    QTest::addRow("lognormal") << "lognormal:50:0.5" << true;
    QTest::addRow("exp") << "exp:50" << true;
    QTest::addRow("missing number") << "fixed" << false;
    QTest::addRow("extra number") << "fixed:1:2" << false;
    QTest::addRow("negative") << "fixed:-5" << false;
    QTest::addRow("not a number") << "fixed:abc" << false;
    QTest::addRow("infinite") << "fixed:inf" << false;
    QTest::addRow("empty") << "" << false;
}

void TestSimConfig::latencySpecs()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QString error;
    const auto parsed = LatencySpec::parse(spec, &error);
    QCOMPARE(parsed.has_value(), valid);
    if (parsed) {
        std::mt19937_64 rng(1);
        for (int i = 0; i < 1000; ++i) {
            const qint64 ms = parsed->sampleMs(rng);
            QVERIFY(ms >= 0 && ms <= 600'000);
        }
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void TestSimConfig::faultSchedules()
{
    std::mt19937_64 rng(1);
    FaultSpec every3;
    every3.everyNth = 3;
    QVERIFY(!every3.fires(0, 1, rng));
    QVERIFY(every3.fires(0, 3, rng));
    FaultSpec window;
    window.schedule = { { 1000, 2000 } };
    QVERIFY(!window.fires(999, 1, rng));
    QVERIFY(window.fires(1000, 1, rng));
    QVERIFY(!window.fires(2000, 1, rng));
    FaultSpec half;
    half.probability = 0.5;
    int fired = 0;
    for (int i = 0; i < 10'000; ++i)
        fired += half.fires(0, quint64(i), rng);
    QVERIFY(fired > 4500 && fired < 5500);
}

QTEST_GUILESS_MAIN(TestSimConfig)
#include "tst_simconfig.moc"
