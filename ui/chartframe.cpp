#include "ui/chartframe.h"

#include "report/roundscale.h"

#include <algorithm>
#include <cmath>

namespace fathom {

int breakerSeverity(BreakerState state)
{
    return state == BreakerState::Open ? 2 : state == BreakerState::HalfOpen ? 1 : 0;
}

ChartFrame chartFrame(const std::deque<MetricsPoint> &points, const MetricsData &latest, int windowSeconds,
                      int maxPoints)
{
    ChartFrame f;
    const auto &all = points;
    const double tEnd = all.empty() ? 0 : all.back().tSeconds;
    const double tFirst = all.empty() ? 0 : all.front().tSeconds;
    // The time axis moves in steps (a twelfth of the window), not on every refresh: laying out
    // its labels again is a large part of a refresh's cost.
    f.axisStart = tFirst;
    f.axisEnd = std::max(tFirst + 1, tEnd);
    if (windowSeconds > 0) {
        const double step = windowSeconds / 12.0;
        f.axisEnd = std::max(double(windowSeconds), std::ceil(tEnd / step) * step);
        f.axisStart = f.axisEnd - windowSeconds;
    } else {
        f.axisEnd = tFirst + niceCeiling(std::max(1.0, tEnd - tFirst));
    }
    const size_t first = size_t(std::lower_bound(all.begin(), all.end(), f.axisStart,
                                                 [](const MetricsPoint &p, double t) { return p.tSeconds < t; })
                                - all.begin());
    const size_t n = all.size() - first;
    // Beyond maxPoints, neighbours are merged keeping each value's peak, so a one-interval
    // burst of 503s or a short breaker trip stays visible.
    const size_t most = size_t(std::max(1, maxPoints));
    const size_t bucket = std::max<size_t>(1, (n + most - 1) / most);

    // Buckets aligned to the history's own indices, so they do not shift (and shimmer) as the
    // window slides by one point per refresh.
    for (size_t i = first - first % bucket; i < all.size(); i += bucket) {
        MetricsPoint p = all[i];
        for (size_t j = i + 1; j < std::min(all.size(), i + bucket); ++j) {
            const MetricsPoint &q = all[j];
            p.tSeconds = q.tSeconds;
            p.inFlight = std::max(p.inFlight, q.inFlight);
            p.queued = std::max(p.queued, q.queued);
            p.poolSize = std::max(p.poolSize, q.poolSize);
            p.breaker = std::max(p.breaker, q.breaker, [](BreakerState a, BreakerState b) {
                return breakerSeverity(a) < breakerSeverity(b);
            });
            p.overloadedPerSecond = std::max(p.overloadedPerSecond, q.overloadedPerSecond);
            p.fiberPerSecond = std::max(p.fiberPerSecond, q.fiberPerSecond);
            p.timeoutsPerSecond = std::max(p.timeoutsPerSecond, q.timeoutsPerSecond);
            p.otherErrorsPerSecond = std::max(p.otherErrorsPerSecond, q.otherErrorsPerSecond);
            p.p50Ms = std::max(p.p50Ms, q.p50Ms);
            p.p90Ms = std::max(p.p90Ms, q.p90Ms);
            p.p99Ms = std::max(p.p99Ms, q.p99Ms);
        }
        const double t = p.tSeconds;
        f.inFlight.append({ t, double(p.inFlight) });
        f.queued.append({ t, double(p.queued) });
        f.poolSize.append({ t, double(p.poolSize) });
        const double state = breakerSeverity(p.breaker);
        if (!f.breaker.isEmpty() && f.breaker.last().y() != state)
            f.breaker.append({ t, f.breaker.last().y() }); // a step, not a slope
        f.breaker.append({ t, state });
        f.base.append({ t, 0 });
        f.overloaded.append({ t, p.overloadedPerSecond });
        f.fiberTop.append({ t, p.overloadedPerSecond + p.fiberPerSecond });
        f.timeouts.append({ t, p.timeoutsPerSecond });
        f.others.append({ t, p.otherErrorsPerSecond });
        if (p.p50Ms > 0) {
            f.p50.append({ t, p.p50Ms });
            f.p90.append({ t, p.p90Ms });
            f.p99.append({ t, p.p99Ms });
        }
        f.maxPool = std::max({ f.maxPool, double(p.inFlight), double(p.queued), double(p.poolSize) });
        f.maxRate = std::max(
            { f.maxRate, p.overloadedPerSecond + p.fiberPerSecond, p.timeoutsPerSecond, p.otherErrorsPerSecond });
        f.maxLatency = std::max(f.maxLatency, p.p99Ms);
    }

    // Histogram of the whole run from the latest cumulative snapshot.
    const MetricsData &d = latest;
    const auto byBucket = [](const LatencyHistogram &h) {
        QList<double> counts(kHistogramBucketEdgesMs.size() + 1, 0);
        for (int b = 0; b < LatencyHistogram::kBuckets; ++b) {
            const quint64 c = h.bucketCount(b);
            if (!c)
                continue;
            const double ms = double(LatencyHistogram::bucketMiddleUs(b)) / 1000.0;
            const auto it = std::lower_bound(kHistogramBucketEdgesMs.begin(), kHistogramBucketEdgesMs.end(), ms);
            counts[int(it - kHistogramBucketEdgesMs.begin())] += double(c);
        }
        return counts;
    };
    f.answered = byBucket(d.latency);
    f.rejected = byBucket(d.rejected);
    f.failed = byBucket(d.failureTime);
    return f;
}

} // namespace fathom
