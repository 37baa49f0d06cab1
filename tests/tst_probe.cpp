// Probes against the real fathom-sim.
#include "model/probe.h"
#include "model/translations.h"
#include "network/secretstore.h"
#include "network/tokenprovider.h"
#include "simprocess.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace fathom;

namespace {

TargetProfile profileFor(const SimProcess &sim, bool cleanup = true)
{
    TargetProfile p;
    p.baseUrl = sim.url();
    p.cleanup.enabled = cleanup;
    return p;
}

ProbeResult runProbe(Probe &probe, ProbeKind kind, const ProbeOptions &options = {})
{
    QSignalSpy done(&probe, &Probe::finished);
    probe.run(kind, options);
    if (!done.wait(30'000))
        return {};
    return done.first().first().value<ProbeResult>();
}

} // namespace

Q_DECLARE_METATYPE(fathom::ProbeResult)

class TestProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ProbeResult>();
        Translations::install("en"); // as fathom does at start: English plural forms ("1 attempt")
    }
    void healthy();
    void unhealthyAndUnreachable();
    void aServerThatNeverAnswersMeetsOneDeadline();
    void theServersTimeIsNotFathomsRetries();
    void rateLimitedJobShowsRetryAfter();
    void readinessStates();
    void authNeverShowsTheToken();
    void jobEndToEndWithTimingAndCleanup();
    void poolSaturationShowsQueueWait();
    void poolProbeCountsOutcomesFirst();
    void timeoutNamesThePhase();
};

void TestProbe::healthy()
{
    SimProcess sim;
    QVERIFY(sim.start({}));
    Probe probe(profileFor(sim));
    const ProbeResult r = runProbe(probe, ProbeKind::Health);
    QVERIFY(r.ok);
    QCOMPARE(r.details.value("status").toInt(), 200);
    QVERIFY(r.details.value("body").toString().contains("ok"));
    QVERIFY(r.verdict.contains("healthy"));
    QCOMPARE(r.toJson().value("kind").toString(), QStringLiteral("health"));
}

void TestProbe::unhealthyAndUnreachable()
{
    SimProcess sim;
    QVERIFY(sim.start({ "--unhealthy" }));
    Probe probe(profileFor(sim));
    const ProbeResult r = runProbe(probe, ProbeKind::Health);
    QVERIFY(!r.ok);
    QVERIFY(!r.unreachable);
    QCOMPARE(r.details.value("status").toInt(), 503);

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    TargetProfile gone;
    gone.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
    closed.close();
    gone.client.retry.maxRetries = 0;
    Probe none(gone);
    const ProbeResult u = runProbe(none, ProbeKind::Health);
    QVERIFY(!u.ok);
    QVERIFY(u.unreachable);
    QCOMPARE(u.details.value("outcome").toString(), QStringLiteral("connection_refused"));

    // "200" and then a body cut short: the transport error wins, it is no answer at all.
    QTcpServer cut;
    QVERIFY(cut.listen(QHostAddress::LocalHost, 0));
    connect(&cut, &QTcpServer::newConnection, this, [&cut] {
        QTcpSocket *s = cut.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s] {
            s->readAll();
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this");
            s->disconnectFromHost();
        });
    });
    TargetProfile broken;
    broken.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(cut.serverPort()));
    broken.client.retry.maxRetries = 0;
    Probe cutProbe(broken);
    const ProbeResult c = runProbe(cutProbe, ProbeKind::Health);
    QVERIFY(!c.ok);
    QCOMPARE(c.details.value("outcome").toString(), QStringLiteral("connection_reset"));
    QVERIFY2(c.verdict.contains("did not answer"), qPrintable(c.verdict));
}

void TestProbe::aServerThatNeverAnswersMeetsOneDeadline()
{
    // Accepts, reads, never answers: each try runs into its request timeout. The probe stops at
    // one request's connect and request time in all, and says how many tries it made.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] { held << silent.nextPendingConnection(); });
    TargetProfile p;
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
    p.client.connectTimeoutMs = 200;
    p.client.requestTimeoutMs = 300;
    p.client.retry.maxRetries = 3; // four tries would take 4 × 300 ms and the backoffs between
    p.client.retry.baseDelayMs = 100;
    Probe probe(p);
    const ProbeResult r = runProbe(probe, ProbeKind::Health);
    QVERIFY(!r.ok);
    QVERIFY(r.unreachable);
    QCOMPARE(r.details.value("outcome").toString(), QStringLiteral("probe_deadline"));
    QCOMPARE(r.details.value("deadline_ms").toInt(), 500);
    QVERIFY2(r.details.value("attempts").toInt() < 4, qPrintable(r.verdict));
    QVERIFY2(r.verdict.contains("within 0.5 s"), qPrintable(r.verdict));
    if (r.details.value("attempts").toInt() > 1) // the one before the cut ran out of its time
        QVERIFY2(r.verdict.contains("request timeouts") && !r.verdict.contains("request_timeout"),
                 qPrintable(r.verdict));
}

void TestProbe::theServersTimeIsNotFathomsRetries()
{
    // An unhealthy server answers 503 at once; Fathom retries it twice with backoff. The verdict
    // quotes the answer's own time and names the attempts and their time apart.
    SimProcess sim;
    QVERIFY(sim.start({ "--unhealthy" }));
    TargetProfile p = profileFor(sim);
    p.client.retry.maxRetries = 2;
    p.client.retry.baseDelayMs = 300;
    Probe probe(p);
    const ProbeResult r = runProbe(probe, ProbeKind::Health);
    QVERIFY(!r.ok);
    QCOMPARE(r.details.value("status").toInt(), 503);
    QCOMPARE(r.details.value("attempts").toInt(), 3);
    QVERIFY2(r.details.value("answer_ms").toDouble() < r.details.value("latency_ms").toDouble(), qPrintable(r.verdict));
    QVERIFY2(r.verdict.contains("the last of 3 attempt"), qPrintable(r.verdict));
    const QString quoted = QLocale().toString(r.details.value("answer_ms").toDouble(), 'f', 1);
    QVERIFY2(r.verdict.contains("in " + quoted + " ms"), qPrintable(r.verdict));
}

void TestProbe::rateLimitedJobShowsRetryAfter()
{
    // A gateway answering 429 with Retry-After: 1. The profile's retry waits it out, then the
    // verdict names the rate limit and when the server asked to come back.
    QTcpServer gateway;
    QVERIFY(gateway.listen(QHostAddress::LocalHost, 0));
    int requests = 0;
    connect(&gateway, &QTcpServer::newConnection, this, [&gateway, &requests] {
        QTcpSocket *s = gateway.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s, &requests] {
            if (!s->readAll().contains("\r\n\r\n"))
                return;
            ++requests;
            s->write("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nContent-Length: 2\r\n\r\n{}");
        });
    });
    TargetProfile p;
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(gateway.serverPort()));
    p.job.method = "GET";
    p.client.retry.maxRetries = 1;
    p.client.retry.baseDelayMs = 10;
    Probe probe(p);
    const ProbeResult r = runProbe(probe, ProbeKind::Job);
    QVERIFY(!r.ok);
    QCOMPARE(r.details.value("outcome").toString(), QStringLiteral("rate_limited"));
    QCOMPARE(r.details.value("retry_after_ms").toInt(), 1000);
    QCOMPARE(requests, 2); // the retry came back, after the Retry-After
    QVERIFY2(r.verdict.contains("429") && r.verdict.contains("1.0 s") && r.verdict.contains("2 attempt"),
             qPrintable(r.verdict));
}

void TestProbe::readinessStates()
{
    SimProcess waiting;
    QVERIFY(waiting.start({ "--fiber-ready-after-ms", "600000" }));
    Probe probe(profileFor(waiting));
    const ProbeResult r = runProbe(probe, ProbeKind::Readiness);
    QVERIFY(!r.ok);
    QCOMPARE(r.details.value("state").toString(), QStringLiteral("waiting_for_fiber"));
    QCOMPARE(r.details.value("server_text").toString(), QStringLiteral("waiting for fiber"));
    SimProcess ready;
    QVERIFY(ready.start({}));
    Probe probe2(profileFor(ready));
    const ProbeResult r2 = runProbe(probe2, ProbeKind::Readiness);
    QVERIFY(r2.ok);
    QCOMPARE(r2.details.value("state").toString(), QStringLiteral("ready"));
    // A server with no such endpoint (404) has no readiness check: not configured, no failure.
    TargetProfile none = profileFor(ready);
    none.readinessPath = "/no-readiness-here";
    Probe probe3(none);
    const ProbeResult r3 = runProbe(probe3, ProbeKind::Readiness);
    QVERIFY2(r3.ok, qPrintable(r3.verdict));
    QCOMPARE(r3.details.value("state").toString(), QStringLiteral("not_configured"));
    QVERIFY2(r3.verdict.contains("readiness is not configured"), qPrintable(r3.verdict));
}

void TestProbe::authNeverShowsTheToken()
{
    SimProcess sim;
    QVERIFY(sim.start({ "--require-token", "--token-ttl-s", "900" }));
    MemorySecretStore secrets;
    secrets.write("sim", "fathom-secret", this, [](bool, const QString &) {});
    TokenConfig tc;
    tc.tokenUrl = sim.url("/oauth/token");
    tc.clientId = "fathom";
    tc.secretKey = "sim";
    const auto tokens = std::make_shared<TokenProvider>(tc, &secrets);
    TargetProfile p = profileFor(sim);
    p.auth.type = AuthSettings::Type::OAuth2;
    p.auth.secretKey = "sim";
    Probe probe(p, tokens);
    const ProbeResult r = runProbe(probe, ProbeKind::Auth);
    QVERIFY2(r.ok, qPrintable(r.verdict));
    QCOMPARE(r.details.value("lifetime_s").toInt(), 900);
    // The token is nowhere in the result.
    TokenResult cached;
    tokens->requestToken(this, [&](const TokenResult &t) { cached = t; });
    QVERIFY(cached.ok);
    const QByteArray all = QJsonDocument(r.toJson()).toJson();
    QVERIFY(!all.contains(cached.token));
    QVERIFY(!all.contains("fathom-secret"));
    // And the job probe goes through with the token.
    Probe job(p, tokens);
    QVERIFY(runProbe(job, ProbeKind::Job).ok);
}

void TestProbe::jobEndToEndWithTimingAndCleanup()
{
    SimProcess sim;
    QVERIFY(sim.start({ "--latency", "fixed:100" }));
    Probe probe(profileFor(sim));
    const ProbeResult r = runProbe(probe, ProbeKind::Job);
    QVERIFY2(r.ok, qPrintable(r.verdict));
    QVERIFY(r.details.value("job_id").toString().startsWith("job-"));
    QVERIFY(r.details.value("cleaned_up").toBool());
    const QJsonObject t = r.details.value("timing").toObject();
    QCOMPARE_GE(t.value("wait_ms").toDouble(), 100.0); // the server's latency is server time
    QCOMPARE_LT(t.value("queue_ms").toDouble(), 100.0);
    QCOMPARE(sim.stats().value("active_jobs").toInt(), 0);
    const QString summary = probeSummary(r.details).join('\n');
    QVERIFY2(summary.contains("Outcome: succeeded, HTTP 20"), qPrintable(summary));
    QVERIFY2(summary.contains("server 10"), qPrintable(summary)); // ≥ 100 ms of server time
    QVERIFY2(summary.contains("1 attempt."), qPrintable(summary));
    QVERIFY2(summary.contains("The job it created was deleted."), qPrintable(summary));
}

void TestProbe::poolSaturationShowsQueueWait()
{
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "1000" }));
    TargetProfile p = profileFor(sim, false);
    p.job.path = "/jobs?hold_ms=200";
    Probe probe(p);
    ProbeOptions o;
    o.poolRequests = 60;
    o.poolSize = 6;
    const ProbeResult r = runProbe(probe, ProbeKind::Pool, o);
    QVERIFY(r.ok);
    const QJsonObject small = r.details.value("small_pool").toObject();
    const QJsonObject full = r.details.value("full_pool").toObject();
    QCOMPARE(small.value("pool_size").toInt(), 6);
    QCOMPARE(full.value("pool_size").toInt(), 60);
    QCOMPARE(small.value("queue_wait_ms").toArray().size(), 60);
    // 60 requests of 200 ms through 6 connections: ten waves, the last waits ~1.8 s.
    QCOMPARE_GE(small.value("queue_wait").toObject().value("max_ms").toDouble(), 1500.0);
    QCOMPARE_LT(full.value("queue_wait").toObject().value("max_ms").toDouble(), 150.0);
}

void TestProbe::poolProbeCountsOutcomesFirst()
{
    // 50 requests on a server that takes 10: the waits say nothing while 40 were refused.
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "10" }));
    TargetProfile p = profileFor(sim, false);
    p.job.path = "/jobs?hold_ms=200";
    p.client.retry.maxRetries = 0;
    Probe probe(p);
    ProbeOptions o;
    o.poolRequests = 50;
    o.poolSize = 25;
    const ProbeResult r = runProbe(probe, ProbeKind::Pool, o);
    QVERIFY(!r.ok);
    // Both rounds by their own pool: the one asked for, and the comparison as large as the requests.
    QVERIFY2(r.verdict.contains("40 of 50 through the pool of 25"), qPrintable(r.verdict));
    QVERIFY2(r.verdict.contains("of 50 through a pool of 50 (the comparison)"), qPrintable(r.verdict));
    QVERIFY2(r.verdict.contains("HTTP 503"), qPrintable(r.verdict));
    // The summary counts what happened, the most frequent first, in words.
    const QStringList summary = probeSummary(r.details);
    QVERIFY2(summary.value(0).startsWith(
                 "Through a pool of 25: 40 × rejected as overloaded (HTTP 503), 10 × succeeded; p99 wait"),
             qPrintable(summary.join('\n')));
    QVERIFY2(summary.value(1).startsWith("Through a pool of 50: "), qPrintable(summary.join('\n')));
    QVERIFY(probeResultText(r.toJson()).contains("\"overloaded_503\": 40")); // the JSON follows
    // A pool as large as the requests compares a pool with itself: refused, nothing sent.
    sim.resetStats();
    o.poolSize = 50;
    const ProbeResult same = runProbe(probe, ProbeKind::Pool, o);
    QVERIFY(!same.ok);
    QVERIFY2(same.verdict.contains("smaller than the requests"), qPrintable(same.verdict));
    QCOMPARE(sim.stats().value("job_requests").toInt(), 0);
    // A dead target is a failed probe, not a pass.
    sim.stop();
    o.poolSize = 5;
    QVERIFY(!runProbe(probe, ProbeKind::Pool, o).ok);
}

void TestProbe::timeoutNamesThePhase()
{
    SimProcess sim;
    QVERIFY(sim.start({ "--latency", "fixed:2000", "--blackhole" }));
    TargetProfile p = profileFor(sim, false);
    p.client.requestTimeoutMs = 200;
    p.client.retry.maxRetries = 0;
    Probe slow(p);
    const ProbeResult r = runProbe(slow, ProbeKind::Timeout);
    QCOMPARE(r.details.value("phase").toString(), QStringLiteral("response"));
    QVERIFY(!r.ok);

    TargetProfile bh = p;
    bh.baseUrl = sim.blackholeUrl();
    bh.client.connectTimeoutMs = 200;
    Probe connect(bh);
    const ProbeResult c = runProbe(connect, ProbeKind::Timeout);
    QCOMPARE(c.details.value("phase").toString(), QStringLiteral("connect"));
}

QTEST_GUILESS_MAIN(TestProbe)
#include "tst_probe.moc"
