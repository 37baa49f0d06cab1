#include "ui/metricshistory.h"

namespace fathom {

namespace {

/// Quantile of the samples recorded between two cumulative histograms.
double intervalQuantileMs(const LatencyHistogram &now, const LatencyHistogram &before, double q)
{
    const quint64 total = now.count() - before.count();
    if (total == 0)
        return 0;
    const quint64 rank = std::max<quint64>(1, quint64(std::ceil(q * double(total))));
    quint64 seen = 0;
    for (int b = 0; b < LatencyHistogram::kBuckets; ++b) {
        seen += now.bucketCount(b) - before.bucketCount(b);
        if (seen >= rank)
            return double(LatencyHistogram::bucketMiddleUs(b)) / 1000.0;
    }
    return double(now.maxUs()) / 1000.0;
}

} // namespace

MetricsHistory::MetricsHistory(QObject *parent)
    : QObject(parent)
{
}

void MetricsHistory::clear()
{
    m_points.clear();
    m_previous.reset();
    m_latest = MetricsSnapshot();
    m_originUs.reset();
    m_segmentOffset = 0;
    m_breakerChanges.clear();
    m_origin = RunOrigin();
    Q_EMIT changed();
}

void MetricsHistory::setOrigin(const RunOrigin &origin)
{
    m_origin = origin;
    Q_EMIT changed();
}

void MetricsHistory::restartSegment()
{
    m_previous.reset();
    m_segmentOffset = m_points.empty() ? 0 : m_points.back().tSeconds;
    m_originUs.reset();
}

void MetricsHistory::append(const MetricsSnapshot &s)
{
    m_latest = s;
    if (!m_originUs) // the engine's clock may start at 0
        m_originUs = s->atUs;
    MetricsPoint p;
    p.tSeconds = m_segmentOffset + double(s->atUs - *m_originUs) / 1e6;
    p.inFlight = s->gauges.inFlight;
    p.queued = s->gauges.queued;
    p.poolSize = s->gauges.poolSize;
    p.breaker = s->breaker;
    if (m_previous) {
        const MetricsData &a = m_previous->data();
        const double dt = std::max(1e-3, double(s->atUs - a.atUs) / 1e6);
        auto rate
            = [&](OutcomeClass c) { return double(s->attemptTotals[size_t(c)] - a.attemptTotals[size_t(c)]) / dt; };
        p.okPerSecond = rate(OutcomeClass::Ok);
        p.overloadedPerSecond = rate(OutcomeClass::Overloaded503);
        p.fiberPerSecond = rate(OutcomeClass::WaitingForFiber503);
        p.timeoutsPerSecond = rate(OutcomeClass::ConnectTimeout) + rate(OutcomeClass::RequestTimeout)
            + rate(OutcomeClass::PoolWaitTimeout);
        double all = 0;
        for (OutcomeClass c : allOutcomeClasses())
            all += rate(c);
        p.otherErrorsPerSecond = std::max(0.0,
                                          all - p.okPerSecond - p.overloadedPerSecond - p.fiberPerSecond
                                              - p.timeoutsPerSecond - rate(OutcomeClass::Cancelled));
        p.p50Ms = intervalQuantileMs(s->latency, a.latency, 0.5);
        p.p90Ms = intervalQuantileMs(s->latency, a.latency, 0.9);
        p.p99Ms = intervalQuantileMs(s->latency, a.latency, 0.99);
        if (a.breaker != s->breaker)
            m_breakerChanges.append({ p.tSeconds, s->breaker });
    }
    m_previous = s;
    m_points.push_back(p);
    if (int(m_points.size()) > kMaxPoints) {
        // Thin the older half: every second point goes, so memory stays bounded and the
        // recent past keeps full resolution.
        std::deque<MetricsPoint> thinned;
        const size_t half = m_points.size() / 2;
        for (size_t i = 0; i < m_points.size(); ++i) {
            if (i >= half || i % 2 == 0)
                thinned.push_back(m_points[i]);
        }
        m_points.swap(thinned);
    }
    Q_EMIT changed();
}

} // namespace fathom
