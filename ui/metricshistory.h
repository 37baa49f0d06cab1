#pragma once

#include "network/metricssnapshot.h"
#include "ui/runorigin.h"

#include <QObject>

#include <deque>
#include <optional>

namespace fathom {

/// One instant of the engine, derived from two consecutive snapshots: gauges as they were,
/// rates and percentiles over the interval between them.
struct MetricsPoint
{
    double tSeconds = 0; ///< since the history started
    int inFlight = 0;
    int queued = 0;
    int poolSize = 0;
    BreakerState breaker = BreakerState::Closed;
    double overloadedPerSecond = 0; ///< 503 overloaded
    double fiberPerSecond = 0; ///< 503 waiting for fibre
    double timeoutsPerSecond = 0; ///< connect, request and pool-wait timeouts
    double otherErrorsPerSecond = 0; ///< every other failure
    double okPerSecond = 0;
    double p50Ms = 0, p90Ms = 0, p99Ms = 0; ///< answered attempts in the interval; 0 when none
};

/// The time series behind the live charts: points built from the engine's snapshots, bounded
/// (older points are thinned, never unbounded), plus the latest cumulative histograms. Lives
/// in the GUI thread; fed at the snapshot rate, never per request.
class MetricsHistory : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPoints = 36'000; ///< 1 hour at 10 Hz before thinning

    explicit MetricsHistory(QObject *parent = nullptr);

    void append(const MetricsSnapshot &snapshot);
    void clear();
    /// Starts a new segment (a new engine): the next snapshot is not differenced against the old one.
    void restartSegment();
    /// The run the points come from (clear() forgets it).
    void setOrigin(const RunOrigin &origin);
    const RunOrigin &origin() const { return m_origin; }

    const std::deque<MetricsPoint> &points() const { return m_points; }
    const MetricsSnapshot &latest() const { return m_latest; }
    /// Breaker transitions seen, as (time, new state).
    const QList<QPair<double, BreakerState>> &breakerChanges() const { return m_breakerChanges; }

Q_SIGNALS:
    void changed();

private:
    std::deque<MetricsPoint> m_points;
    MetricsSnapshot m_latest;
    std::optional<MetricsSnapshot> m_previous;
    std::optional<qint64> m_originUs; ///< the first snapshot's time, per segment
    double m_segmentOffset = 0;
    QList<QPair<double, BreakerState>> m_breakerChanges;
    RunOrigin m_origin;
};

} // namespace fathom
