#pragma once

#include <QtGlobal>

namespace fathom {

/// A requests-per-second limiter: `ratePerSecond` tokens a second, at most `burst` saved up.
/// Not thread-safe; the engine uses it from its own thread. Time is passed in (Clock::nowUs()).
class TokenBucket
{
public:
    TokenBucket(double ratePerSecond, double burst, qint64 nowUs);

    /// Takes one token if there is one and returns 0; otherwise returns the microseconds until
    /// one will be there (and takes nothing).
    qint64 tryTake(qint64 nowUs);
    double available(qint64 nowUs);
    double rate() const { return m_rate; }

private:
    void refill(qint64 nowUs);

    double m_rate;
    double m_burst;
    double m_tokens;
    qint64 m_lastUs;
};

} // namespace fathom
