#include "network/descriptorlimit.h"

#include <QDir>

#include <sys/resource.h>

#include <algorithm>
#include <climits>

namespace fathom {

int DescriptorLimit::connectionsAvailable() const
{
    const long long free = soft - open - kReserved;
    return int(std::clamp<long long>(free, 0, INT_MAX));
}

void raiseDescriptorLimit()
{
    rlimit l {};
    if (getrlimit(RLIMIT_NOFILE, &l) == 0 && l.rlim_cur < l.rlim_max) {
        l.rlim_cur = l.rlim_max;
        setrlimit(RLIMIT_NOFILE, &l); // where not allowed, the soft limit stays as it was
    }
}

DescriptorLimit descriptorLimit()
{
    DescriptorLimit d;
    rlimit l {};
    if (getrlimit(RLIMIT_NOFILE, &l) == 0) {
        d.soft = l.rlim_cur == RLIM_INFINITY ? LLONG_MAX / 2 : (long long)l.rlim_cur;
        d.hard = l.rlim_max == RLIM_INFINITY ? LLONG_MAX / 2 : (long long)l.rlim_max;
    }
    d.open = int(
        QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size());
    return d;
}

} // namespace fathom
