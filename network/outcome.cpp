#include "network/outcome.h"

#include <QCoreApplication>

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
    "unexpected_status",
    "rate_limited",
};
} // namespace

QString outcomeId(OutcomeClass c)
{
    return QString::fromLatin1(kIds[size_t(c)]);
}

QString outcomeWords(OutcomeClass c)
{
    static constexpr std::array<const char *, OutcomeClassCount> kWords = {
        QT_TRANSLATE_NOOP("fathom::Outcome", "succeeded"),
        QT_TRANSLATE_NOOP("fathom::Outcome", "refused by the server (HTTP 4xx)"),
        QT_TRANSLATE_NOOP("fathom::Outcome", "rejected as overloaded (HTTP 503)"),
        QT_TRANSLATE_NOOP("fathom::Outcome", "waiting for fibre (HTTP 503)"),
        QT_TRANSLATE_NOOP("fathom::Outcome", "server errors (HTTP 5xx)"),
        QT_TRANSLATE_NOOP("fathom::Outcome", "connect timeouts"),
        QT_TRANSLATE_NOOP("fathom::Outcome", "request timeouts"),
        QT_TRANSLATE_NOOP("fathom::Outcome", "timeouts waiting for a free connection in Fathom's pool"),
        QT_TRANSLATE_NOOP("fathom::Outcome", "refused connections"),
        QT_TRANSLATE_NOOP("fathom::Outcome", "connections reset or closed without an answer"),
        QT_TRANSLATE_NOOP("fathom::Outcome", "TLS errors"),
        QT_TRANSLATE_NOOP("fathom::Outcome", "names that did not resolve"),
        QT_TRANSLATE_NOOP("fathom::Outcome", "calls stopped by the open circuit breaker"),
        QT_TRANSLATE_NOOP("fathom::Outcome", "cancelled"),
        QT_TRANSLATE_NOOP("fathom::Outcome",
                          "a redirect or another answer that is not 2xx (Fathom follows no redirect)"),
        QT_TRANSLATE_NOOP("fathom::Outcome", "rate-limited by the server (HTTP 429)"),
    };
    return QCoreApplication::translate("fathom::Outcome", kWords[size_t(c)]);
}

bool isUnreachable(OutcomeClass c)
{
    return c == OutcomeClass::ConnectionRefused || c == OutcomeClass::DnsFailure || c == OutcomeClass::ConnectTimeout
        || c == OutcomeClass::TlsError;
}

bool isTransportFailure(OutcomeClass c)
{
    return isUnreachable(c) || c == OutcomeClass::ConnectionReset || c == OutcomeClass::RequestTimeout;
}

bool isErrorAnswer(OutcomeClass c)
{
    return c == OutcomeClass::Http4xx || c == OutcomeClass::RateLimited || c == OutcomeClass::Overloaded503
        || c == OutcomeClass::WaitingForFiber503 || c == OutcomeClass::ServerError5xx
        || c == OutcomeClass::UnexpectedStatus;
}

bool isTurnedAway(OutcomeClass c)
{
    return c == OutcomeClass::Overloaded503 || c == OutcomeClass::ConnectionRefused;
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
