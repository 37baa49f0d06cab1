#include "network/circuitbreaker.h"

#include <QCoreApplication>

namespace fathom {

namespace {
constexpr int kMaxRecordedTransitions = 1000; // bounded memory over long runs
}

QString breakerStateId(BreakerState s)
{
    switch (s) {
    case BreakerState::Closed:
        return QStringLiteral("CLOSED");
    case BreakerState::Open:
        return QStringLiteral("OPEN");
    case BreakerState::HalfOpen:
        return QStringLiteral("HALF_OPEN");
    }
    return {};
}

QString breakerStateWords(BreakerState s)
{
    switch (s) {
    case BreakerState::Closed:
        return QCoreApplication::translate("fathom::CircuitBreaker", "closed");
    case BreakerState::Open:
        return QCoreApplication::translate("fathom::CircuitBreaker", "open: calls stopped");
    case BreakerState::HalfOpen:
        return QCoreApplication::translate("fathom::CircuitBreaker", "half-open: trying");
    }
    return {};
}

QSet<OutcomeClass> BreakerConfig::defaultFailureOutcomes()
{
    return { OutcomeClass::ConnectTimeout,  OutcomeClass::RequestTimeout, OutcomeClass::ConnectionRefused,
             OutcomeClass::ConnectionReset, OutcomeClass::DnsFailure,     OutcomeClass::TlsError };
}

CircuitBreaker::CircuitBreaker(BreakerConfig config, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{
}

bool CircuitBreaker::tryAcquire()
{
    QList<BreakerTransition> emitted;
    bool allowed = true;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_config.enabled)
            return true;
        refreshLocked(&emitted);
        switch (m_state) {
        case BreakerState::Closed:
            break;
        case BreakerState::Open:
            allowed = false;
            break;
        case BreakerState::HalfOpen:
            allowed = m_trialPermits < m_config.halfOpenTrialCalls;
            if (allowed)
                ++m_trialPermits;
            break;
        }
    }
    emitAll(emitted);
    return allowed;
}

void CircuitBreaker::onResult(OutcomeClass outcome)
{
    if (outcome == OutcomeClass::Cancelled || outcome == OutcomeClass::CircuitOpen) {
        release();
        return;
    }
    QList<BreakerTransition> emitted;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_config.enabled)
            return;
        const bool failure = m_config.failureOutcomes.contains(outcome);
        switch (m_state) {
        case BreakerState::Closed:
            if (m_config.mode == BreakerConfig::Mode::ConsecutiveFailures) {
                m_consecutiveFailures = failure ? m_consecutiveFailures + 1 : 0;
                if (m_consecutiveFailures >= m_config.failureThreshold)
                    moveTo(BreakerState::Open, tr("%n consecutive failures", nullptr, m_consecutiveFailures), &emitted);
            } else {
                m_consecutiveFailures = failure ? m_consecutiveFailures + 1 : 0;
                m_window.push_back(failure);
                while (int(m_window.size()) > m_config.windowSize)
                    m_window.pop_front();
                const double rate = failureRateLocked();
                if (int(m_window.size()) >= m_config.minimumCalls && rate >= m_config.failureRatePercent) {
                    moveTo(BreakerState::Open,
                           tr("failure rate %1% over the last %2 calls").arg(rate, 0, 'f', 1).arg(m_window.size()),
                           &emitted);
                }
            }
            break;
        case BreakerState::HalfOpen:
            if (failure) {
                moveTo(BreakerState::Open, tr("trial call failed (%1)").arg(outcomeId(outcome)), &emitted);
            } else if (++m_trialSuccesses >= m_config.halfOpenTrialCalls) {
                moveTo(BreakerState::Closed, tr("%n trial call(s) succeeded", nullptr, m_trialSuccesses), &emitted);
            }
            break;
        case BreakerState::Open:
            // A call admitted before the breaker opened finished late: it changes nothing.
            break;
        }
    }
    emitAll(emitted);
}

void CircuitBreaker::release()
{
    QMutexLocker lock(&m_mutex);
    if (m_state == BreakerState::HalfOpen && m_trialPermits > 0)
        --m_trialPermits;
}

BreakerState CircuitBreaker::state()
{
    QList<BreakerTransition> emitted;
    BreakerState s;
    {
        QMutexLocker lock(&m_mutex);
        refreshLocked(&emitted);
        s = m_state;
    }
    emitAll(emitted);
    return s;
}

BreakerConfig CircuitBreaker::config() const
{
    QMutexLocker lock(&m_mutex);
    return m_config;
}

void CircuitBreaker::setConfig(const BreakerConfig &config)
{
    {
        QMutexLocker lock(&m_mutex);
        m_config = config;
    }
    reset();
}

void CircuitBreaker::reset()
{
    QList<BreakerTransition> emitted;
    {
        QMutexLocker lock(&m_mutex);
        if (m_state != BreakerState::Closed)
            moveTo(BreakerState::Closed, tr("reset"), &emitted);
        m_consecutiveFailures = 0;
        m_window.clear();
    }
    emitAll(emitted);
}

QList<BreakerTransition> CircuitBreaker::transitions() const
{
    QMutexLocker lock(&m_mutex);
    return m_transitions;
}

int CircuitBreaker::consecutiveFailures() const
{
    QMutexLocker lock(&m_mutex);
    return m_consecutiveFailures;
}

bool CircuitBreaker::countsAsFailure(OutcomeClass outcome) const
{
    QMutexLocker lock(&m_mutex);
    return m_config.failureOutcomes.contains(outcome);
}

void CircuitBreaker::refreshLocked(QList<BreakerTransition> *emitted)
{
    if (m_state == BreakerState::Open && m_clock->nowUs() - m_openedAtUs >= m_config.openDurationMs * 1000)
        moveTo(BreakerState::HalfOpen, tr("open for %1 s").arg(m_config.openDurationMs / 1000.0), emitted);
}

double CircuitBreaker::failureRateLocked() const
{
    if (m_window.empty())
        return 0.0;
    const auto failures = std::count(m_window.begin(), m_window.end(), true);
    return 100.0 * double(failures) / double(m_window.size());
}

void CircuitBreaker::moveTo(BreakerState to, const QString &reason, QList<BreakerTransition> *emitted)
{
    BreakerTransition t { m_state, to, m_clock->nowUs(), m_clock->utcNow(), reason };
    m_state = to;
    m_trialPermits = 0;
    m_trialSuccesses = 0;
    if (to == BreakerState::Open)
        m_openedAtUs = t.atUs;
    if (to == BreakerState::Closed) {
        m_consecutiveFailures = 0;
        m_window.clear();
    }
    m_transitions.append(t);
    if (m_transitions.size() > kMaxRecordedTransitions)
        m_transitions.removeFirst();
    emitted->append(t);
}

void CircuitBreaker::emitAll(const QList<BreakerTransition> &emitted)
{
    for (const BreakerTransition &t : emitted)
        Q_EMIT transitioned(t);
}

} // namespace fathom
