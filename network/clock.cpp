#include "network/clock.h"

#include <chrono>

namespace fathom {

qint64 SteadyClock::nowUs() const
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

QDateTime SteadyClock::utcNow() const
{
    return QDateTime::currentDateTimeUtc();
}

Clock *Clock::system()
{
    static SteadyClock clock;
    return &clock;
}

} // namespace fathom
