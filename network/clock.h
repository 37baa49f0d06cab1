#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <atomic>

namespace fathom {

/// The source of time for everything whose behaviour depends on it (breaker, retries, token
/// expiry, rate limits, metrics buckets). Injected so tests advance time instead of sleeping.
/// Implementations must be thread-safe: lanes on worker threads read the same clock.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Monotonic time in microseconds since an arbitrary, fixed origin.
    virtual qint64 nowUs() const = 0;
    /// Wall-clock time in UTC, for event timestamps and HTTP-date parsing.
    virtual QDateTime utcNow() const = 0;

    qint64 nowMs() const { return nowUs() / 1000; }

    /// The process-wide real clock.
    static Clock *system();
};

/// The real clock: std::chrono::steady_clock and the system wall clock.
class SteadyClock final : public Clock
{
public:
    qint64 nowUs() const override;
    QDateTime utcNow() const override;
};

/// A clock that moves only when told to; for tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startUs = 1'000'000,
                         QDateTime wallStart = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC))
        : m_us(startUs)
        , m_wallStart(wallStart)
        , m_startUs(startUs)
    {
    }
    qint64 nowUs() const override { return m_us.load(); }
    QDateTime utcNow() const override { return m_wallStart.addMSecs((m_us.load() - m_startUs) / 1000); }
    void advanceMs(qint64 ms) { m_us += ms * 1000; }
    void advanceUs(qint64 us) { m_us += us; }

private:
    std::atomic<qint64> m_us;
    QDateTime m_wallStart;
    qint64 m_startUs;
};

} // namespace fathom
