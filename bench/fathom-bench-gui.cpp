// fathom-bench-gui: is the window still responsive while the engine works hard?
// Keeps N requests in flight through the engine (which, as in the app, lives in a run thread
// of its own) while the live charts redraw, and measures the GUI thread's event-loop lag with a
// heartbeat timer, the charts' refresh rate, and memory after 10,000 requests and at the end.
//
//   fathom-bench-gui --url URL [--in-flight 200] [--requests 1000000] [--path /health]
//   fathom-bench-gui --url URL --discover [--path /jobs] [--max-level 128] [--nice N]
//
// With --discover it runs a capacity discovery as the window does (its Discovery tab and live
// charts, the run in a run thread at the app's niceness or --nice) and prints what it found.
//
// Run it under xvfb-run (or QT_QPA_PLATFORM=offscreen). Prints one JSON object.
#include "model/runthread.h"
#include "model/targetprofile.h"
#include "network/httpengine.h"
#include "network/latencyhistogram.h"
#include "ui/discoverypanel.h"
#include "ui/livecharts.h"
#include "ui/metricshistory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

#include <atomic>

#include <cstdio>
#include <ctime>
#include <map>
#include <unistd.h>
#include <vector>

using namespace fathom;

namespace {

double rssMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? double(fields[1].toLongLong()) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0) : 0;
}

// Time this thread has spent waiting on a run queue (runnable, no core free), in µs; 0 when the
// kernel does not say (/proc/thread-self/schedstat: run time, wait time, timeslices, in ns).
qint64 runQueueWaitUs()
{
    QFile f(QStringLiteral("/proc/thread-self/schedstat"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() / 1000 : 0;
}

qint64 threadCpuUs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000 + ts.tv_nsec / 1000;
}

} // namespace

// Times every event the GUI thread dispatches, to name what makes it late.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread() || m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const qint64 cpu0 = threadCpuUs();
        const int type = event->type();
        const QByteArray cls = receiver->metaObject()->className();
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 us = t.nsecsElapsed() / 1000;
        if (us >= 200)
            sinceBeat.push_back({ cls, type, us, threadCpuUs() - cpu0 });
        else
            ++shortSinceBeat;
        if (us > 5000) {
            auto &e = slow[cls + ' ' + QByteArray::number(type)];
            e.wallUs.push_back(us);
            e.cpuUs.push_back(threadCpuUs() - cpu0);
            e.atMs.push_back(m_started.elapsed());
        }
        return r;
    }
    struct Slow
    {
        std::vector<qint64> wallUs, cpuUs, atMs;
    };
    std::map<QByteArray, Slow> slow;
    // The events dispatched since the last heartbeat (those of 0.2 ms or more; the others
    // counted): the worst beat's list says whether one event, many, or none made it late.
    struct Traced
    {
        QByteArray cls;
        int type;
        qint64 wallUs, cpuUs;
    };
    std::vector<Traced> sinceBeat;
    int shortSinceBeat = 0;

private:
    int m_depth = 0;
    QElapsedTimer m_started = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
};

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({ QStringLiteral("url"), QStringLiteral("server base URL"), QStringLiteral("URL") });
    p.addOption(
        { QStringLiteral("path"), QStringLiteral("request path"), QStringLiteral("P"), QStringLiteral("/health") });
    p.addOption({ QStringLiteral("in-flight"), QStringLiteral("requests kept in flight"), QStringLiteral("N"),
                  QStringLiteral("200") });
    p.addOption({ QStringLiteral("requests"), QStringLiteral("requests in all"), QStringLiteral("N"),
                  QStringLiteral("1000000") });
    p.addOption({ QStringLiteral("no-charts"), QStringLiteral("do not show the charts (to tell their cost)") });
    p.addOption({ QStringLiteral("engine-in-gui-thread"),
                  QStringLiteral("run the engine in the GUI thread, not in a run thread (to tell the difference)") });
    p.addOption({ QStringLiteral("nice"),
                  QStringLiteral("niceness of the run thread (the app's default: %1)").arg(RunThread::kDefaultNiceness),
                  QStringLiteral("N"), QString::number(RunThread::kDefaultNiceness) });
    p.addOption({ QStringLiteral("discover"), QStringLiteral("run a capacity discovery as the window does") });
    p.addOption({ QStringLiteral("max-level"), QStringLiteral("discovery: the highest level"), QStringLiteral("N"),
                  QStringLiteral("128") });
    p.process(app);
    QUrl url(p.value(QStringLiteral("url")));
    if (!url.isValid() || url.scheme().isEmpty()) {
        std::fprintf(stderr, "usage: fathom-bench-gui --url http://127.0.0.1:PORT [--in-flight N] [--requests N]\n");
        return 2;
    }
    url.setPath(p.value(QStringLiteral("path")));
    const int inFlight = std::max(1, p.value(QStringLiteral("in-flight")).toInt());
    const quint64 total = std::max<quint64>(20'000, p.value(QStringLiteral("requests")).toULongLong());

    MetricsHistory history;
    LiveCharts charts(&history);
    charts.resize(1400, 900);
    if (!p.isSet(QStringLiteral("no-charts")))
        charts.show();
    EngineConfig config;
    config.poolSize = inFlight;
    config.retry.maxRetries = 0;
    config.breaker.enabled = false;
    // As in the app, the engine and everything driving it live in a run thread; the GUI thread
    // sees only the 10 Hz snapshots.
    const bool inGuiThread = p.isSet(QStringLiteral("engine-in-gui-thread"));
    RunThread runThread(QStringLiteral("fathom-run"), p.value(QStringLiteral("nice")).toInt());
    QObject driver; // lives in the thread that runs the engine
    if (!inGuiThread) {
        runThread.start();
        driver.moveToThread(&runThread);
    }
    std::unique_ptr<HttpEngine> engine;
    QMetaObject::invokeMethod(
        &driver, [&] { engine = std::make_unique<HttpEngine>(config); },
        inGuiThread ? Qt::DirectConnection : Qt::BlockingQueuedConnection);
    QObject::connect(engine->metrics(), &MetricsAggregator::published, &history, &MetricsHistory::append);
    // The charts redraw on news only: their rate is bounded by the snapshots' (10 Hz).
    int snapshots = 0;
    QObject::connect(&history, &MetricsHistory::changed, &app, [&] { ++snapshots; });

    // The heartbeat: a 10 ms timer; how late it fires is the event loop's lag.
    LatencyHistogram lag;
    QElapsedTimer clock;
    clock.start();
    qint64 lastBeat = 0;
    // For the latest beat: how much of its lateness the thread spent runnable but not running
    // (waiting for a core), from the kernel's per-thread schedstat.
    qint64 lastRunQueueUs = runQueueWaitUs();
    qint64 worstLagUs = 0, worstLagWaitingUs = 0;
    std::vector<TimedApplication::Traced> worstTrace;
    int worstShort = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed() / 1000;
        const qint64 waited = runQueueWaitUs();
        if (lastBeat && now > 1'000'000) { // after a second of warm-up
            const qint64 late = std::max<qint64>(0, now - lastBeat - 10'000);
            lag.record(late);
            if (late > worstLagUs) {
                worstLagUs = late;
                worstLagWaitingUs = waited - lastRunQueueUs;
                worstTrace = app.sinceBeat;
                worstShort = app.shortSinceBeat;
            }
        }
        lastBeat = now;
        lastRunQueueUs = waited;
        app.sinceBeat.clear();
        app.shortSinceBeat = 0;
    });
    heartbeat.start(10);

    if (p.isSet(QStringLiteral("discover"))) {
        // The window's own code path: the Discovery tab starts a DiscoveryRunner in a run thread.
        RunThread::setDefaultNiceness(p.value(QStringLiteral("nice")).toInt());
        QString error;
        const auto profile
            = TargetProfile::fromJson({ { QStringLiteral("base_url"), url.toString(QUrl::RemovePath) },
                                        { QStringLiteral("job"),
                                          QJsonObject { { QStringLiteral("method"), QStringLiteral("GET") },
                                                        { QStringLiteral("path"), url.path() } } } },
                                      &error);
        if (!profile) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        DiscoveryPanel panel(&history, nullptr);
        panel.resize(1400, 900);
        panel.show();
        panel.setProfile(*profile, nullptr);
        DiscoveryConfig config;
        config.maxLevel = p.value(QStringLiteral("max-level")).toInt();
        panel.setDefaults(config);
        DiscoveryResult found;
        QObject::connect(&panel, &DiscoveryPanel::finished, &app, [&](const DiscoveryResult &r) {
            found = r;
            app.quit();
        });
        panel.start();
        app.exec();
        const QJsonObject json = found.toJson();
        QJsonObject out {
            { QStringLiteral("run_thread_nice"), p.value(QStringLiteral("nice")).toInt() },
            { QStringLiteral("seconds"), clock.elapsed() / 1000.0 },
            { QStringLiteral("event_loop_lag_max_ms"), lag.maxUs() / 1000.0 },
            { QStringLiteral("event_loop_lag_p99_ms"), lag.quantileUs(0.99) / 1000.0 },
        };
        for (auto it = json.begin(); it != json.end(); ++it)
            out.insert(it.key(), it.value());
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
        return 0;
    }

    HttpRequestSpec spec;
    spec.url = url;
    // Counters touched only in the run thread until it has quit.
    quint64 submitted = 0, done = 0, errors = 0;
    std::atomic<double> rssAt10k { 0 };
    std::atomic<int> refreshesAtStart { 0 };
    int snapshotsAtStart = 0; // GUI thread only
    std::atomic<qint64> chartsStartUs { 0 };
    std::function<void()> submitOne = [&] {
        ++submitted;
        engine->submit(spec, [&](const RequestOutcome &o) {
            ++done;
            errors += !o.ok();
            if (done == 10'000) {
                rssAt10k = rssMb();
                QMetaObject::invokeMethod(&charts, [&] {
                    refreshesAtStart = charts.refreshCount();
                    snapshotsAtStart = snapshots;
                    chartsStartUs = clock.nsecsElapsed() / 1000;
                });
            }
            if (submitted < total)
                submitOne();
            else if (done == total)
                QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
        });
    };
    QMetaObject::invokeMethod(&driver, [&] {
        for (int i = 0; i < inFlight; ++i)
            submitOne();
    });
    app.exec();
    const qint64 endUs = clock.nsecsElapsed() / 1000; // rates end here, not after the teardown below
    QMetaObject::invokeMethod(
        &driver, [&] { engine.reset(); }, inGuiThread ? Qt::DirectConnection : Qt::BlockingQueuedConnection);
    runThread.quit();
    runThread.wait();
    const double seconds = double(endUs - chartsStartUs) / 1e6;
    const QJsonObject result {
        { QStringLiteral("requests"), double(done) },
        { QStringLiteral("errors"), double(errors) },
        { QStringLiteral("in_flight"), inFlight },
        { QStringLiteral("engine_thread"), inGuiThread ? QStringLiteral("gui") : QStringLiteral("run") },
        { QStringLiteral("run_thread_nice"), inGuiThread ? 0 : p.value(QStringLiteral("nice")).toInt() },
        { QStringLiteral("requests_per_s"), double(done) * 1e6 / double(clock.nsecsElapsed() / 1000) },
        { QStringLiteral("event_loop_lag_max_ms"), lag.maxUs() / 1000.0 },
        { QStringLiteral("event_loop_lag_max_waiting_for_cpu_ms"), double(worstLagWaitingUs) / 1000.0 },
        { QStringLiteral("event_loop_lag_p99_ms"), lag.quantileUs(0.99) / 1000.0 },
        { QStringLiteral("event_loop_lag_p50_ms"), lag.quantileUs(0.5) / 1000.0 },
        { QStringLiteral("chart_refresh_hz"),
          double(charts.refreshCount() - refreshesAtStart) / std::max(1e-3, seconds) },
        { QStringLiteral("chart_refreshes"), charts.refreshCount() },
        { QStringLiteral("snapshots_hz"), double(snapshots - snapshotsAtStart) / std::max(1e-3, seconds) },
        { QStringLiteral("refreshes_per_snapshot"),
          double(charts.refreshCount() - refreshesAtStart) / std::max(1, snapshots - snapshotsAtStart) },
        { QStringLiteral("rss_mb_after_10k"), rssAt10k.load() },
        { QStringLiteral("rss_mb_at_end"), rssMb() },
    };
    for (const auto &[k, v] : app.slow) {
        const auto worst = std::max_element(v.wallUs.begin(), v.wallUs.end()) - v.wallUs.begin();
        std::fprintf(stderr, "slow %s: %zu events >5ms, worst %lld us (%lld us of CPU) at %.1f s\n", k.constData(),
                     v.wallUs.size(), (long long)v.wallUs[size_t(worst)], (long long)v.cpuUs[size_t(worst)],
                     double(v.atMs[size_t(worst)]) / 1000.0);
    }
    qint64 tracedUs = 0;
    for (const auto &e : worstTrace) {
        tracedUs += e.wallUs;
        std::fprintf(stderr, "worst beat: %s %d: %lld us (%lld us of CPU)\n", e.cls.constData(), e.type,
                     (long long)e.wallUs, (long long)e.cpuUs);
    }
    std::fprintf(stderr, "worst beat: %lld us late, %lld us in the events above, %d shorter events\n",
                 (long long)worstLagUs, (long long)tracedUs, worstShort);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
