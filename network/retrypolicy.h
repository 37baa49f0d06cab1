#pragma once

#include "network/outcome.h"

#include <QDateTime>
#include <QSet>

#include <optional>
#include <random>

namespace fathom {

/// When and how long to wait before trying a failed request again.
struct RetryPolicy
{
    int maxRetries = 3;
    qint64 baseDelayMs = 1000; ///< the first backoff
    double factor = 2.0; ///< 1 s, 2 s, 4 s with the defaults
    qint64 maxDelayMs = 60'000; ///< cap of one computed backoff
    bool fullJitter = false; ///< wait a uniform random time in [0, backoff] (AWS "full jitter")
    /// Retry-After above this is not waited for: the request ends with the server's answer.
    qint64 maxRetryAfterMs = 120'000;
    /// Retry POST/PATCH and other non-idempotent methods even when the request reached the server.
    bool retryNonIdempotent = false;
    QSet<OutcomeClass> retryOn = defaultRetryOn();

    static QSet<OutcomeClass> defaultRetryOn();

    /// The backoff before retry number `retry` (1-based), without jitter or Retry-After.
    qint64 backoffMs(int retry) const;

    /// The delay before the next attempt, or nullopt when the request must not be retried.
    /// `retriesDone` counts retries already made; `reachedServer` is true once the request was
    /// written to a socket; `retryAfterMs` is the server's Retry-After (-1 when absent), used
    /// as a lower bound. Waiting-for-fibre 503s are never retried.
    std::optional<qint64> nextDelayMs(const AttemptRecord &attempt, const QByteArray &method, int retriesDone,
                                      bool reachedServer, std::mt19937_64 *rng = nullptr) const;
};

/// Parses a Retry-After header value: delta-seconds or an IMF-fixdate HTTP-date, relative to
/// `nowUtc`. Returns milliseconds (0 for a date in the past), or -1 for an absent or malformed value.
qint64 parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc);

/// GET, HEAD, OPTIONS, TRACE, PUT and DELETE (RFC 9110 §9.2.2).
bool isIdempotentMethod(const QByteArray &method);

} // namespace fathom
