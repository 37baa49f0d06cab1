#include "network/outcome.h"

namespace fathom {

namespace {
constexpr std::array<const char *, OutcomeClassCount> kIds = {
    "ok",
    "http_4xx",
    "overloaded_503",
    "waiting_for_fiber_503",
    "server_error_5xx",
    "connect_timeout",
    "request_timeout",
    "pool_wait_timeout",
    "connection_refused",
    "connection_reset",
    "tls_error",
    "dns_failure",
    "circuit_open",
    "cancelled",
};
} // namespace

QString outcomeId(OutcomeClass c)
{
    return QString::fromLatin1(kIds[size_t(c)]);
}

std::optional<OutcomeClass> outcomeFromId(QStringView id)
{
    for (size_t i = 0; i < kIds.size(); ++i) {
        if (id == QLatin1String(kIds[i]))
            return OutcomeClass(i);
    }
    return std::nullopt;
}

const std::array<OutcomeClass, OutcomeClassCount> &allOutcomeClasses()
{
    static const auto all = [] {
        std::array<OutcomeClass, OutcomeClassCount> a {};
        for (int i = 0; i < OutcomeClassCount; ++i)
            a[size_t(i)] = OutcomeClass(i);
        return a;
    }();
    return all;
}

} // namespace fathom
