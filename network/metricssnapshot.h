#pragma once

#include "network/circuitbreaker.h"
#include "network/latencyhistogram.h"
#include "network/outcome.h"

#include <QDateTime>
#include <QMetaType>

#include <array>
#include <memory>
#include <vector>

namespace fathom {

using OutcomeCounts = std::array<quint64, OutcomeClassCount>;

/// Counts of attempt outcomes that ended within one second.
struct SecondCounts
{
    qint64 secondUs = 0; ///< start of the second, Clock::nowUs() truncated to whole seconds
    std::array<quint32, OutcomeClassCount> counts {};
};

/// The engine's gauges at one instant.
struct PoolGauges
{
    int poolSize = 0; ///< connection slots (lanes × 6)
    int inFlight = 0; ///< dispatched, not yet finished
    int queued = 0; ///< waiting in Fathom's queue for a slot, a concurrency permit or a rate token
    int waitingForBackoff = 0; ///< between attempts
    int waitingForToken = 0; ///< waiting for an access token
    int concurrencyLimit = 0; ///< 0 when off
    double rateLimitPerSecond = 0; ///< 0 when off
};

struct MetricsData
{
    qint64 atUs = 0;
    QDateTime atUtc;
    PoolGauges gauges;
    BreakerState breaker = BreakerState::Closed;
    int breakerConsecutiveFailures = 0;
    quint64 submitted = 0;
    quint64 completed = 0;
    OutcomeCounts attemptTotals {}; ///< every attempt, by class
    OutcomeCounts finalTotals {}; ///< every finished request, by its final class
    std::vector<SecondCounts> perSecond; ///< oldest first; bounded (MetricsAggregator::kSecondsKept)
    LatencyHistogram latency; ///< attempts answered with success (2xx): dispatch → finished
    /// Attempts answered with a refusal or an error (503, 429, other 5xx and 4xx, 3xx): dispatch
    /// → finished. Kept apart: a 503 in 1 ms is not a fast job.
    LatencyHistogram rejected;
    LatencyHistogram queueWait; ///< every dispatched attempt: queued → dispatched
    LatencyHistogram failureTime; ///< attempts that ended without an answer: dispatch (or queue) → failure
};

/// An immutable, cheaply copied view of the engine's metrics; safe to pass between threads.
class MetricsSnapshot
{
public:
    MetricsSnapshot()
        : m_data(std::make_shared<const MetricsData>())
    {
    }
    explicit MetricsSnapshot(std::shared_ptr<const MetricsData> data)
        : m_data(std::move(data))
    {
    }
    const MetricsData &data() const { return *m_data; }
    const MetricsData *operator->() const { return m_data.get(); }

private:
    std::shared_ptr<const MetricsData> m_data;
};

} // namespace fathom

Q_DECLARE_METATYPE(fathom::MetricsSnapshot)
