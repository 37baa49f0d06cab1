// fathom-bench: throughput and overhead of Fathom's engine against any local HTTP server,
// beside a bare single-QNAM loop. A benchmark, not a test: it prints figures, asserts nothing.
//
//   fathom-bench engine --url URL --in-flight 200 --seconds 5 [--path /p] [--pool N] [--threads N]
//   fathom-bench qnam   --url URL --in-flight 200 --seconds 5 [--path /p]
//
// Prints one JSON object: requests_per_s, cpu_us_per_request, p50_ms, p99_ms, errors, ...
#include "network/httpengine.h"
#include "network/latencyhistogram.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace fathom;

namespace {

qint64 cpuUs()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return qint64(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1'000'000 + u.ru_utime.tv_usec + u.ru_stime.tv_usec;
}

long maxRssKb()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

struct Tally
{
    quint64 done = 0;
    quint64 errors = 0;
    LatencyHistogram latency; ///< as Fathom reports it (0.5 % buckets)
    std::vector<qint64> samplesUs; ///< every sample, for the exact percentiles beside it
    LatencyHistogram toWire; ///< dispatched → request going out (the hand-over to the lane, connect)
    LatencyHistogram fromWire; ///< request going out → answered

    void record(qint64 us)
    {
        latency.record(us);
        samplesUs.push_back(us);
    }
    double exactMs(double q)
    {
        if (samplesUs.empty())
            return 0;
        const size_t rank = std::min(samplesUs.size() - 1, size_t(std::ceil(q * double(samplesUs.size()))) - 1);
        std::nth_element(samplesUs.begin(), samplesUs.begin() + qsizetype(rank), samplesUs.end());
        return double(samplesUs[rank]) / 1000.0;
    }
};

QJsonObject report(const QString &mode, Tally &t, qint64 wallUs, qint64 cpu, int inFlight)
{
    return {
        { QStringLiteral("mode"), mode },
        { QStringLiteral("in_flight"), inFlight },
        { QStringLiteral("requests"), double(t.done) },
        { QStringLiteral("requests_per_s"), double(t.done) * 1e6 / double(wallUs) },
        { QStringLiteral("cpu_us_per_request"), t.done ? double(cpu) / double(t.done) : 0.0 },
        { QStringLiteral("p50_ms"), t.latency.quantileUs(0.5) / 1000.0 },
        { QStringLiteral("p99_ms"), t.latency.quantileUs(0.99) / 1000.0 },
        { QStringLiteral("p50_exact_ms"), t.exactMs(0.5) },
        { QStringLiteral("p50_to_wire_ms"), t.toWire.quantileUs(0.5) / 1000.0 },
        { QStringLiteral("p99_to_wire_ms"), t.toWire.quantileUs(0.99) / 1000.0 },
        { QStringLiteral("p50_from_wire_ms"), t.fromWire.quantileUs(0.5) / 1000.0 },
        { QStringLiteral("p99_exact_ms"), t.exactMs(0.99) },
        { QStringLiteral("errors"), double(t.errors) },
        { QStringLiteral("max_rss_kb"), double(maxRssKb()) },
    };
}

/// The engine keeps `inFlight` requests going until the deadline.
QJsonObject runEngine(const QUrl &url, int inFlight, int seconds, quint64 maxRequests, int pool, int threads,
                      EngineConfig::Transport transport)
{
    EngineConfig c;
    c.transport = transport;
    c.poolSize = pool > 0 ? pool : inFlight;
    c.workerThreads = threads;
    c.retry.maxRetries = 0;
    c.breaker.enabled = false;
    c.poolWaitTimeoutMs = 0;
    HttpEngine engine(c);
    HttpRequestSpec spec;
    spec.url = url;
    Tally t;
    QElapsedTimer wall;
    bool stopping = false;
    int outstanding = 0;
    std::function<void()> submitOne;
    submitOne = [&] {
        ++outstanding;
        engine.submit(spec, [&](const RequestOutcome &o) {
            --outstanding;
            ++t.done;
            t.errors += o.outcome != OutcomeClass::Ok;
            // The latency Fathom reports (the dashboard's percentiles): dispatch → answered.
            const AttemptTiming &timing = o.lastAttempt().timing;
            t.record(timing.networkUs());
            if (timing.sentUs) {
                t.toWire.record(timing.sentUs - timing.dispatchedUs);
                t.fromWire.record(timing.finishedUs - timing.sentUs);
            }
            stopping = stopping || (maxRequests && t.done + quint64(outstanding) >= maxRequests);
            if (!stopping)
                submitOne();
            else if (outstanding == 0)
                QCoreApplication::quit();
        });
    };
    // The steady state: from the end of a warm-up (a fifth of the run, at least a second: every
    // connection open) to the stop, without the opening of the connections nor the last answers
    // trickling in. What a request costs once `inFlight` connections are open.
    struct Mark
    {
        qint64 cpuUs = 0, wallUs = 0;
        quint64 done = 0;
    } warm, end;
    const auto mark = [&] { return Mark { cpuUs(), wall.nsecsElapsed() / 1000, t.done }; };
    if (!maxRequests) {
        QTimer::singleShot(std::max(1000, seconds * 200), [&] { warm = mark(); });
        QTimer::singleShot(seconds * 1000, [&] {
            stopping = true;
            end = mark();
        });
    }
    const qint64 cpu0 = cpuUs();
    wall.start();
    for (int i = 0; i < inFlight; ++i)
        submitOne();
    QCoreApplication::exec();
    const qint64 wallUs = wall.nsecsElapsed() / 1000;
    QJsonObject o = report(QStringLiteral("engine"), t, wallUs, cpuUs() - cpu0, inFlight);
    if (end.done > warm.done && warm.wallUs > 0) {
        const double requests = double(end.done - warm.done);
        o.insert(QStringLiteral("steady_requests_per_s"), requests * 1e6 / double(end.wallUs - warm.wallUs));
        o.insert(QStringLiteral("steady_cpu_us_per_request"), double(end.cpuUs - warm.cpuUs) / requests);
    }
    o.insert(QStringLiteral("pool"), c.poolSize);
    o.insert(QStringLiteral("lanes"), c.laneCount());
    o.insert(QStringLiteral("worker_threads"), threads);
    o.insert(QStringLiteral("transport"),
             transport == EngineConfig::Transport::Qt ? QStringLiteral("qt") : QStringLiteral("curl"));
    return o;
}

/// The bare loop: one QNAM, no queue, no timing, no classification. Qt queues beyond 6.
QJsonObject runQnam(const QUrl &url, int inFlight, int seconds, quint64 maxRequests)
{
    QNetworkAccessManager nam;
    Tally t;
    QElapsedTimer wall;
    bool stopping = false;
    int outstanding = 0;
    std::function<void()> submitOne;
    submitOne = [&] {
        ++outstanding;
        const qint64 start = wall.nsecsElapsed() / 1000;
        QNetworkReply *reply = nam.get(QNetworkRequest(url));
        QObject::connect(reply, &QNetworkReply::finished, &nam, [&, reply, start] {
            --outstanding;
            ++t.done;
            t.errors += reply->error() != QNetworkReply::NoError;
            reply->readAll();
            t.record(wall.nsecsElapsed() / 1000 - start);
            reply->deleteLater();
            stopping = stopping || (maxRequests && t.done + quint64(outstanding) >= maxRequests);
            if (!stopping)
                submitOne();
            else if (outstanding == 0)
                QCoreApplication::quit();
        });
    };
    if (!maxRequests)
        QTimer::singleShot(seconds * 1000, [&] { stopping = true; });
    const qint64 cpu0 = cpuUs();
    wall.start();
    for (int i = 0; i < inFlight; ++i)
        submitOne();
    QCoreApplication::exec();
    return report(QStringLiteral("qnam"), t, wall.nsecsElapsed() / 1000, cpuUs() - cpu0, inFlight);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Benchmarks Fathom's engine (engine) or a bare single-QNAM loop (qnam)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("engine or qnam"));
    const QCommandLineOption urlOpt(QStringLiteral("url"), QStringLiteral("server base URL"), QStringLiteral("URL"));
    const QCommandLineOption pathOpt(QStringLiteral("path"), QStringLiteral("request path (default /health)"),
                                     QStringLiteral("PATH"), QStringLiteral("/health"));
    const QCommandLineOption inFlightOpt(QStringLiteral("in-flight"),
                                         QStringLiteral("requests kept in flight (default 200)"), QStringLiteral("N"),
                                         QStringLiteral("200"));
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"), QStringLiteral("duration (default 5)"),
                                        QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption requestsOpt(QStringLiteral("requests"),
                                         QStringLiteral("stop after N requests instead (for callgrind)"),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption poolOpt(QStringLiteral("pool"), QStringLiteral("engine pool size (default: in-flight)"),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), QStringLiteral("engine worker threads (default 2)"),
                                        QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption transportOpt(QStringLiteral("transport"),
                                          QStringLiteral("engine transport: curl (default) or qt"),
                                          QStringLiteral("NAME"), QStringLiteral("curl"));
    p.addOptions({ urlOpt, pathOpt, inFlightOpt, secondsOpt, requestsOpt, poolOpt, threadsOpt, transportOpt });
    p.process(app);
    const QString mode = p.positionalArguments().value(0);
    QUrl url(p.value(urlOpt));
    if ((mode != QLatin1String("engine") && mode != QLatin1String("qnam")) || !url.isValid() || url.scheme().isEmpty()
        || (p.value(transportOpt) != QLatin1String("curl") && p.value(transportOpt) != QLatin1String("qt"))) {
        std::fprintf(
            stderr,
            "usage: fathom-bench engine|qnam --url http://127.0.0.1:PORT [--path /p] [--in-flight N] [--seconds S]"
            " [--transport curl|qt]\n");
        return 2;
    }
    url.setPath(p.value(pathOpt));
    const int inFlight = std::max(1, p.value(inFlightOpt).toInt());
    const int seconds = std::max(1, p.value(secondsOpt).toInt());
    const QJsonObject result = mode == QLatin1String("engine")
        ? runEngine(url, inFlight, seconds, p.value(requestsOpt).toULongLong(), p.value(poolOpt).toInt(),
                    std::max(0, p.value(threadsOpt).toInt()),
                    p.value(transportOpt) == QLatin1String("qt") ? EngineConfig::Transport::Qt
                                                                 : EngineConfig::Transport::Curl)
        : runQnam(url, inFlight, seconds, p.value(requestsOpt).toULongLong());
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
