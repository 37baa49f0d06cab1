#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <optional>

namespace fathom {

/// Why a request ended. The ids (outcomeId()) are stable: they appear in every JSON output and
/// in classification rules, so never rename or reorder-by-id; append new classes at the end.
enum class OutcomeClass : quint8
{
    Ok,
    Http4xx,
    Overloaded503,
    WaitingForFiber503,
    ServerError5xx,
    ConnectTimeout,
    RequestTimeout,
    PoolWaitTimeout,
    ConnectionRefused,
    ConnectionReset,
    TlsError,
    DnsFailure,
    CircuitOpen,
    Cancelled,
    /// A final answer that is neither 2xx nor an error: a 3xx redirect (Fathom follows none) or
    /// a 1xx. Only 2xx is a success.
    UnexpectedStatus,
    /// HTTP 429: the server limits how fast requests may arrive (a rate, not a concurrency);
    /// its Retry-After says when to come back.
    RateLimited,
};
inline constexpr int OutcomeClassCount = 16;

/// The stable id, e.g. "overloaded_503".
QString outcomeId(OutcomeClass c);
/// What the class means, in the user's language, e.g. "rejected as overloaded (HTTP 503)".
QString outcomeWords(OutcomeClass c);
/// The inverse of outcomeId(); empty for an unknown id.
std::optional<OutcomeClass> outcomeFromId(QStringView id);
/// No connection was made: refused, the name did not resolve, connecting timed out, TLS failed.
bool isUnreachable(OutcomeClass c);
/// No HTTP answer arrived: unreachable, or the connection was reset or timed out on the way.
bool isTransportFailure(OutcomeClass c);
/// The server answered with a status that is not a success (4xx, 429, 5xx, 3xx).
bool isErrorAnswer(OutcomeClass c);
/// The server turned the job away at once for lack of room: a 503 overload, a refused
/// connection. (Not a 429: that is about the arrival rate, not how many are in flight.)
bool isTurnedAway(OutcomeClass c);

/// All classes in id order, for iteration.
const std::array<OutcomeClass, OutcomeClassCount> &allOutcomeClasses();

/// Timestamps of one attempt, in microseconds of the engine's Clock; 0 means "did not happen".
/// queued: entered Fathom's own queue; dispatched: got a pool slot and was handed to a lane;
/// started: the lane took it up, in its own thread (its connect timer starts here); sent: the
/// request went out on a connection; firstByte: the answer began.
struct AttemptTiming
{
    qint64 queuedUs = 0;
    qint64 dispatchedUs = 0;
    qint64 startedUs = 0;
    qint64 sentUs = 0;
    qint64 firstByteUs = 0;
    qint64 finishedUs = 0;

    /// When the network part began: the lane's start, or the dispatch for a result without one.
    qint64 onLaneUs() const { return startedUs ? startedUs : dispatchedUs; }
    /// Time waiting inside Fathom: for a pool slot (its queue) and for the lane's thread to take
    /// the request up; until the end when never dispatched.
    qint64 queueWaitUs() const { return onLaneUs() ? onLaneUs() - queuedUs : finishedUs - queuedUs; }
    /// Lane start to request sent: DNS, connect and send.
    qint64 connectSendUs() const { return sentUs && onLaneUs() ? sentUs - onLaneUs() : 0; }
    /// Request written to first byte of the answer: the server's think time.
    qint64 serverWaitUs() const { return firstByteUs && sentUs ? firstByteUs - sentUs : 0; }
    /// Lane start to finish: time on the wire, excluding Fathom's own waiting.
    qint64 networkUs() const { return onLaneUs() ? finishedUs - onLaneUs() : 0; }
    qint64 totalUs() const { return finishedUs - queuedUs; }
};

/// One try of a request.
struct AttemptRecord
{
    OutcomeClass outcome = OutcomeClass::Cancelled;
    int httpStatus = 0; ///< 0 when no HTTP answer arrived
    AttemptTiming timing;
    QString errorText; ///< Qt's or Fathom's description of a failure; never holds secrets
    qint64 retryAfterMs = -1; ///< the server's Retry-After, or -1
    qint64 backoffMs = 0; ///< the delay waited before the *next* attempt, 0 if none
    int lane = -1; ///< which lane carried it, -1 when never dispatched
    /// Times the transport itself wrote the request again after a kept-alive connection dropped
    /// (QNAM and curl resend silently); the server may have seen this attempt more than once.
    int transportResends = 0;
    /// Connections this attempt opened: 0 when it reused a kept-alive one, -1 when the transport
    /// does not say (the QNAM lanes).
    int newConnections = -1;
};

/// The final result of one engine request, with every attempt it took.
struct RequestOutcome
{
    quint64 id = 0;
    OutcomeClass outcome = OutcomeClass::Cancelled;
    int httpStatus = 0;
    QByteArray body; ///< the last answer's body, truncated to EngineConfig::maxStoredBodyBytes
    QList<QPair<QByteArray, QByteArray>> headers; ///< the last answer's headers
    QList<AttemptRecord> attempts;
    QString errorText;
    qint64 startedUs = 0; ///< submit time
    qint64 finishedUs = 0;

    bool ok() const { return outcome == OutcomeClass::Ok; }
    int retries() const { return attempts.isEmpty() ? 0 : int(attempts.size()) - 1; }
    const AttemptRecord &lastAttempt() const { return attempts.constLast(); }
};

} // namespace fathom

Q_DECLARE_METATYPE(fathom::RequestOutcome)
