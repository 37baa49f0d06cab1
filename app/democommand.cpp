#include "app/democommand.h"

#include "model/burstrun.h"
#include "model/simulatorprocess.h"
#include "network/httpengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace fathom {

namespace {

std::atomic<bool> g_interrupted { false };

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoCommand", text);
}

void out(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
}

void err(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
}

QJsonObject fetchStats(const QUrl &base)
{
    QNetworkAccessManager nam;
    QUrl url = base;
    url.setPath(QStringLiteral("/stats"));
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return o;
}

QString ms(qint64 us)
{
    return us >= 10'000 ? QStringLiteral("%1 ms").arg(us / 1000) : QStringLiteral("%1 ms").arg(us / 1000.0, 0, 'f', 2);
}

void printSummary(const BurstSummary &s, const MetricsSnapshot &metrics)
{
    out(tr("Outcomes (%1 of %2 requests finished%3):")
            .arg(s.finished)
            .arg(s.requested)
            .arg(s.cancelled ? tr(", cancelled") : QString()));
    for (OutcomeClass c : allOutcomeClasses()) {
        const quint64 n = s.outcomes[size_t(c)];
        if (n)
            out(QStringLiteral("  %1 %2  %3%")
                    .arg(outcomeId(c), -24)
                    .arg(n, 6)
                    .arg(100.0 * double(n) / std::max(1, s.finished), 5, 'f', 1));
    }
    out(tr("Retries by Fathom: %1; silent resends by Qt after a dropped connection: %2")
            .arg(s.retries)
            .arg(s.transportResends));
    out(tr("Time per request:   p50 %1, p90 %2, p99 %3, max %4")
            .arg(ms(s.total.quantileUs(0.5)), ms(s.total.quantileUs(0.9)), ms(s.total.quantileUs(0.99)),
                 ms(s.total.maxUs())));
    out(tr("Wait for a pool slot: p50 %1, p99 %2, max %3")
            .arg(ms(s.queueWait.quantileUs(0.5)), ms(s.queueWait.quantileUs(0.99)), ms(s.queueWait.maxUs())));
    if (!s.serverStats.isEmpty()) {
        out(tr("The server saw: peak %1 open connections, peak %2 active jobs (capacity %3), %4 overload 503s")
                .arg(s.serverStats.value(QStringLiteral("peak_open_connections")).toInt())
                .arg(s.serverStats.value(QStringLiteral("peak_active_jobs")).toInt())
                .arg(s.serverStats.value(QStringLiteral("capacity")).toInt())
                .arg(s.serverStats.value(QStringLiteral("overloaded_503")).toInt()));
    }
    out(tr("Circuit breaker: %1").arg(breakerStateId(metrics->breaker)));
    out(tr("Wall time: %1 s").arg(s.wallUs / 1e6, 0, 'f', 2));
}

} // namespace

int runDemoCommand(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Starts the built-in job-server simulator, sends a burst of jobs through Fathom's "
                                   "engine and prints how each ended."));
    p.addHelpOption();
    const QCommandLineOption requestsOpt(QStringLiteral("requests"), tr("jobs in the burst (default 300)"),
                                         QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption poolOpt(QStringLiteral("pool"), tr("connection pool size (default 200)"),
                                     QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption capacityOpt(QStringLiteral("capacity"), tr("the simulator's job capacity (default 150)"),
                                         QStringLiteral("N"), QStringLiteral("150"));
    const QCommandLineOption holdOpt(QStringLiteral("hold-ms"),
                                     tr("how long the server works on each job (default 500)"), QStringLiteral("MS"),
                                     QStringLiteral("500"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("print the summary as one JSON object"));
    p.addOptions({ requestsOpt, poolOpt, capacityOpt, holdOpt, jsonOpt });
    if (!p.parse(arguments)) {
        err(tr("fathom demo: %1").arg(p.errorText()));
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText());
        return 0;
    }
    auto number = [&](const QCommandLineOption &o, int min, int max, int *value) {
        bool ok = false;
        *value = p.value(o).toInt(&ok);
        if (!ok || *value < min || *value > max) {
            err(tr("fathom demo: --%1 must be a whole number from %2 to %3, not \"%4\"")
                    .arg(o.names().constFirst())
                    .arg(min)
                    .arg(max)
                    .arg(p.value(o)));
            return false;
        }
        return true;
    };
    int requests = 0, pool = 0, capacity = 0, holdMs = 0;
    if (!number(requestsOpt, 1, 100'000, &requests) || !number(poolOpt, 1, 10'000, &pool)
        || !number(capacityOpt, 0, 1'000'000, &capacity) || !number(holdOpt, 0, 600'000, &holdMs))
        return 2;
    const bool json = p.isSet(jsonOpt);

    SimulatorProcess sim;
    QEventLoop loop;
    QString simError;
    QObject::connect(&sim, &SimulatorProcess::ready, &loop, &QEventLoop::quit);
    QObject::connect(&sim, &SimulatorProcess::failed, &loop, [&](const QString &e) {
        simError = e;
        loop.quit();
    });
    sim.start({ QStringLiteral("--capacity"), QString::number(capacity), QStringLiteral("--fault-reset"),
                QStringLiteral("0.01"), QStringLiteral("--latency"), QStringLiteral("lognormal:20:0.5") });
    loop.exec();
    if (!simError.isEmpty()) {
        err(tr("fathom demo: %1").arg(simError));
        return 1;
    }

    EngineConfig config;
    config.poolSize = pool;
    config.retry.baseDelayMs = 200; // a short demo: 0.2 s, 0.4 s, 0.8 s
    HttpEngine engine(config);
    HttpRequestSpec spec;
    spec.method = "POST";
    spec.url = sim.url();
    spec.url.setPath(QStringLiteral("/jobs"));
    spec.url.setQuery(QStringLiteral("hold_ms=%1").arg(holdMs));
    spec.body = "{}";

    if (!json) {
        out(tr("Fathom demo: %1 jobs (POST %2) through a pool of %3 against fathom-sim at %4 (capacity %5).")
                .arg(requests)
                .arg(spec.url.path() + QLatin1Char('?') + spec.url.query())
                .arg(pool)
                .arg(sim.url().toString())
                .arg(capacity));
    }

    BurstRun burst(&engine, spec, requests);
    QObject::connect(&burst, &BurstRun::finished, &loop, &QEventLoop::quit);
    // Progress on stderr once a second; Ctrl-C cancels what is still pending.
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, &loop, [&] {
        const MetricsSnapshot m = engine.metrics()->snapshot();
        err(tr("  %1/%2 finished, %3 in flight, %4 waiting for a connection, %5 waiting to retry")
                .arg(burst.summary().finished)
                .arg(requests)
                .arg(m->gauges.inFlight)
                .arg(m->gauges.queued)
                .arg(m->gauges.waitingForBackoff));
    });
    progress.start(1000);
    QTimer interruptPoll;
    std::signal(SIGINT, [](int) { g_interrupted = true; });
    QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&] {
        if (g_interrupted.exchange(false)) {
            err(tr("fathom demo: interrupted, cancelling the requests still pending"));
            burst.cancel();
        }
    });
    interruptPoll.start(100);
    burst.start();
    if (burst.summary().finished < requests)
        loop.exec();
    progress.stop();
    std::signal(SIGINT, SIG_DFL);

    BurstSummary summary = burst.summary();
    summary.serverStats = fetchStats(sim.url());
    if (json) {
        QJsonObject o = summary.toJson();
        o.insert(QStringLiteral("breaker"), breakerStateId(engine.breaker()->state()));
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    } else {
        printSummary(summary, engine.metrics()->snapshot());
    }
    return summary.cancelled ? 130 : 0;
}

} // namespace fathom
