#pragma once

#include "network/clock.h"
#include "network/engineconfig.h"
#include "network/outcomeclassifier.h"

#include <QObject>

class QTimer;

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace fathom {

/// What the engine hands a lane for one attempt.
struct LaneJob
{
    quint64 requestId = 0;
    int generation = 0; ///< lets the engine drop a stale result
    std::shared_ptr<const HttpRequestSpec> spec;
    QByteArray authorization; ///< full header value, or empty
    qint64 dispatchedUs = 0;
    int connectTimeoutMs = 0;
    int requestTimeoutMs = 0;
    qsizetype maxStoredBodyBytes = 0;
};

/// What a lane reports back about one attempt.
struct LaneResult
{
    quint64 requestId = 0;
    int generation = 0;
    int lane = -1;
    OutcomeClass outcome = OutcomeClass::Cancelled;
    int httpStatus = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString errorText;
    qint64 startedUs = 0;
    qint64 sentUs = 0;
    qint64 firstByteUs = 0;
    qint64 finishedUs = 0;
    int transportResends = 0;
    int newConnections = -1; ///< connections this attempt opened (0: it reused one), -1 when unknown
};

/// A transport with a fixed number of requests outstanding at once, so nothing ever waits
/// inside it: the engine's own queue is the only place a request waits for a connection, and
/// that wait is measured. Lives in a worker thread (or the engine's); start() and cancel()
/// must be called there (use QMetaObject::invokeMethod). Results go back through `deliver`,
/// called in the lane's thread.
///
/// The base keeps what every transport measures alike: the connect and request timers, the
/// phases' timestamps, the stored body, and how a finished attempt becomes a LaneResult.
class Lane : public QObject
{
    Q_OBJECT
public:
    using Deliver = std::function<void(LaneResult &&)>;
    Lane(int index, Clock *clock, Deliver deliver);

    virtual void start(const LaneJob &job) = 0;
    virtual void cancel(quint64 requestId, int generation) = 0;
    virtual void cancelAll() = 0;

    int index() const { return m_index; }

    /// A lane of `config.transport` with `config.laneCapacity()` slots.
    static std::unique_ptr<Lane> create(const EngineConfig &config, int index, Clock *clock, Deliver deliver);

protected:
    /// One attempt in a slot of the lane.
    struct Attempt
    {
        LaneJob job;
        QByteArray body;
        /// Its deadline while one runs: when, and its place in the list of its length.
        qint64 deadlineAt = 0;
        int deadlineList = -1;
        Attempt *deadlinePrev = nullptr;
        Attempt *deadlineNext = nullptr;
        qint64 startedUs = 0;
        qint64 sentUs = 0;
        qint64 firstByteUs = 0;
        qint64 bodyBytes = 0; ///< all received, stored or not
        int sends = 0;
        bool connectTimedOut = false;
        bool requestTimedOut = false;
        bool cancelled = false;
    };

    /// Resets `a` for `job` and starts its connect timer.
    void begin(Attempt &a, const LaneJob &job);
    /// The request was written (again, when the transport resent it on a new connection).
    void markSent(Attempt &a);
    void markFirstByte(Attempt &a);
    /// Counts every body byte; stores up to the job's limit.
    void storeBody(Attempt &a, const char *data, qsizetype size);
    /// Makes the result of a finished attempt from what the transport saw; stops its timer.
    /// `transportError` is the transport's own words, used when nothing more telling is known.
    LaneResult conclude(Attempt &a, ReplyFacts facts, QList<QPair<QByteArray, QByteArray>> headers,
                        const QString &transportError);
    /// Tells the engine a job came while every slot was busy (the engine never does that).
    void refuseOverCapacity(const LaneJob &job);

    /// Stops the attempt at once; it must still end in exactly one delivered result.
    virtual void abort(Attempt &a) = 0;

    /// "localhost" and names under ".localhost", with or without the final dot: the machine
    /// itself (RFC 6761), so no resolver is ever asked. curl knows them without the dot only;
    /// Qt asks the system's resolver for all but "localhost".
    static bool isLocalhostName(const QString &host);

    int m_index;
    Clock *m_clock;
    Deliver m_deliver;
    TlsSettings m_tls; ///< for https requests

private:
    void onTimeout(Attempt &a);
    /// `a` runs out `ms` from now (0 or less: never), replacing its earlier deadline.
    void setDeadline(Attempt &a, int ms);
    void clearDeadline(Attempt &a);
    /// Times out every attempt whose deadline has passed, then waits for the next one.
    void onDeadlines();
    /// Waits for the soonest deadline, if any.
    void armDeadlineTimer();
    void startDeadlineTimer(qint64 at);

    /// The attempts whose deadlines are `ms` after they were set, soonest first: a deadline set
    /// later for the same length is never sooner, so each is appended, and taken out in O(1).
    /// A lane has a list or two (its connect and request timeouts). A sorted tree of 20,000
    /// deadlines cost a request at 10,000 in flight five times what it did at 200 (perf).
    struct DeadlineList
    {
        int ms = 0;
        Attempt *first = nullptr;
        Attempt *last = nullptr;
    };
    std::vector<DeadlineList> m_deadlineLists;
    // One timer for all the lane's attempts: a QTimer each, at thousands in flight, cost more
    // CPU per request than the request (Qt inserts a timer by walking its sorted list). It is
    // restarted only for a sooner deadline; when one it waited for is gone, it finds nothing due
    // and waits for the next.
    QTimer *m_deadlineTimer = nullptr; ///< created in the lane's thread on first use
    qint64 m_deadlineTimerAt = 0;
};

} // namespace fathom
