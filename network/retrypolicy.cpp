#include "network/retrypolicy.h"

#include <QLocale>

#include <cmath>

namespace fathom {

QSet<OutcomeClass> RetryPolicy::defaultRetryOn()
{
    // 429 too: the server asks to come back later (after its Retry-After), like a 503.
    return { OutcomeClass::ConnectTimeout,  OutcomeClass::RequestTimeout, OutcomeClass::ConnectionRefused,
             OutcomeClass::ConnectionReset, OutcomeClass::Overloaded503,  OutcomeClass::ServerError5xx,
             OutcomeClass::RateLimited };
}

qint64 RetryPolicy::backoffMs(int retry) const
{
    const double d = double(baseDelayMs) * std::pow(factor, std::max(0, retry - 1));
    return qint64(std::min(d, double(maxDelayMs)));
}

std::optional<qint64> RetryPolicy::nextDelayMs(const AttemptRecord &attempt, const QByteArray &method, int retriesDone,
                                               bool reachedServer, std::mt19937_64 *rng) const
{
    if (retriesDone >= maxRetries)
        return std::nullopt;
    if (attempt.outcome == OutcomeClass::WaitingForFiber503 || !retryOn.contains(attempt.outcome))
        return std::nullopt;
    // Of the other 5xx only the gateway answers say "try again": 500 and 501 do not.
    if (attempt.outcome == OutcomeClass::ServerError5xx && attempt.httpStatus != 502 && attempt.httpStatus != 504)
        return std::nullopt;
    if (reachedServer && !retryNonIdempotent && !isIdempotentMethod(method))
        return std::nullopt;
    if (attempt.retryAfterMs > maxRetryAfterMs)
        return std::nullopt;

    qint64 delay = backoffMs(retriesDone + 1);
    if (fullJitter && rng) {
        std::uniform_int_distribution<qint64> dist(0, delay);
        delay = dist(*rng);
    }
    return std::max(delay, attempt.retryAfterMs);
}

qint64 parseRetryAfterMs(const QByteArray &raw, const QDateTime &nowUtc)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty() || value.size() > 64)
        return -1;
    bool ok = false;
    const qlonglong seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : std::min<qlonglong>(seconds, 365LL * 24 * 3600) * 1000;
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT". Qt 6.4's RFC2822Date parser rejects it.
    QDateTime when
        = QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, nowUtc.msecsTo(when));
}

bool isIdempotentMethod(const QByteArray &method)
{
    static const QSet<QByteArray> idempotent = { "GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE" };
    return idempotent.contains(method.toUpper());
}

} // namespace fathom
