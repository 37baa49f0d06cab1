// The probes a diagnosis lacks, run one after another against the real fathom-sim and stored.
#include "history/probeseries.h"
#include "history/runstore.h"
#include "simprocess.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fathom;

Q_DECLARE_METATYPE(fathom::ProbeResult)
Q_DECLARE_METATYPE(fathom::MissingMeasurement)

class TestProbeSeries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ProbeResult>();
        qRegisterMetaType<MissingMeasurement>();
        qRegisterMetaType<QList<qint64>>();
    }
    void runsEachProbeInOrderAndStoresIt();
    void aDiscoveryIsLeftToItsOwnRunner();
    void cancelStopsTheSeriesAndStoresNothingCutShort();
};

namespace {

TargetProfile profileFor(const SimProcess &sim)
{
    TargetProfile p;
    p.name = QStringLiteral("sim");
    p.baseUrl = sim.url();
    p.cleanup.enabled = true;
    return p;
}

} // namespace

void TestProbeSeries::runsEachProbeInOrderAndStoresIt()
{
    SimProcess sim;
    QVERIFY(sim.start({ "--fiber-ready-after-ms", "3600000" }));
    QTemporaryDir dir;
    RunStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath("runs.sqlite"), &error), qPrintable(error));
    MissingMeasurement pool { QStringLiteral("pool") };
    pool.requests = 12;
    pool.pool = 3;
    ProbeSeries series(profileFor(sim), nullptr, &store,
                       { { QStringLiteral("health") }, pool, { QStringLiteral("readiness") } });
    QSignalSpy started(&series, &ProbeSeries::probeStarted);
    QSignalSpy probed(&series, &ProbeSeries::probeFinished);
    QSignalSpy finished(&series, &ProbeSeries::finished);
    series.start();
    QVERIFY(finished.wait(60'000));
    QCOMPARE(started.size(), 3);
    QCOMPARE(started[1][0].toInt(), 1);
    QCOMPARE(started[1][1].toInt(), 3);
    QCOMPARE(probed.size(), 3);
    const auto ids = finished.first()[0].value<QList<qint64>>();
    QCOMPARE(ids.size(), 3);
    QVERIFY(!finished.first()[1].toBool());
    // The pool probe ran as the suite did: 12 requests, a pool of 3.
    const ProbeResult poolResult = probed[1][0].value<ProbeResult>();
    QCOMPARE(poolResult.kind, ProbeKind::Pool);
    QVERIFY2(poolResult.verdict.contains("12") && poolResult.verdict.contains("3"), qPrintable(poolResult.verdict));
    // Stored as the probe command stores them: the server waiting for fibre is a failed readiness.
    const auto readiness = store.loadRun(ids[2], &error);
    QVERIFY2(readiness, qPrintable(error));
    QCOMPARE(readiness->summary.kind, "probe");
    QCOMPARE(readiness->summary.name, "readiness");
    QCOMPARE(readiness->summary.status, "failed");
    QCOMPARE(readiness->summary.target, sim.url().toString());
}

void TestProbeSeries::aDiscoveryIsLeftToItsOwnRunner()
{
    const QList<MissingMeasurement> probes = ProbeSeries::probesOf(
        { { QStringLiteral("discovery") }, { QStringLiteral("job") }, { QStringLiteral("x") } });
    QCOMPARE(probes.size(), 1);
    QCOMPARE(probes.first().kind, "job");
    ProbeSeries none(TargetProfile(), nullptr, nullptr, { { QStringLiteral("discovery") } });
    QSignalSpy finished(&none, &ProbeSeries::finished);
    none.start();
    QCOMPARE(finished.size(), 1); // nothing to probe: finished at once
}

void TestProbeSeries::cancelStopsTheSeriesAndStoresNothingCutShort()
{
    SimProcess sim;
    QVERIFY(sim.start({ "--latency", "fixed:2000" })); // each job request waits 2 s
    QTemporaryDir dir;
    RunStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath("runs.sqlite"), &error), qPrintable(error));
    ProbeSeries series(profileFor(sim), nullptr, &store, { { QStringLiteral("job") }, { QStringLiteral("health") } });
    QSignalSpy started(&series, &ProbeSeries::probeStarted);
    QSignalSpy finished(&series, &ProbeSeries::finished);
    series.start();
    QCOMPARE(started.size(), 1);
    series.cancel();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(started.size(), 1); // the health probe never started
    QVERIFY(finished.first()[1].toBool());
    QVERIFY(finished.first()[0].value<QList<qint64>>().isEmpty());
    QVERIFY(store.listRuns(&error).isEmpty());
    // The job request in flight was let answer, and its job deleted: none is left behind.
    QCOMPARE(sim.stats().value("jobs_created").toInt(), 1);
    QCOMPARE(sim.stats().value("active_jobs").toInt(), 0);
}

QTEST_GUILESS_MAIN(TestProbeSeries)
#include "tst_probeseries.moc"
