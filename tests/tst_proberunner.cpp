// The window's probes in a thread of their own, against the real fathom-sim.
#include "model/proberunner.h"
#include "model/translations.h"
#include "network/secretstore.h"
#include "simprocess.h"

#include <QSignalSpy>
#include <QTest>

using namespace fathom;

Q_DECLARE_METATYPE(fathom::ProbeResult)

namespace {

TargetProfile profileFor(const SimProcess &sim)
{
    TargetProfile p;
    p.baseUrl = sim.url();
    p.cleanup.enabled = true;
    p.client.retry.maxRetries = 0;
    return p;
}

/// The simulator's OAuth2 client; its secret under "sim" in the store the runner is given.
TargetProfile withOAuth(const SimProcess &sim)
{
    TargetProfile p = profileFor(sim);
    p.auth.type = AuthSettings::Type::OAuth2;
    p.auth.tokenUrl = "/oauth/token";
    p.auth.clientId = "fathom";
    p.auth.secretKey = "sim";
    return p;
}

ProbeResult resultOf(const QSignalSpy &spy, quint64 id)
{
    for (const QList<QVariant> &args : spy) {
        if (args.at(0).toULongLong() == id)
            return args.at(1).value<ProbeResult>();
    }
    return {};
}

} // namespace

class TestProbeRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ProbeResult>();
        Translations::install("en");
    }
    void runsProbesAndSaysWhichResultIsWhose();
    void aTargetSwitchedMidProbeLeavesTheProbeItsTokens();
    void probesOfOneTargetShareItsToken();
    void cancelEndsAProbeAsCancelled();
    void destroyedWhileAProbeRuns();
};

void TestProbeRunner::runsProbesAndSaysWhichResultIsWhose()
{
    SimProcess up;
    QVERIFY(up.start({ "--capacity", "10" }));
    SimProcess down;
    QVERIFY(down.start({ "--unhealthy" }));
    ProbeRunner runner(nullptr);
    QSignalSpy done(&runner, &ProbeRunner::finished);
    const quint64 health = runner.run(profileFor(up), ProbeKind::Health);
    const quint64 job = runner.run(profileFor(up), ProbeKind::Job);
    const quint64 unhealthy = runner.run(profileFor(down), ProbeKind::Health);
    QCOMPARE(runner.runningCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 3, 20'000);
    QCOMPARE(runner.runningCount(), 0);
    QCOMPARE(QSet<quint64>({ health, job, unhealthy }).size(), 3);
    const ProbeResult h = resultOf(done, health);
    QCOMPARE(h.kind, ProbeKind::Health);
    QVERIFY2(h.ok, qPrintable(h.verdict));
    const ProbeResult j = resultOf(done, job);
    QCOMPARE(j.kind, ProbeKind::Job);
    QVERIFY2(j.ok, qPrintable(j.verdict));
    QVERIFY(!resultOf(done, unhealthy).ok);
    QCOMPARE(up.stats().value("active_jobs").toInt(), 0); // the job was cleaned up
}

void TestProbeRunner::aTargetSwitchedMidProbeLeavesTheProbeItsTokens()
{
    // The window once gave its probes the target's token provider by raw pointer and freed it
    // when the user chose another target: a probe still running then used freed memory (a
    // retry, a 401 replay). Here the provider is replaced while the job probe waits for its
    // job, and the probe still ends with its token, its job done and deleted.
    SimProcess sim;
    QVERIFY(sim.start({ "--require-token", "--latency", "fixed:400" }));
    MemorySecretStore secrets;
    secrets.write("sim", "fathom-secret", this, [](bool, const QString &) {});
    ProbeRunner runner(&secrets);
    QSignalSpy done(&runner, &ProbeRunner::finished);
    const TargetProfile withAuth = withOAuth(sim);
    const quint64 job = runner.run(withAuth, ProbeKind::Job);
    QTRY_VERIFY_WITH_TIMEOUT(sim.stats().value("active_jobs").toInt() == 1 || !done.isEmpty(), 10'000);
    // The target chosen again (in the window: another target, or a changed secret): the
    // runner's provider is replaced while the job probe still holds the old one.
    runner.forgetTokens();
    const quint64 health = runner.run(withAuth, ProbeKind::Health);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 20'000);
    const ProbeResult r = resultOf(done, job);
    QVERIFY2(r.ok, qPrintable(r.verdict));
    QVERIFY(resultOf(done, health).ok);
    QCOMPARE(sim.stats().value("active_jobs").toInt(), 0);
}

void TestProbeRunner::probesOfOneTargetShareItsToken()
{
    SimProcess sim;
    QVERIFY(sim.start({ "--require-token" }));
    MemorySecretStore secrets;
    secrets.write("sim", "fathom-secret", this, [](bool, const QString &) {});
    ProbeRunner runner(&secrets);
    QSignalSpy done(&runner, &ProbeRunner::finished);
    const TargetProfile p = withOAuth(sim);
    for (int i = 1; i <= 2; ++i) {
        runner.run(p, ProbeKind::Job);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), i, 10'000);
        QVERIFY2(done.last().at(1).value<ProbeResult>().ok, qPrintable(done.last().at(1).value<ProbeResult>().verdict));
    }
    QCOMPARE(sim.stats().value("tokens_issued").toInt(), 1);
    runner.forgetTokens(); // the target chosen again: its secret may have changed
    runner.run(p, ProbeKind::Job);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 3, 10'000);
    QCOMPARE(sim.stats().value("tokens_issued").toInt(), 2);
}

void TestProbeRunner::cancelEndsAProbeAsCancelled()
{
    // A server that takes 20 s to say it is healthy. (A job probe, where jobs are cleaned up,
    // waits for its job's answer first: only the answer names the job to delete.)
    SimProcess sim;
    QVERIFY(sim.start({ "--latency", "fixed:20000" }));
    ProbeRunner runner(nullptr);
    QSignalSpy done(&runner, &ProbeRunner::finished);
    const quint64 id = runner.run(profileFor(sim), ProbeKind::Health);
    QTRY_VERIFY_WITH_TIMEOUT(sim.stats().value("requests").toInt() > 0, 10'000);
    runner.cancel(id);
    runner.cancel(id + 1000); // an id never given is ignored
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10'000); // not the 20 s the server takes
    const ProbeResult r = resultOf(done, id);
    QVERIFY2(r.cancelled, qPrintable(r.verdict));
    QVERIFY(!r.ok);
}

void TestProbeRunner::destroyedWhileAProbeRuns()
{
    SimProcess sim;
    QVERIFY(sim.start({ "--latency", "fixed:2000" }));
    auto runner = std::make_unique<ProbeRunner>(nullptr);
    QSignalSpy done(runner.get(), &ProbeRunner::finished);
    runner->run(profileFor(sim), ProbeKind::Health);
    QTRY_VERIFY_WITH_TIMEOUT(sim.stats().value("requests").toInt() > 0, 10'000);
    runner.reset(); // the probe, its engine and its thread end with it; no result comes
    QCOMPARE(done.size(), 0);
}

QTEST_GUILESS_MAIN(TestProbeRunner)
#include "tst_proberunner.moc"
