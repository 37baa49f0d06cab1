#pragma once

#include "network/clock.h"
#include "network/engineconfig.h"
#include "network/outcomeclassifier.h"

#include <QObject>
#include <QTimer>

#include <array>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

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
    qint64 sentUs = 0;
    qint64 firstByteUs = 0;
    qint64 finishedUs = 0;
    int transportResends = 0;
};

/// One QNetworkAccessManager with at most 6 requests outstanding, so nothing ever waits inside
/// Qt: the engine's own queue is the only place a request waits for a connection, and that wait
/// is measured. Lives in a worker thread (or the engine's); its QNAM is created in that thread.
/// Results go back through `deliver`, called in the lane's thread.
class Lane : public QObject
{
    Q_OBJECT
public:
    using Deliver = std::function<void(LaneResult &&)>;
    Lane(int index, Clock *clock, Deliver deliver);
    ~Lane() override;

    /// Both must be called in the lane's thread (use QMetaObject::invokeMethod).
    void start(const LaneJob &job);
    void cancel(quint64 requestId, int generation);
    void cancelAll();

    int index() const { return m_index; }

private:
    struct Slot
    {
        QNetworkReply *reply = nullptr;
        QTimer *timer = nullptr; ///< a child of the lane, so it moves to the lane's thread with it
        LaneJob job;
        QByteArray body;
        qint64 sentUs = 0;
        qint64 firstByteUs = 0;
        int sends = 0;
        qint64 bodyBytes = 0; ///< all received, stored or not
        bool connectTimedOut = false;
        bool requestTimedOut = false;
        bool cancelled = false;
    };

    Slot *freeSlot();
    QNetworkReply *send(const QNetworkRequest &request, const HttpRequestSpec &spec);
    void onSent(Slot *slot);
    void onReadyRead(Slot *slot);
    void onTimeout(Slot *slot);
    void onFinished(Slot *slot);

    int m_index;
    Clock *m_clock;
    Deliver m_deliver;
    QNetworkAccessManager *m_nam = nullptr;
    std::array<std::unique_ptr<Slot>, EngineConfig::kConnectionsPerLane> m_slots;
};

} // namespace fathom
