#pragma once

#include <QtGlobal>

#include <array>

namespace fathom {

/// A log-bucketed histogram of durations with fixed memory (~25 KiB) whatever the number of
/// samples. Buckets grow by 0.5% from 100 µs to 10 min, so any quantile read back is within
/// 0.25% of the true sample value (the bucket's geometric middle is returned): 0.13 ms at 50 ms,
/// finer than a tool that reports whole milliseconds. (Below ~200 µs a bucket is narrower than
/// the microseconds recorded, so some stay empty.) Values below the range
/// land in an underflow bucket (reported as 100 µs), above it in an overflow bucket (10 min).
class LatencyHistogram
{
public:
    static constexpr qint64 kMinUs = 100;
    static constexpr qint64 kMaxUs = 600'000'000;
    static constexpr double kGrowth = 1.005;
    static constexpr int kBuckets
        = 3132; // underflow + 3130 log buckets (ln(kMaxUs / kMinUs) / ln(kGrowth) = 3129.3) + overflow

    void record(qint64 us);
    void merge(const LatencyHistogram &other);
    void clear();

    quint64 count() const { return m_count; }
    qint64 minUs() const { return m_count ? m_min : 0; }
    qint64 maxUs() const { return m_count ? m_max : 0; }
    double meanUs() const { return m_count ? double(m_sumUs) / double(m_count) : 0.0; }
    /// q in [0, 1]; 0 when empty.
    qint64 quantileUs(double q) const;

    static int bucketOf(qint64 us);
    static qint64 bucketLowerUs(int bucket);
    static qint64 bucketUpperUs(int bucket);
    static qint64 bucketMiddleUs(int bucket);
    quint64 bucketCount(int bucket) const { return m_buckets[size_t(bucket)]; }

private:
    std::array<quint64, kBuckets> m_buckets {};
    quint64 m_count = 0;
    qint64 m_min = 0;
    qint64 m_max = 0;
    qint64 m_sumUs = 0;
};

} // namespace fathom
