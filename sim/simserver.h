#pragma once

#include "sim/simconfig.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QUrlQuery>

#include <memory>
#include <random>

class QTcpSocket;

namespace fathom::sim {

/// Counters a test reads through GET /stats to check what the client really did.
struct SimStats
{
    int openConnections = 0;
    int peakOpenConnections = 0;
    quint64 acceptedConnections = 0;
    int activeJobs = 0;
    int peakActiveJobs = 0;
    quint64 requests = 0;
    quint64 jobRequests = 0; ///< requests to /jobs and /jobs/{id}, counted on arrival
    quint64 jobsCreated = 0;
    quint64 overloaded503 = 0;
    quint64 unauthorized401 = 0;
    quint64 tokensIssued = 0;
    quint64 hung = 0;
    quint64 answersDropped = 0; ///< the client hung up before its answer was written
    quint64 faultReset = 0;
    quint64 faultHangup = 0;
    quint64 faultTrickle = 0;
    quint64 faultReject = 0;
    quint64 faultMalformed = 0;
    QHash<int, quint64> byStatus;
};

/// The TCP server under the HTTP server: counts open connections (and their peak).
class CountingTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit CountingTcpServer(SimStats *stats, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    SimStats *m_stats;
};

/// A Focus-like job server on loopback: health, readiness ("waiting for fiber"), OAuth2 client
/// credentials, jobs with a capacity, overload (503 or hang), faults and /stats.
class SimServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SimServer(SimConfig config, QObject *parent = nullptr);
    ~SimServer() override;

    /// Listens on 127.0.0.1; returns false with `error` set on failure.
    bool start(QString *error);
    quint16 port() const;
    quint16 blackholePort() const;
    const SimStats &stats() const { return m_stats; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    using Responder = std::shared_ptr<QHttpServerResponder>;
    /// What the handlers need of a request; QHttpServerRequest cannot be copied into a delayed answer.
    struct SimRequest
    {
        QHttpServerRequest::Method method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QByteArray authorization;
    };
    struct Job
    {
        qint64 createdMs = 0;
        int generation = 0;
    };

    void route(const SimRequest &request, QTcpSocket *socket, Responder responder);
    bool applyFault(const SimRequest &request, QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Responder &responder, int status, const QJsonObject &body,
                const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    void handleHealth(QTcpSocket *socket, const Responder &r);
    void handleMetadata(QTcpSocket *socket, const Responder &r);
    void handleToken(const SimRequest &request, QTcpSocket *socket, const Responder &r);
    void handleCreateJob(const SimRequest &request, QTcpSocket *socket, const Responder &r);
    void handleDeleteJob(const QString &id, QTcpSocket *socket, const Responder &r);
    void handleStats(QTcpSocket *socket, const Responder &r);
    bool authorized(const SimRequest &request);
    void takeSlot();
    void releaseSlot();
    void startTrickle(QTcpSocket *socket, QByteArray bytes);
    qint64 sinceStartMs() const { return m_clock.elapsed(); }
    QJsonObject statsJson() const;
    void openBlackhole();

    SimConfig m_config;
    SimStats m_stats;
    CountingTcpServer *m_tcp;
    QTcpServer *m_blackhole = nullptr;
    QList<QTcpSocket *> m_blackholeFillers;
    QElapsedTimer m_clock;
    std::mt19937_64 m_rng;
    quint64 m_faultEligible = 0;
    quint64 m_nextJob = 1;
    QHash<QString, Job> m_jobs;
    QHash<QByteArray, qint64> m_tokens; ///< token → expiry (ms since start)
    QList<QPair<QPointer<QTcpSocket>, Responder>> m_hung;
    struct Queued
    {
        SimRequest request;
        QPointer<QTcpSocket> socket;
        Responder responder;
        quint64 ticket;
    };
    QList<Queued> m_queue; ///< jobs waiting for a slot (Overload::Queue), oldest first
    quint64 m_nextTicket = 0;
};

} // namespace fathom::sim
