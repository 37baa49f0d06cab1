#pragma once

#include "network/clock.h"
#include "network/outcome.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>

#include <deque>

namespace fathom {

enum class BreakerState : quint8
{
    Closed,
    Open,
    HalfOpen
};
QString breakerStateId(BreakerState s); ///< "CLOSED", "OPEN", "HALF_OPEN": for --json and files
/// The state in words, for people (translated): "closed", "open: calls stopped", …
QString breakerStateWords(BreakerState s);

struct BreakerConfig
{
    enum class Mode : quint8
    {
        ConsecutiveFailures, ///< open after `failureThreshold` failures in a row (the seed's breaker)
        FailureRate, ///< open when the failure rate over the last `windowSize` calls reaches `failureRatePercent`
    };
    bool enabled = true;
    Mode mode = Mode::ConsecutiveFailures;
    int failureThreshold = 5;
    int windowSize = 20;
    int minimumCalls = 10; ///< FailureRate mode: no decision before this many calls in the window
    double failureRatePercent = 50.0;
    qint64 openDurationMs = 60'000;
    int halfOpenTrialCalls = 1;
    QSet<OutcomeClass> failureOutcomes = defaultFailureOutcomes();

    /// Connection errors and timeouts, as the seed counted them.
    static QSet<OutcomeClass> defaultFailureOutcomes();
};

/// One state change, with the time it happened.
struct BreakerTransition
{
    BreakerState from = BreakerState::Closed;
    BreakerState to = BreakerState::Closed;
    qint64 atUs = 0; ///< Clock::nowUs()
    QDateTime atUtc;
    QString reason; ///< e.g. "5 consecutive failures"
};

/// CLOSED → OPEN → HALF_OPEN → CLOSED/OPEN. Thread-safe: every method may be called from any
/// thread. Time comes from the injected Clock; OPEN → HALF_OPEN happens on the first call (or
/// state() query) after the open duration, so no timer is needed.
class CircuitBreaker : public QObject
{
    Q_OBJECT
public:
    explicit CircuitBreaker(BreakerConfig config = {}, Clock *clock = Clock::system(), QObject *parent = nullptr);

    /// Asks to make a call. True: go ahead and report the result with onResult(). False: the
    /// breaker is OPEN (or HALF_OPEN with all trial calls taken): fail at once, no network.
    bool tryAcquire();
    /// Reports the outcome of a call that tryAcquire() allowed.
    void onResult(OutcomeClass outcome);
    /// Gives back a permission without a result (the call was cancelled before it ran).
    void release();

    BreakerState state();
    BreakerConfig config() const;
    void setConfig(const BreakerConfig &config); ///< also resets to CLOSED
    void reset();
    QList<BreakerTransition> transitions() const;
    int consecutiveFailures() const;
    bool countsAsFailure(OutcomeClass outcome) const;

Q_SIGNALS:
    /// Emitted (outside the internal lock) in the thread that caused the transition.
    void transitioned(const fathom::BreakerTransition &transition);

private:
    void moveTo(BreakerState to, const QString &reason, QList<BreakerTransition> *emitted);
    void refreshLocked(QList<BreakerTransition> *emitted);
    double failureRateLocked() const;
    void emitAll(const QList<BreakerTransition> &emitted);

    mutable QMutex m_mutex;
    BreakerConfig m_config;
    Clock *m_clock;
    BreakerState m_state = BreakerState::Closed;
    qint64 m_openedAtUs = 0;
    int m_consecutiveFailures = 0;
    std::deque<bool> m_window; ///< FailureRate mode: true = failure
    int m_trialPermits = 0; ///< HALF_OPEN: permits handed out
    int m_trialSuccesses = 0;
    QList<BreakerTransition> m_transitions;
};

} // namespace fathom

Q_DECLARE_METATYPE(fathom::BreakerTransition)
