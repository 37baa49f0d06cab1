#include "network/httpengine.h"

#include "network/lane.h"
#include "network/tokenprovider.h"

#include <QThread>

#include <cmath>

namespace fathom {

HttpEngine::HttpEngine(EngineConfig config, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_breaker(new CircuitBreaker(m_config.breaker, clock, this))
    , m_metrics(new MetricsAggregator(clock, this))
{
    qRegisterMetaType<RequestOutcome>();
    qRegisterMetaType<MetricsSnapshot>();
    qRegisterMetaType<BreakerTransition>();

    m_config.poolSize = std::max(1, m_config.poolSize);
    if (m_config.maxRequestsPerSecond > 0)
        m_rate.emplace(m_config.maxRequestsPerSecond, m_config.rateBurst, clock->nowUs());

    m_poolWaitTimer.setSingleShot(true);
    m_poolWaitTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_poolWaitTimer, &QTimer::timeout, this, &HttpEngine::expireQueued);
    m_rateTimer.setSingleShot(true);
    m_rateTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_rateTimer, &QTimer::timeout, this, &HttpEngine::pump);

    for (int t = 0; t < m_config.workerThreads; ++t) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("fathom-lanes-%1").arg(t));
        thread->start();
        m_threads.push_back(thread);
    }
    const int lanes = m_config.laneCount();
    for (int i = 0; i < lanes; ++i) {
        // Results always come back queued, even from a lane in this thread: no re-entrancy.
        Lane *lane = Lane::create(m_config, i, clock, [this](LaneResult &&result) {
                         if (m_results.push(std::move(result)))
                             QMetaObject::invokeMethod(this, &HttpEngine::takeLaneResults, Qt::QueuedConnection);
                     }).release();
        if (!m_threads.empty()) {
            QThread *thread = m_threads[size_t(i) % m_threads.size()];
            lane->moveToThread(thread);
            connect(thread, &QThread::finished, lane, &QObject::deleteLater);
        }
        m_lanes.push_back(lane);
        m_jobs.push_back(std::make_unique<Handoff<LaneJob>>());
    }
    m_laneBusy.assign(m_lanes.size(), 0);
    m_laneCapacity = m_config.laneCapacity();

    m_metrics->setGaugeSource([this](MetricsData &d) {
        d.gauges = gauges();
        d.breaker = m_breaker->state();
        d.breakerConsecutiveFailures = m_breaker->consecutiveFailures();
    });
    m_metrics->start();
}

HttpEngine::~HttpEngine()
{
    // Stop the lane threads first: after wait() no lane can post to this object any more.
    for (QThread *thread : m_threads) {
        thread->quit();
        thread->wait();
        delete thread;
    }
    if (m_threads.empty())
        qDeleteAll(m_lanes);
}

PoolGauges HttpEngine::gauges() const
{
    PoolGauges g;
    g.poolSize = m_config.poolSize;
    g.inFlight = m_inFlight;
    g.queued = m_queued;
    g.waitingForBackoff = m_backoff;
    g.waitingForToken = m_waitingToken;
    g.concurrencyLimit = m_config.maxConcurrency;
    g.rateLimitPerSecond = m_config.maxRequestsPerSecond;
    return g;
}

HttpEngine::Request *HttpEngine::find(quint64 id)
{
    const quint64 index = id & 0xffffffffu;
    if (index >= m_slots.size())
        return nullptr;
    Request *r = m_slots[index].get();
    return r->id != id || r->stage == Stage::Done ? nullptr : r;
}

quint64 HttpEngine::submit(const HttpRequestSpec &spec, Callback done)
{
    quint32 index;
    if (m_freeSlots.empty()) {
        index = quint32(m_slots.size());
        m_slots.push_back(std::make_unique<Request>());
    } else {
        index = m_freeSlots.back();
        m_freeSlots.pop_back();
    }
    const quint64 id = (m_nextSerial++ << 32) | index;
    Request &r = *m_slots[index];
    r.id = id;
    ++m_live;
    r.spec = std::make_shared<const HttpRequestSpec>(spec);
    r.done = std::move(done);
    r.outcome.id = id;
    r.outcome.startedUs = m_clock->nowUs();
    m_metrics->recordSubmitted();
    // A request refused at once still reports after submit() returned its id.
    ++m_submitDepth;
    beginAttempt(r);
    --m_submitDepth;
    return id;
}

void HttpEngine::beginAttempt(Request &r)
{
    ++r.generation;
    r.timing = AttemptTiming();
    r.lane = -1;
    if (!r.spec->useToken || !m_tokens) {
        enqueue(r);
        return;
    }
    r.stage = Stage::WaitingForToken;
    r.timing.queuedUs = m_clock->nowUs();
    ++m_waitingToken;
    const quint64 id = r.id;
    const int generation = r.generation;
    m_tokens->requestToken(this, [this, id, generation](const TokenResult &t) {
        Request *req = find(id);
        if (!req || req->generation != generation || req->stage != Stage::WaitingForToken)
            return;
        --m_waitingToken;
        if (!t.ok) {
            rejectAttempt(*req, t.failure, tr("no access token: %1").arg(t.error));
            return;
        }
        req->token = t.token;
        enqueue(*req);
    });
}

void HttpEngine::enqueue(Request &r)
{
    if (m_breaker->state() == BreakerState::Open) {
        rejectAttempt(r, OutcomeClass::CircuitOpen, tr("circuit breaker is OPEN: request not sent"));
        return;
    }
    r.stage = Stage::Queued;
    r.timing.queuedUs = m_clock->nowUs();
    m_queue.emplace_back(r.id, r.generation);
    ++m_queued;
    pump();
}

int HttpEngine::pickLane() const
{
    // The least busy lane spreads connections evenly, so every lane keeps its own alive.
    int best = -1;
    for (size_t i = 0; i < m_laneBusy.size(); ++i) {
        if (m_laneBusy[i] < m_laneCapacity && (best < 0 || m_laneBusy[i] < m_laneBusy[size_t(best)]))
            best = int(i);
    }
    return best;
}

void HttpEngine::pump()
{
    while (!m_queue.empty()) {
        const auto [id, generation] = m_queue.front();
        Request *r = find(id);
        if (!r || r->generation != generation || r->stage != Stage::Queued) {
            m_queue.pop_front();
            continue;
        }
        if (m_inFlight >= m_config.poolSize || (m_config.maxConcurrency > 0 && m_inFlight >= m_config.maxConcurrency))
            break;
        const int lane = pickLane();
        if (lane < 0)
            break;
        m_queue.pop_front();
        --m_queued;
        if (!m_breaker->tryAcquire()) {
            rejectAttempt(*r, OutcomeClass::CircuitOpen,
                          tr("circuit breaker is %1: request not sent").arg(breakerStateId(m_breaker->state())));
            continue;
        }
        if (m_rate) {
            const qint64 waitUs = m_rate->tryTake(m_clock->nowUs());
            if (waitUs > 0) {
                m_breaker->release();
                m_queue.emplace_front(id, generation);
                ++m_queued;
                if (!m_rateTimer.isActive())
                    m_rateTimer.start(int(std::ceil(double(waitUs) / 1000.0)));
                break;
            }
        }
        r->stage = Stage::InFlight;
        r->breakerPermit = true;
        r->timing.dispatchedUs = m_clock->nowUs();
        r->lane = lane;
        ++m_inFlight;
        ++m_laneBusy[size_t(lane)];

        LaneJob job;
        job.requestId = id;
        job.generation = generation;
        job.spec = r->spec;
        if (r->spec->useToken && !r->token.isEmpty())
            job.authorization = m_tokens->scheme() + ' ' + r->token;
        job.dispatchedUs = r->timing.dispatchedUs;
        job.connectTimeoutMs = m_config.connectTimeoutMs;
        job.requestTimeoutMs = m_config.requestTimeoutMs;
        job.maxStoredBodyBytes = m_config.maxStoredBodyBytes;
        Lane *target = m_lanes[size_t(lane)];
        Handoff<LaneJob> *jobs = m_jobs[size_t(lane)].get();
        if (jobs->push(std::move(job))) {
            QMetaObject::invokeMethod(
                target,
                [target, jobs] {
                    for (const LaneJob &j : jobs->takeAll())
                        target->start(j);
                },
                Qt::QueuedConnection);
        }
    }
    armPoolWaitTimer();
}

void HttpEngine::armPoolWaitTimer()
{
    if (m_config.poolWaitTimeoutMs <= 0)
        return;
    while (!m_queue.empty()) {
        const auto [id, generation] = m_queue.front();
        const Request *r = find(id);
        if (r && r->generation == generation && r->stage == Stage::Queued) {
            const qint64 deadlineUs = r->timing.queuedUs + qint64(m_config.poolWaitTimeoutMs) * 1000;
            const qint64 leftMs = std::max<qint64>(0, (deadlineUs - m_clock->nowUs() + 999) / 1000);
            m_poolWaitTimer.start(int(std::min<qint64>(leftMs, std::numeric_limits<int>::max())));
            return;
        }
        m_queue.pop_front();
    }
    m_poolWaitTimer.stop();
}

void HttpEngine::expireQueued()
{
    const qint64 now = m_clock->nowUs();
    const qint64 limitUs = qint64(m_config.poolWaitTimeoutMs) * 1000;
    while (!m_queue.empty()) {
        const auto [id, generation] = m_queue.front();
        Request *r = find(id);
        if (r && r->generation == generation && r->stage == Stage::Queued) {
            if (now - r->timing.queuedUs < limitUs)
                break;
            m_queue.pop_front();
            --m_queued;
            rejectAttempt(*r, OutcomeClass::PoolWaitTimeout,
                          tr("waited %1 ms for a free connection (pool of %2, all busy)")
                              .arg((now - r->timing.queuedUs) / 1000)
                              .arg(m_config.poolSize));
            continue;
        }
        m_queue.pop_front();
    }
    armPoolWaitTimer();
}

void HttpEngine::takeLaneResults()
{
    for (LaneResult &result : m_results.takeAll())
        onLaneResult(std::move(result));
    pump();
}

void HttpEngine::onLaneResult(LaneResult &&res)
{
    if (res.lane >= 0 && size_t(res.lane) < m_laneBusy.size()) {
        --m_laneBusy[size_t(res.lane)];
        --m_inFlight;
    }
    Request *r = find(res.requestId);
    if (r && r->generation == res.generation && r->stage == Stage::InFlight) {
        AttemptRecord a;
        a.outcome = res.outcome;
        a.httpStatus = res.httpStatus;
        a.timing = r->timing;
        a.timing.startedUs = res.startedUs;
        a.timing.sentUs = res.sentUs;
        a.timing.firstByteUs = res.firstByteUs;
        a.timing.finishedUs = res.finishedUs;
        a.errorText = res.errorText;
        a.lane = res.lane;
        a.transportResends = res.transportResends;
        a.newConnections = res.newConnections;
        for (const auto &[name, value] : std::as_const(res.headers)) {
            if (name.compare("Retry-After", Qt::CaseInsensitive) == 0)
                a.retryAfterMs = parseRetryAfterMs(value, m_clock->utcNow());
        }
        r->outcome.httpStatus = res.httpStatus;
        r->outcome.body = std::move(res.body);
        r->outcome.headers = std::move(res.headers);
        if (r->breakerPermit) {
            r->breakerPermit = false;
            m_breaker->onResult(a.outcome);
        }
        endAttempt(*r, std::move(a));
    }
}

void HttpEngine::rejectAttempt(Request &r, OutcomeClass outcome, const QString &error)
{
    AttemptRecord a;
    a.outcome = outcome;
    a.timing = r.timing;
    if (!a.timing.queuedUs)
        a.timing.queuedUs = m_clock->nowUs();
    a.timing.finishedUs = m_clock->nowUs();
    a.errorText = error;
    endAttempt(r, std::move(a));
}

void HttpEngine::endAttempt(Request &r, AttemptRecord a)
{
    m_metrics->recordAttempt(a);
    r.outcome.attempts.append(a);

    if (a.httpStatus == 401 && r.spec->useToken && m_tokens && !r.tokenReplayed) {
        // The token may have expired on the server's clock: fetch a fresh one and replay once.
        r.tokenReplayed = true;
        m_tokens->invalidate(r.token);
        beginAttempt(r);
        return;
    }
    const bool reachedServer = a.timing.sentUs != 0;
    const RetryPolicy &policy = r.spec->retry ? *r.spec->retry : m_config.retry;
    const std::optional<qint64> delay = policy.nextDelayMs(a, r.spec->method, r.retriesDone, reachedServer, &m_rng);
    if (!delay) {
        finish(r, a.outcome, a.errorText);
        return;
    }
    r.outcome.attempts.last().backoffMs = *delay;
    ++r.retriesDone;
    r.stage = Stage::Backoff;
    ++m_backoff;
    const quint64 id = r.id;
    const int generation = r.generation;
    QTimer::singleShot(std::chrono::milliseconds(*delay), Qt::PreciseTimer, this, [this, id, generation] {
        Request *req = find(id);
        if (!req || req->generation != generation || req->stage != Stage::Backoff)
            return;
        --m_backoff;
        beginAttempt(*req);
    });
}

void HttpEngine::finish(Request &r, OutcomeClass outcome, const QString &error)
{
    r.stage = Stage::Done;
    r.outcome.outcome = outcome;
    r.outcome.errorText = error;
    r.outcome.finishedUs = m_clock->nowUs();
    m_metrics->recordFinal(r.outcome);
    const quint64 id = r.id;
    if (m_submitDepth > 0)
        QMetaObject::invokeMethod(
            this, [this, id] { complete(id); }, Qt::QueuedConnection);
    else
        complete(id);
}

void HttpEngine::complete(quint64 id)
{
    const quint64 index = id & 0xffffffffu;
    if (index >= m_slots.size() || m_slots[index]->id != id)
        return;
    // The slot stays taken (its stage Done: find() passes it by) while the callback runs, and
    // its address stays put if the callback submits more.
    Request &r = *m_slots[index];
    if (r.done)
        r.done(r.outcome);
    Q_EMIT finished(r.outcome);
    r = Request();
    m_freeSlots.push_back(quint32(index));
    if (--m_live == 0)
        Q_EMIT idle();
}

void HttpEngine::cancel(quint64 id)
{
    Request *r = find(id);
    if (!r)
        return;
    switch (r->stage) {
    case Stage::Queued:
        --m_queued; // its queue entry is now stale and skipped
        break;
    case Stage::InFlight: {
        Lane *lane = m_lanes[size_t(r->lane)];
        const int generation = r->generation;
        QMetaObject::invokeMethod(
            lane, [lane, id, generation] { lane->cancel(id, generation); }, Qt::QueuedConnection);
        if (r->breakerPermit) {
            r->breakerPermit = false;
            m_breaker->release();
        }
        break;
    }
    case Stage::Backoff:
        --m_backoff;
        break;
    case Stage::WaitingForToken:
        --m_waitingToken;
        break;
    case Stage::Done:
        return;
    }
    rejectAttempt(*r, OutcomeClass::Cancelled, tr("cancelled"));
}

void HttpEngine::cancelAll()
{
    std::vector<quint64> ids;
    ids.reserve(size_t(m_live));
    for (const auto &r : m_slots) {
        if (r->id && r->stage != Stage::Done)
            ids.push_back(r->id);
    }
    for (quint64 id : ids)
        cancel(id);
}

} // namespace fathom
