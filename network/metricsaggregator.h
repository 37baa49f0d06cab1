#pragma once

#include "network/metricssnapshot.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace fathom {

/// Collects per-attempt facts into fixed-size structures and publishes a MetricsSnapshot at a
/// fixed rate (10 Hz by default), never one signal per request. Memory does not grow with the
/// number of requests. Lives in, and is fed from, the engine's thread.
class MetricsAggregator : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSecondsKept = 600;

    explicit MetricsAggregator(Clock *clock = Clock::system(), QObject *parent = nullptr);

    void recordSubmitted() { ++m_data.submitted; }
    void recordAttempt(const AttemptRecord &attempt);
    void recordFinal(const RequestOutcome &outcome);
    /// Called at each snapshot to read the live gauges and breaker state.
    void setGaugeSource(std::function<void(MetricsData &)> source) { m_gaugeSource = std::move(source); }

    /// Starts publishing every `intervalMs` (default 100 ms = 10 Hz).
    void start(int intervalMs = 100);
    void stop();
    void reset();

    /// A snapshot of the current state, built now.
    MetricsSnapshot snapshot();

Q_SIGNALS:
    void published(const fathom::MetricsSnapshot &snapshot);

private:
    SecondCounts &secondFor(qint64 us);

    Clock *m_clock;
    QTimer m_timer;
    MetricsData m_data;
    std::function<void(MetricsData &)> m_gaugeSource;
};

} // namespace fathom
