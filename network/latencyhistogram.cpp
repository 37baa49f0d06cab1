#include "network/latencyhistogram.h"

#include <algorithm>
#include <cmath>

namespace fathom {

namespace {
const double kLogGrowth = std::log(LatencyHistogram::kGrowth);
}

int LatencyHistogram::bucketOf(qint64 us)
{
    if (us < kMinUs)
        return 0;
    if (us >= kMaxUs)
        return kBuckets - 1;
    const int b = 1 + int(std::log(double(us) / double(kMinUs)) / kLogGrowth);
    return std::clamp(b, 1, kBuckets - 2);
}

qint64 LatencyHistogram::bucketLowerUs(int bucket)
{
    if (bucket <= 0)
        return 0;
    return qint64(std::llround(double(kMinUs) * std::pow(kGrowth, bucket - 1)));
}

qint64 LatencyHistogram::bucketUpperUs(int bucket)
{
    if (bucket >= kBuckets - 1)
        return kMaxUs;
    return qint64(std::llround(double(kMinUs) * std::pow(kGrowth, bucket)));
}

qint64 LatencyHistogram::bucketMiddleUs(int bucket)
{
    if (bucket <= 0)
        return kMinUs;
    if (bucket >= kBuckets - 1)
        return kMaxUs;
    return qint64(std::llround(double(kMinUs) * std::pow(kGrowth, bucket - 0.5)));
}

void LatencyHistogram::record(qint64 us)
{
    us = std::max<qint64>(0, us);
    ++m_buckets[size_t(bucketOf(us))];
    m_min = m_count ? std::min(m_min, us) : us;
    m_max = m_count ? std::max(m_max, us) : us;
    m_sumUs += us;
    ++m_count;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    if (!other.m_count)
        return;
    for (int i = 0; i < kBuckets; ++i)
        m_buckets[size_t(i)] += other.m_buckets[size_t(i)];
    m_min = m_count ? std::min(m_min, other.m_min) : other.m_min;
    m_max = m_count ? std::max(m_max, other.m_max) : other.m_max;
    m_sumUs += other.m_sumUs;
    m_count += other.m_count;
}

void LatencyHistogram::clear()
{
    *this = LatencyHistogram();
}

qint64 LatencyHistogram::quantileUs(double q) const
{
    if (!m_count)
        return 0;
    q = std::clamp(q, 0.0, 1.0);
    const quint64 rank = std::max<quint64>(1, quint64(std::ceil(q * double(m_count))));
    quint64 seen = 0;
    for (int i = 0; i < kBuckets; ++i) {
        seen += m_buckets[size_t(i)];
        if (seen >= rank)
            return std::clamp(bucketMiddleUs(i), m_min, m_max);
    }
    return m_max;
}

} // namespace fathom
