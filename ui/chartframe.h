#pragma once

#include "network/metricssnapshot.h"
#include "ui/metricshistory.h"

#include <QList>
#include <QPointF>

#include <deque>

namespace fathom {

/// Points drawn per series: about one per two pixels of a chart. Each refresh recomputes every
/// series, so this bounds its cost (docs/dashboard.md; fathom-bench-gui measures it).
inline constexpr int kMaxDrawnPoints = 300;

/// The latency histogram's display buckets (upper bounds in ms): coarse, log-spaced; one more
/// bucket above the last.
inline const QList<double> kHistogramBucketEdgesMs
    = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 30000, 60000 };

/// The breaker band's height: closed 0, half-open 1, open 2.
int breakerSeverity(BreakerState state);

/// What one refresh of the live charts draws, worked out from the history as a value (in the
/// spirit of heaptrack's ChartData): the widget only hands it to its series.
struct ChartFrame
{
    QList<QPointF> inFlight, queued, poolSize, breaker, base, overloaded, fiberTop, timeouts, others, p50, p90, p99;
    double maxPool = 1, maxRate = 1, maxLatency = 1;
    double axisStart = 0, axisEnd = 1;
    /// Per display bucket: attempts answered with success, answered with a refusal or an
    /// error, and ended without an answer (timeouts, connection errors), by their time.
    QList<double> answered, rejected, failed;
};

/// The frame for `points` (oldest first) and the run's cumulative histograms in `latest`: the
/// last `windowSeconds` (0: the whole run, on a round axis), the time axis moving in steps of a
/// twelfth of the window, at most about `maxPoints` per series — neighbours merged keeping each
/// value's peak, so a short burst of 503s or a breaker trip stays visible.
ChartFrame chartFrame(const std::deque<MetricsPoint> &points, const MetricsData &latest, int windowSeconds,
                      int maxPoints = kMaxDrawnPoints);

} // namespace fathom
