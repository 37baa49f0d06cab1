#include "discovery/capacitydiscovery.h"

#include "network/httpengine.h"
#include "network/outcomeclassifier.h"
#include "network/tokenprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace fathom {

namespace {

constexpr int kWarmUpFailures = 3; ///< failed warm-up jobs that end the warm-up early
constexpr double kFirstRate = 64; ///< jobs a second, the first paced trial
constexpr double kMinRate = 1, kMaxRate = 4096;
constexpr double kRatePrecision = 1.1; ///< the search ends when failed ÷ passed is within this
constexpr int kMaxRateTrials = 14;
constexpr int kRefillMs = 1000; ///< before a paced trial, so that a token bucket is full again
constexpr int kMaxTrialRepeats = 2; ///< a trial spoiled by Fathom's own delays, run again at most this often

/// A discovery job: on a connection of its own, closed by Fathom once the answer is in. A job
/// connection is never reused within an attempt (each job has one); left open, the server
/// closes it when idle, and on loopback its TIME_WAIT then delays a later attempt's connects
/// (Apache at 256 jobs: p99 34 s instead of the 17 s a fresh-connection client sees).
HttpRequestSpec jobRequest(const TargetProfile &profile, int index, int level, int attempt)
{
    HttpRequestSpec s = profile.jobRequest(index, level, attempt);
    s.closeAfter = true;
    return s;
}

} // namespace

CapacityDiscovery::CapacityDiscovery(TargetProfile profile, DiscoveryConfig config, TokenProvider *tokens,
                                     QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_config(config)
    , m_tokens(tokens)
    , m_descriptors(descriptorLimit())
    , m_clientMaxLevel(std::max(1, m_descriptors.connectionsAvailable()))
    // A level past the client's descriptors would measure the client running out, not the server.
    , m_planner(config.strategy, config.startLevel, std::min(config.maxLevel, m_clientMaxLevel),
                config.attemptsPerLevel)
{
    m_config.profileRetries = m_profile.client.retry.maxRetries;
    m_config.jobRetries = 0;
    m_config.jobsCleanedUp = m_profile.cleanup.enabled;
    if (!m_config.slo.isSet())
        m_config.slo = m_profile.slo; // the target's own SLO, unless the run sets one
    m_result.config = m_config;
    m_budget.setSingleShot(true);
    connect(&m_budget, &QTimer::timeout, this, [this] { stopWith(StopReason::TimeBudgetExhausted); });
    m_wait.setSingleShot(true);
    m_pace.setTimerType(Qt::PreciseTimer);
    m_pace.setSingleShot(true);
    connect(&m_pace, &QTimer::timeout, this, &CapacityDiscovery::sendPacedJob);
    m_stopGrace.setSingleShot(true);
    connect(&m_stopGrace, &QTimer::timeout, this, [this] {
        const QList<quint64> ids = m_jobIds;
        for (quint64 id : ids)
            m_engine->cancel(id);
    });
}

CapacityDiscovery::~CapacityDiscovery() = default;

void CapacityDiscovery::ensurePool(int level)
{
    // A level above the pool would measure Fathom's queue, not the server: grow the pool.
    const int pool = std::max(m_profile.client.poolSize, level);
    if (m_engine && m_engine->config().poolSize >= pool)
        return;
    EngineConfig c = m_profile.client;
    c.poolSize = pool;
    // A level passes when the server took every job at the first attempt: retries would wait
    // for a free slot and call a server full at 37 "fine at 128". Cleanups keep their own.
    c.retry.maxRetries = 0;
    m_engine = std::make_unique<HttpEngine>(c);
    if (m_tokens)
        m_engine->setTokenProvider(m_tokens);
    Q_EMIT engineChanged(m_engine.get());
}

void CapacityDiscovery::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    if (m_config.timeBudgetMs > 0)
        m_budget.start(std::chrono::milliseconds(m_config.timeBudgetMs));
    ensurePool(m_planner.level());
    preflight();
}

void CapacityDiscovery::cancel()
{
    stopWith(StopReason::Cancelled);
}

void CapacityDiscovery::stopWith(StopReason reason, const QString &detail)
{
    if (!m_running || m_stopReason)
        return;
    m_stopReason = reason;
    m_stopDetail = detail;
    if (m_pace.isActive()) {
        m_pace.stop(); // no more paced jobs; those in flight end the trial below
        if (m_jobIds.isEmpty())
            return finishRateTrial();
    }
    if (!m_jobIds.isEmpty()) {
        // A job request in flight may have created its job on the server already (many servers
        // create it before they answer): cancelled, it would leave that job behind with no id to
        // delete. Where jobs are deleted, they may answer for a while; held requests create
        // nothing and are cancelled at once. Those that answer are cleaned up as after any
        // attempt; finishAttempt() takes it from here.
        m_stopGrace.start(m_profile.cleanup.enabled ? kStopGraceMs : 0);
        return;
    }
    if (m_healthId) {
        m_engine->cancel(m_healthId); // its callback ends the run
        return;
    }
    if (m_wait.isActive()) {
        m_wait.stop();
        finishRun();
    }
}

void CapacityDiscovery::preflight()
{
    HttpRequestSpec health;
    health.url = m_profile.url(m_profile.healthPath);
    m_healthId = m_engine->submit(health, [this](const RequestOutcome &h) {
        m_healthId = 0;
        if (stopRequested())
            return finishRun();
        if (isTransportFailure(h.outcome)) {
            stopWith(StopReason::TargetUnreachable,
                     tr("%1 on %2: %3").arg(outcomeId(h.outcome), m_profile.healthPath, h.errorText));
            return finishRun();
        }
        if (m_profile.readinessPath.isEmpty())
            return warmUp();
        HttpRequestSpec ready;
        ready.url = m_profile.url(m_profile.readinessPath);
        ready.useToken = m_profile.usesToken();
        m_healthId = m_engine->submit(ready, [this](const RequestOutcome &r) {
            m_healthId = 0;
            if (r.outcome == OutcomeClass::WaitingForFiber503) {
                stopWith(StopReason::WaitingForFiber, serverMessage(r.body));
                return finishRun();
            }
            if (stopRequested())
                return finishRun();
            warmUp();
        });
    });
}

void CapacityDiscovery::warmUp()
{
    if (stopRequested())
        return finishRun();
    // A server that fails every job sent one at a time fails the levels too: no need to wait
    // out more. (One that fails some of them has an error rate, worth counting.)
    const bool allFailed = m_result.baseline.latenciesUs.isEmpty() && m_result.baseline.failed >= kWarmUpFailures;
    if (m_warmUpSent >= m_config.baselineJobs || allFailed) {
        m_planner.setBackgroundFailures(m_result.baseline.failed > 0);
        std::sort(m_result.baseline.latenciesUs.begin(), m_result.baseline.latenciesUs.end());
        return scheduleAttempt();
    }
    // One at a time, so that nothing waits: the spread of these is the server's own.
    Q_EMIT warmUpProgress(m_warmUpSent + 1, m_config.baselineJobs);
    m_jobIds.append(m_engine->submit(jobRequest(m_profile, m_warmUpSent, 1, 0),
                                     [this](const RequestOutcome &o) { onWarmUpJobDone(o); }));
    ++m_warmUpSent;
}

void CapacityDiscovery::onWarmUpJobDone(const RequestOutcome &o)
{
    m_jobIds.removeOne(o.id);
    if (o.ok()) {
        m_result.baseline.latenciesUs.append(o.finishedUs - o.startedUs);
        m_createdBodies.append(o.body);
    } else if (o.outcome != OutcomeClass::Cancelled) {
        ++m_result.baseline.failed;
    }
    // Each job is deleted before the next: on a server of capacity 1 a job left behind would
    // turn the next away.
    m_step = StepResult();
    cleanup([this] {
        if (m_step.cleanupFailed > 0) {
            stopWith(StopReason::CleanupFailing, tr("a cleanup after a warm-up job failed: %1").arg(m_cleanupError));
            return finishRun();
        }
        if (stopRequested())
            return finishRun();
        warmUp();
    });
}

void CapacityDiscovery::scheduleAttempt()
{
    // Queued: we are inside an engine callback, and the attempt may replace the engine.
    QMetaObject::invokeMethod(this, &CapacityDiscovery::runAttempt, Qt::QueuedConnection);
}

void CapacityDiscovery::runAttempt()
{
    if (stopRequested())
        return finishRun();
    const int level = m_planner.level();
    // A fresh engine for every attempt: connections kept alive from the attempt before would
    // count against a server that limits connections (Apache's mpm_event, uvicorn, gateways),
    // and a suite that opens fresh ones sees a different server.
    m_engine.reset();
    ensurePool(level);
    m_step = StepResult();
    m_step.index = int(m_result.steps.size());
    m_step.level = level;
    m_step.attempt = m_planner.attempt();
    m_step.startedAt = QDateTime::currentDateTimeUtc();
    m_latency.clear();
    m_queueWait.clear();
    m_jobsDone = 0;
    m_createdBodies.clear();
    m_jobIds.clear();
    m_fiberText.clear();
    m_okLatencies.clear();
    Q_EMIT attemptStarted(level, m_step.attempt);

    m_attemptStartUs = Clock::system()->nowUs();
    m_lastDoneUs = m_attemptStartUs;
    for (int i = 0; i < level; ++i)
        m_jobIds.append(m_engine->submit(jobRequest(m_profile, i, level, m_step.attempt),
                                         [this](const RequestOutcome &o) { onJobDone(o); }));
}

void CapacityDiscovery::onJobDone(const RequestOutcome &o)
{
    m_jobIds.removeOne(o.id);
    ++m_jobsDone;
    ++m_step.outcomes[size_t(o.outcome)];
    if (o.ok()) {
        ++m_step.ok;
        m_createdBodies.append(o.body);
        m_latency.record(o.finishedUs - o.startedUs);
        m_okLatencies.append(o.finishedUs - o.startedUs);
    } else {
        ++m_step.failed;
    }
    if (o.outcome == OutcomeClass::WaitingForFiber503 && m_fiberText.isEmpty())
        m_fiberText = serverMessage(o.body);
    for (const AttemptRecord &a : o.attempts) {
        if (a.timing.dispatchedUs)
            m_queueWait.record(a.timing.queueWaitUs());
        if (a.newConnections >= 0) {
            m_step.connectionsOpened = std::max(0, m_step.connectionsOpened) + a.newConnections;
            m_step.connectionsReused = std::max(0, m_step.connectionsReused) + (a.newConnections == 0 ? 1 : 0);
        }
    }
    m_lastDoneUs = std::max(m_lastDoneUs, o.finishedUs);
    if (m_jobIds.isEmpty())
        finishAttempt();
}

void CapacityDiscovery::finishAttempt()
{
    m_step.passed = m_step.failed == 0 && m_step.ok == m_step.level;
    m_step.p50Us = m_latency.quantileUs(0.5);
    m_step.p90Us = m_latency.quantileUs(0.9);
    m_step.p99Us = m_latency.quantileUs(0.99);
    m_step.maxUs = m_latency.maxUs();
    m_step.queueWaitP99Us = m_queueWait.quantileUs(0.99);
    m_step.wallUs = m_lastDoneUs - m_attemptStartUs;
    m_step.throughputRps = m_step.wallUs > 0 ? double(m_step.ok) * 1e6 / double(m_step.wallUs) : 0;
    m_step.breaker = m_engine->breaker()->state();
    m_step.latenciesUs = m_okLatencies;
    std::sort(m_step.latenciesUs.begin(), m_step.latenciesUs.end());
    m_step.servedAtOnce = assessLevel(m_step, m_result.baseline, m_config.saturation).servedAtOnce;

    cleanup([this] {
        const bool cancelledMidway
            = stopRequested() && m_step.ok + m_step.failed > 0 && m_step.outcomes[size_t(OutcomeClass::Cancelled)] > 0;
        if (!cancelledMidway) {
            // A step cut short by a cancel is not evidence about the level: keep it out.
            m_result.steps.append(m_step);
            m_planner.record(observeLevel(m_step, m_result.baseline, m_config.saturation, m_config.slo));
            Q_EMIT stepFinished(m_step);
        }
        if (m_step.outcomes[size_t(OutcomeClass::WaitingForFiber503)] > 0)
            stopWith(StopReason::WaitingForFiber, m_fiberText);
        const auto dominant = m_step.dominantFailure();
        if (!stopRequested() && !m_step.passed && dominant == OutcomeClass::RateLimited)
            return startRateSearch(m_step);
        stopIfCleanupsFailed();
        afterStep();
    });
}

void CapacityDiscovery::cleanup(std::function<void()> then)
{
    QList<HttpRequestSpec> requests;
    for (const QByteArray &body : std::as_const(m_createdBodies)) {
        if (auto r = m_profile.cleanupRequest(body))
            requests.append(*r);
        else if (m_profile.cleanup.enabled)
            ++m_step.cleanupFailed; // created, but its answer names no id to delete
    }
    m_createdBodies.clear();
    if (m_step.cleanupFailed > 0)
        m_cleanupError = tr("an answer named no job id in \"%1\"").arg(m_profile.job.idField);
    if (requests.isEmpty()) {
        then();
        return;
    }
    auto pending = std::make_shared<int>(int(requests.size()));
    auto done = std::make_shared<std::function<void()>>(std::move(then));
    for (const HttpRequestSpec &r : std::as_const(requests)) {
        m_engine->submit(r, [this, pending, done](const RequestOutcome &o) {
            if (o.ok()) {
                ++m_step.cleanedUp;
            } else {
                ++m_step.cleanupFailed;
                m_cleanupError = o.httpStatus
                    ? tr("%1 %2 answered HTTP %3")
                          .arg(QString::fromLatin1(m_profile.cleanup.method), m_profile.cleanup.path)
                          .arg(o.httpStatus)
                    : o.errorText;
            }
            if (--*pending == 0)
                (*done)();
        });
    }
}

void CapacityDiscovery::stopIfCleanupsFailed()
{
    if (m_step.cleanupFailed > 0)
        stopWith(StopReason::CleanupFailing,
                 tr("%1 of %2 cleanups failed; the last: %3")
                     .arg(m_step.cleanupFailed)
                     .arg(m_step.cleanupFailed + m_step.cleanedUp)
                     .arg(m_cleanupError));
}

void CapacityDiscovery::afterStep()
{
    if (stopRequested() || m_planner.done())
        return finishRun();
    m_wait.disconnect(this);
    connect(&m_wait, &QTimer::timeout, this, [this] { checkHealth(false); });
    m_wait.start(m_config.cooldownMs);
}

void CapacityDiscovery::checkHealth(bool afterPause)
{
    HttpRequestSpec health;
    health.url = m_profile.url(m_profile.healthPath);
    m_healthId = m_engine->submit(health, [this, afterPause](const RequestOutcome &h) {
        m_healthId = 0;
        if (stopRequested())
            return finishRun();
        if (h.ok()) {
            m_unhealthySince.invalidate();
            if (afterPause)
                Q_EMIT resumed();
            return scheduleAttempt();
        }
        const QString why = h.httpStatus
            ? tr("health check answered HTTP %1 (%2)").arg(h.httpStatus).arg(serverMessage(h.body))
            : tr("health check failed: %1").arg(h.errorText);
        if (!m_unhealthySince.isValid())
            m_unhealthySince.start();
        else if (isTransportFailure(h.outcome) && m_config.unreachableLimitMs > 0
                 && m_unhealthySince.elapsed() >= m_config.unreachableLimitMs) {
            stopWith(StopReason::TargetUnreachable, why);
            return finishRun();
        } else if (m_config.unhealthyLimitMs > 0 && m_unhealthySince.elapsed() >= m_config.unhealthyLimitMs) {
            stopWith(StopReason::TargetUnhealthy, why);
            return finishRun();
        }
        Q_EMIT paused(why);
        m_wait.disconnect(this);
        connect(&m_wait, &QTimer::timeout, this, [this] { checkHealth(true); });
        m_wait.start(m_config.healthRetryMs);
    });
}

void CapacityDiscovery::startRateSearch(const StepResult &burst)
{
    // 429 depends on how closely jobs arrive, not on how many are in flight: more concurrent
    // levels would only measure the bucket's burst. Pace instead, with more jobs than the burst
    // let through, so that the bucket's burst cannot pass a trial on its own.
    m_planner.stop(StopReason::RateLimited);
    m_trial = RateTrial();
    m_trial.jobs = 20;
    // What the burst let through is the bucket's size: each trial first empties it with as many
    // jobs at once (not counted), so that its stored tokens cannot carry a pace above the rate.
    m_drainJobs = std::clamp(burst.ok + 1, 1, 200);
    scheduleRateTrial();
}

std::optional<double> CapacityDiscovery::nextRate() const
{
    if (int(m_result.rateTrials.size()) >= kMaxRateTrials)
        return std::nullopt;
    if (m_result.rateTrials.isEmpty())
        return kFirstRate;
    if (m_ratePassed == 0)
        return m_rateFailed / 2 >= kMinRate ? std::optional<double>(m_rateFailed / 2) : std::nullopt;
    if (m_rateFailed == 0)
        return m_ratePassed * 2 <= kMaxRate ? std::optional<double>(m_ratePassed * 2) : std::nullopt;
    if (m_rateFailed / m_ratePassed <= kRatePrecision)
        return std::nullopt;
    return std::sqrt(m_rateFailed * m_ratePassed);
}

void CapacityDiscovery::scheduleRateTrial()
{
    if (stopRequested())
        return finishRun();
    const auto rate = m_repeatRate ? m_repeatRate : nextRate();
    m_repeatRate.reset();
    if (!rate) {
        if (m_ratePassed > 0)
            m_result.rateLimitPerS = m_ratePassed;
        return finishRun();
    }
    m_trial.ratePerS = *rate;
    m_trial.ok = m_trial.rateLimited = 0;
    m_trialSent = 0;
    m_step = StepResult(); // cleanups count here
    m_wait.disconnect(this);
    connect(&m_wait, &QTimer::timeout, this, [this] {
        Q_EMIT rateTrialStarted(m_trial.ratePerS, m_trial.jobs);
        m_pacedSends.clear();
        for (int i = 0; i < m_drainJobs; ++i)
            m_jobIds.append(m_engine->submit(jobRequest(m_profile, i, m_drainJobs, 0), [this](const RequestOutcome &o) {
                m_jobIds.removeOne(o.id);
                if (o.ok())
                    m_createdBodies.append(o.body);
                if (m_jobIds.isEmpty() && !m_pace.isActive() && (m_trialSent > 0 || stopRequested()))
                    finishRateTrial();
            }));
        m_trialClock.start();
        m_pace.start(int(1000 / m_trial.ratePerS) + 1); // the first paced job one gap after them
    });
    m_wait.start(std::max(m_config.cooldownMs, kRefillMs));
}

void CapacityDiscovery::sendPacedJob()
{
    const qint64 nowUs = m_trialClock.nsecsElapsed() / 1000;
    if (m_trialSent == 0)
        m_firstPacedUs = nowUs;
    m_lastPacedUs = nowUs;
    m_jobIds.append(m_engine->submit(jobRequest(m_profile, m_trialSent, m_trial.jobs, 0),
                                     [this](const RequestOutcome &o) { onPacedJobDone(o); }));
    if (++m_trialSent >= m_trial.jobs)
        return;
    // Never closer than the pace after the previous one (a late timer does not bunch the next
    // two together): a token bucket decides on the gap between arrivals.
    const qint64 gapUs = qint64(1e6 / m_trial.ratePerS);
    const qint64 dueUs = nowUs + gapUs;
    m_pace.start(int((dueUs - m_trialClock.nsecsElapsed() / 1000 + 999) / 1000));
}

void CapacityDiscovery::onPacedJobDone(const RequestOutcome &o)
{
    m_jobIds.removeOne(o.id);
    if (!o.attempts.isEmpty() && o.attempts.constLast().timing.sentUs > 0)
        m_pacedSends.push_back({ o.attempts.constLast().timing.sentUs, o.outcome == OutcomeClass::RateLimited });
    if (o.ok()) {
        ++m_trial.ok;
        m_createdBodies.append(o.body);
    } else if (o.outcome == OutcomeClass::RateLimited) {
        ++m_trial.rateLimited;
    }
    if (m_jobIds.isEmpty() && !m_pace.isActive())
        finishRateTrial();
}

void CapacityDiscovery::finishRateTrial()
{
    const double asked = m_trial.ratePerS;
    const bool bunched = m_trial.rateLimited > 0 && rejectionsWereBunched(m_pacedSends, m_trial.ratePerS);
    // The pace achieved, not the one asked for: timers round up to whole milliseconds.
    if (m_trialSent > 1 && m_lastPacedUs > m_firstPacedUs)
        m_trial.ratePerS = double(m_trialSent - 1) * 1e6 / double(m_lastPacedUs - m_firstPacedUs);
    cleanup([this, asked, bunched] {
        if (!stopRequested() && bunched && m_trialRepeats < kMaxTrialRepeats) {
            // Not the server's verdict on this rate: ask it again.
            ++m_trialRepeats;
            m_repeatRate = asked;
            stopIfCleanupsFailed();
            return scheduleRateTrial();
        }
        m_trialRepeats = 0;
        // A trial cut short by a stop says nothing about its rate.
        if (!stopRequested()) {
            m_result.rateTrials.append(m_trial);
            if (m_trial.passed())
                m_ratePassed = std::max(m_ratePassed, m_trial.ratePerS);
            else
                m_rateFailed = m_rateFailed == 0 ? m_trial.ratePerS : std::min(m_rateFailed, m_trial.ratePerS);
            Q_EMIT rateTrialFinished(m_trial);
        }
        stopIfCleanupsFailed();
        scheduleRateTrial();
    });
}

void CapacityDiscovery::finishRun()
{
    if (!m_running)
        return;
    m_running = false;
    m_budget.stop();
    m_wait.stop();
    m_pace.stop();
    m_stopGrace.stop();
    if (m_stopReason)
        m_planner.stop(*m_stopReason);
    if (m_ratePassed > 0)
        m_result.rateLimitPerS = m_ratePassed; // also when a stop cut the search short
    m_result.capacity = m_planner.capacity();
    m_result.stopReason = m_planner.reason();
    m_result.stopDetail = m_stopDetail;
    if (m_result.stopReason == StopReason::MaxLevelReached && m_clientMaxLevel < m_config.maxLevel) {
        m_result.stopReason = StopReason::ClientLimit;
        m_result.stopDetail
            = tr("Fathom can open %1 connections at once here: the descriptor limit (ulimit -n) is %2 and %3 "
                 "descriptors are in use or kept in reserve. Raise the limit (ulimit -n %4, or more) to try higher "
                 "levels.")
                  .arg(m_clientMaxLevel)
                  .arg(m_descriptors.soft)
                  .arg(m_descriptors.open + DescriptorLimit::kReserved)
                  .arg(m_config.maxLevel + m_descriptors.open + DescriptorLimit::kReserved);
    }
    QSet<int> levels;
    for (const StepResult &s : std::as_const(m_result.steps))
        levels.insert(s.level);
    m_result.levelsTried = int(levels.size());
    m_result.attempts = int(m_result.steps.size());
    m_result.assess();
    m_result.finishedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT finished(m_result);
}

} // namespace fathom
