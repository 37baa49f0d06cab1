#pragma once

#include "network/circuitbreaker.h"
#include "network/clock.h"
#include "network/engineconfig.h"
#include "network/handoff.h"
#include "network/lane.h"
#include "network/metricsaggregator.h"
#include "network/outcome.h"
#include "network/tokenbucket.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <random>

class QThread;

namespace fathom {

class TokenProvider;

/// The resilient HTTP client: a pool of real connections larger than one QNAM's 6 (lanes on
/// libcurl or QNAM, on worker threads), Fathom's own measured queue in front of it, connect/request/pool-wait
/// timeouts, retries with exponential backoff, a circuit breaker, a concurrency limit and a
/// rate limit, bearer tokens, and metrics published as snapshots.
///
/// Lives in the thread that created it; submit() and cancel() must be called there, and
/// finished() is emitted there, once per request. Other threads see only MetricsSnapshot.
class HttpEngine : public QObject
{
    Q_OBJECT
public:
    explicit HttpEngine(EngineConfig config = {}, Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~HttpEngine() override;

    using Callback = std::function<void(const RequestOutcome &)>;
    /// Sends a request; returns its id. `done` (optional) runs when it ends, before finished().
    quint64 submit(const HttpRequestSpec &spec, Callback done = {});
    void cancel(quint64 id);
    void cancelAll();

    /// Optional; not owned. Requests with useToken get "Authorization: Bearer ...".
    void setTokenProvider(TokenProvider *provider) { m_tokens = provider; }

    const EngineConfig &config() const { return m_config; }
    CircuitBreaker *breaker() { return m_breaker; }
    MetricsAggregator *metrics() { return m_metrics; }
    PoolGauges gauges() const;

Q_SIGNALS:
    void finished(const fathom::RequestOutcome &outcome);
    /// Every request has ended and none is waiting.
    void idle();

private:
    enum class Stage : quint8
    {
        WaitingForToken,
        Queued,
        InFlight,
        Backoff,
        Done
    };
    struct Request
    {
        quint64 id = 0;
        std::shared_ptr<const HttpRequestSpec> spec;
        Callback done;
        RequestOutcome outcome;
        Stage stage = Stage::Queued;
        int generation = 0; ///< bumped per attempt; lane results of older attempts are dropped
        int retriesDone = 0;
        bool tokenReplayed = false;
        bool breakerPermit = false;
        QByteArray token;
        AttemptTiming timing; ///< of the current attempt
        int lane = -1;
    };

    void beginAttempt(Request &r);
    void enqueue(Request &r);
    void pump();
    void armPoolWaitTimer();
    void expireQueued();
    int pickLane() const;
    /// Every result the lanes handed over since the last call, then the queue moves on.
    void takeLaneResults();
    void onLaneResult(LaneResult &&result);
    void endAttempt(Request &r, AttemptRecord attempt);
    void rejectAttempt(Request &r, OutcomeClass outcome, const QString &error);
    void finish(Request &r, OutcomeClass outcome, const QString &error);
    void complete(quint64 id);
    Request *find(quint64 id);

    EngineConfig m_config;
    Clock *m_clock;
    CircuitBreaker *m_breaker;
    MetricsAggregator *m_metrics;
    TokenProvider *m_tokens = nullptr;
    std::optional<TokenBucket> m_rate;
    std::mt19937_64 m_rng { std::random_device {}() };

    std::vector<QThread *> m_threads;
    std::vector<Lane *> m_lanes;
    std::vector<std::unique_ptr<Handoff<LaneJob>>> m_jobs; ///< per lane, jobs not yet started
    Handoff<LaneResult> m_results; ///< from every lane
    std::vector<int> m_laneBusy;
    int m_laneCapacity = 0;

    /// The requests not yet ended, in slots that are reused (the last freed first, still warm in
    /// the cache): at 10,000 in flight a hash map's node per request cost a cache miss at every
    /// look-up. An id is the slot's index in the low 32 bits and a serial above, so the id of an
    /// ended request never finds the slot's next occupant.
    std::vector<std::unique_ptr<Request>> m_slots;
    std::vector<quint32> m_freeSlots;
    quint64 m_nextSerial = 1;
    int m_live = 0;
    /// FIFO of (id, generation); attempt queuedUs is non-decreasing along it. Entries of
    /// cancelled or finished requests stay until they reach the front (lazy removal).
    std::deque<std::pair<quint64, int>> m_queue;
    int m_queued = 0;
    int m_inFlight = 0;
    int m_submitDepth = 0;
    int m_backoff = 0;
    int m_waitingToken = 0;
    QTimer m_poolWaitTimer;
    QTimer m_rateTimer;
};

} // namespace fathom
