#include "network/tokenbucket.h"

#include <algorithm>
#include <cmath>

namespace fathom {

TokenBucket::TokenBucket(double ratePerSecond, double burst, qint64 nowUs)
    : m_rate(std::max(ratePerSecond, 1e-6))
    , m_burst(std::max(burst, 1.0))
    , m_tokens(m_burst)
    , m_lastUs(nowUs)
{
}

void TokenBucket::refill(qint64 nowUs)
{
    if (nowUs > m_lastUs) {
        m_tokens = std::min(m_burst, m_tokens + double(nowUs - m_lastUs) * m_rate / 1e6);
        m_lastUs = nowUs;
    }
}

qint64 TokenBucket::tryTake(qint64 nowUs)
{
    refill(nowUs);
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return 0;
    }
    return std::max<qint64>(1, qint64(std::ceil((1.0 - m_tokens) * 1e6 / m_rate)));
}

double TokenBucket::available(qint64 nowUs)
{
    refill(nowUs);
    return m_tokens;
}

} // namespace fathom
