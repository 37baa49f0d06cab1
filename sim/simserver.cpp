#include "sim/simserver.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace fathom::sim {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray rawResponse(int status, const QByteArray &body, const QByteArray &contentType = "application/json")
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

CountingTcpServer::CountingTcpServer(SimStats *stats, QObject *parent)
    : QTcpServer(parent)
    , m_stats(stats)
{
}

void CountingTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    ++m_stats->acceptedConnections;
    ++m_stats->openConnections;
    m_stats->peakOpenConnections = std::max(m_stats->peakOpenConnections, m_stats->openConnections);
    // Counted down once, whether the peer hung up or we closed it.
    connect(socket, &QObject::destroyed, this, [stats = m_stats] { --stats->openConnections; });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    addPendingConnection(socket);
}

SimServer::SimServer(SimConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
    , m_tcp(new CountingTcpServer(&m_stats, this))
    , m_rng(m_config.seed ? m_config.seed : QRandomGenerator::global()->generate64())
{
    m_clock.start();
}

SimServer::~SimServer() = default;

bool SimServer::start(QString *error)
{
    m_tcp->setListenBacklogSize(1024);
    if (!m_tcp->listen(QHostAddress::LocalHost, m_config.port)) {
        *error = tr("cannot listen on 127.0.0.1:%1: %2").arg(m_config.port).arg(m_tcp->errorString());
        return false;
    }
    bind(m_tcp);
    if (m_config.blackhole)
        openBlackhole();
    return true;
}

quint16 SimServer::port() const
{
    return m_tcp->serverPort();
}

quint16 SimServer::blackholePort() const
{
    return m_blackhole ? m_blackhole->serverPort() : 0;
}

void SimServer::openBlackhole()
{
    // A listener that never accepts, with the smallest backlog, filled by our own connections:
    // the kernel then drops every client's SYN and the client hangs in connect.
    m_blackhole = new QTcpServer(this);
    m_blackhole->setListenBacklogSize(0);
    m_blackhole->listen(QHostAddress::LocalHost, 0);
    m_blackhole->pauseAccepting();
    for (int i = 0; i < 4; ++i) {
        auto *filler = new QTcpSocket(this);
        filler->connectToHost(QHostAddress::LocalHost, m_blackhole->serverPort());
        m_blackholeFillers.append(filler);
    }
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_stats.requests;
    SimRequest r { request.method(), request.url().path(), request.query(), request.body(),
                   request.value("Authorization") };
    if (r.path.startsWith(QLatin1String("/jobs")))
        ++m_stats.jobRequests;
    Responder responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));

    if (applyFault(r, socket))
        return true;
    const qint64 delay = r.path == QLatin1String("/stats") ? 0 : m_config.latency.sampleMs(m_rng);
    if (delay <= 0) {
        route(r, socket, std::move(responder));
        return true;
    }
    QTimer::singleShot(delay, this, [this, r, socket = QPointer<QTcpSocket>(socket), responder] {
        if (socket)
            route(r, socket, responder);
        else
            ++m_stats.answersDropped;
    });
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Responder responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    answer(socket, responder, 404, { { QStringLiteral("error"), QStringLiteral("not found") } });
}

bool SimServer::applyFault(const SimRequest &r, QTcpSocket *socket)
{
    bool eligible = false;
    for (const QString &prefix : std::as_const(m_config.faultPaths))
        eligible = eligible || r.path.startsWith(prefix);
    if (!eligible)
        return false;
    const quint64 n = ++m_faultEligible;
    const qint64 t = sinceStartMs();
    if (m_config.reset.enabled() && m_config.reset.fires(t, n, m_rng)) {
        ++m_stats.faultReset;
        // SO_LINGER with a zero timeout turns close() into a TCP RST.
        const linger hard { 1, 0 };
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        socket->abort();
        return true;
    }
    if (m_config.hangup.enabled() && m_config.hangup.fires(t, n, m_rng)) {
        ++m_stats.faultHangup;
        socket->write(QByteArrayLiteral(
            "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n{\"job_"));
        socket->flush();
        socket->disconnectFromHost();
        return true;
    }
    if (m_config.reject.enabled() && m_config.reject.fires(t, n, m_rng)) {
        ++m_stats.faultReject;
        ++m_stats.byStatus[503];
        socket->write(rawResponse(503, json({ { QStringLiteral("error"), QStringLiteral("Server overloaded") } })));
        return true;
    }
    if (m_config.malformed.enabled() && m_config.malformed.fires(t, n, m_rng)) {
        ++m_stats.faultMalformed;
        ++m_stats.byStatus[201];
        socket->write(rawResponse(201, QByteArrayLiteral("{\"job_id\": \"j-\x01\xff<html>"), "application/json"));
        return true;
    }
    if (m_config.trickle.enabled() && m_config.trickle.fires(t, n, m_rng)) {
        ++m_stats.faultTrickle;
        ++m_stats.byStatus[201];
        startTrickle(socket, rawResponse(201, json({ { QStringLiteral("job_id"), QStringLiteral("trickled") } })));
        return true;
    }
    return false;
}

void SimServer::startTrickle(QTcpSocket *socket, QByteArray bytes)
{
    auto *timer = new QTimer(socket); // dies with the socket if the client hangs up
    auto remaining = std::make_shared<QByteArray>(std::move(bytes));
    connect(timer, &QTimer::timeout, socket, [this, socket, timer, remaining] {
        socket->write(remaining->left(m_config.trickleChunkBytes));
        remaining->remove(0, m_config.trickleChunkBytes);
        if (remaining->isEmpty())
            timer->deleteLater();
    });
    timer->start(m_config.trickleIntervalMs);
}

void SimServer::answer(QTcpSocket *socket, const Responder &responder, int status, const QJsonObject &body,
                       const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        ++m_stats.answersDropped; // writing to a responder whose client hung up crashes QHttpServer 6.4
        return;
    }
    ++m_stats.byStatus[status];
    const QByteArray payload = body.isEmpty() ? QByteArray() : json(body);
    responder->writeStatusLine(QHttpServerResponder::StatusCode(status));
    responder->writeHeader("Content-Type", "application/json");
    responder->writeHeader("Content-Length", QByteArray::number(payload.size()));
    for (const auto &[name, value] : extraHeaders)
        responder->writeHeader(name, value);
    responder->writeBody(payload);
}

void SimServer::route(const SimRequest &r, QTcpSocket *socket, Responder responder)
{
    using M = QHttpServerRequest::Method;
    const QString &p = r.path;
    auto methodNotAllowed = [&] {
        answer(socket, responder, 405, { { QStringLiteral("error"), QStringLiteral("method not allowed") } });
    };

    if (p == QLatin1String("/health"))
        return r.method == M::Get ? handleHealth(socket, responder) : methodNotAllowed();
    if (p == QLatin1String("/metadata"))
        return r.method == M::Get ? handleMetadata(socket, responder) : methodNotAllowed();
    if (p == QLatin1String("/oauth/token"))
        return r.method == M::Post ? handleToken(r, socket, responder) : methodNotAllowed();
    if (p == QLatin1String("/stats"))
        return r.method == M::Get ? handleStats(socket, responder) : methodNotAllowed();
    if (p == QLatin1String("/stats/reset") && r.method == M::Post) {
        const int open = m_stats.openConnections;
        const int active = m_stats.activeJobs;
        m_stats = SimStats();
        m_stats.openConnections = m_stats.peakOpenConnections = open;
        m_stats.activeJobs = m_stats.peakActiveJobs = active;
        return answer(socket, responder, 200, { { QStringLiteral("status"), QStringLiteral("reset") } });
    }
    if (p == QLatin1String("/jobs") || p.startsWith(QLatin1String("/jobs/"))) {
        if (m_config.requireToken && !authorized(r)) {
            ++m_stats.unauthorized401;
            return answer(socket, responder, 401,
                          { { QStringLiteral("error"), QStringLiteral("invalid or expired token") } },
                          { { "WWW-Authenticate", "Bearer" } });
        }
        if (p == QLatin1String("/jobs"))
            return r.method == M::Post ? handleCreateJob(r, socket, responder) : methodNotAllowed();
        return r.method == M::Delete ? handleDeleteJob(p.mid(6), socket, responder) : methodNotAllowed();
    }
    answer(socket, responder, 404, { { QStringLiteral("error"), QStringLiteral("not found") } });
}

void SimServer::handleHealth(QTcpSocket *socket, const Responder &r)
{
    bool healthy = !m_config.unhealthy;
    for (const Window &w : std::as_const(m_config.unhealthySchedule))
        healthy = healthy && !w.contains(sinceStartMs());
    answer(socket, r, healthy ? 200 : 503,
           { { QStringLiteral("status"), healthy ? QStringLiteral("ok") : QStringLiteral("unhealthy") } });
}

void SimServer::handleMetadata(QTcpSocket *socket, const Responder &r)
{
    if (sinceStartMs() < m_config.fiberReadyAfterMs) {
        answer(socket, r, 503, { { QStringLiteral("error"), QStringLiteral("waiting for fiber") } });
        return;
    }
    answer(socket, r, 200,
           { { QStringLiteral("fiber"), QStringLiteral("ready") },
             { QStringLiteral("channels"), 2048 },
             { QStringLiteral("sample_rate_hz"), 1000 } });
}

void SimServer::handleToken(const SimRequest &req, QTcpSocket *socket, const Responder &r)
{
    const QUrlQuery form(QString::fromUtf8(req.body));
    QString id = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    QString secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    if (req.authorization.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(req.authorization.mid(6));
        id = QString::fromUtf8(pair.left(pair.indexOf(':')));
        secret = QString::fromUtf8(pair.mid(pair.indexOf(':') + 1));
    }
    if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("client_credentials")) {
        answer(socket, r, 400, { { QStringLiteral("error"), QStringLiteral("unsupported_grant_type") } });
        return;
    }
    if (id != m_config.clientId || secret != m_config.clientSecret) {
        answer(socket, r, 401, { { QStringLiteral("error"), QStringLiteral("invalid_client") } });
        return;
    }
    // Forget expired tokens so the table stays as small as the live ones.
    const qint64 now = sinceStartMs();
    m_tokens.removeIf([now](const auto &it) { return it.value() <= now; });
    const QByteArray token = QByteArray::number(QRandomGenerator::global()->generate64(), 16)
        + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    m_tokens.insert(token, now + qint64(m_config.tokenTtlS) * 1000);
    ++m_stats.tokensIssued;
    answer(socket, r, 200,
           { { QStringLiteral("access_token"), QString::fromLatin1(token) },
             { QStringLiteral("token_type"), QStringLiteral("Bearer") },
             { QStringLiteral("expires_in"), m_config.tokenTtlS } });
}

bool SimServer::authorized(const SimRequest &r)
{
    if (!r.authorization.startsWith("Bearer "))
        return false;
    const auto it = m_tokens.constFind(r.authorization.mid(7).trimmed());
    return it != m_tokens.constEnd() && *it > sinceStartMs();
}

void SimServer::takeSlot()
{
    ++m_stats.activeJobs;
    m_stats.peakActiveJobs = std::max(m_stats.peakActiveJobs, m_stats.activeJobs);
}

void SimServer::releaseSlot()
{
    --m_stats.activeJobs;
    // A freed slot goes to the oldest job still waiting, as a proxy's queue hands it on.
    while (!m_queue.isEmpty() && m_stats.activeJobs < m_config.capacity) {
        Queued next = m_queue.takeFirst();
        if (next.socket)
            handleCreateJob(next.request, next.socket, next.responder);
    }
}

void SimServer::handleCreateJob(const SimRequest &req, QTcpSocket *socket, const Responder &r)
{
    if (m_stats.activeJobs >= m_config.capacity) {
        if (m_config.overload == SimConfig::Overload::Hang) {
            ++m_stats.hung;
            m_hung.removeIf([](const auto &h) { return h.first.isNull(); });
            m_hung.append({ QPointer<QTcpSocket>(socket), r });
            return;
        }
        if (m_config.overload == SimConfig::Overload::Queue) {
            const quint64 ticket = m_nextTicket++;
            m_queue.append({ req, QPointer<QTcpSocket>(socket), r, ticket });
            QTimer::singleShot(m_config.queueTimeoutMs, this, [this, ticket] {
                const auto it = std::find_if(m_queue.begin(), m_queue.end(),
                                             [ticket](const Queued &q) { return q.ticket == ticket; });
                if (it == m_queue.end())
                    return; // served meanwhile
                const Queued timedOut = *it;
                m_queue.erase(it);
                ++m_stats.overloaded503;
                answer(timedOut.socket, timedOut.responder, 503,
                       { { QStringLiteral("error"), QStringLiteral("No slot within the queue timeout") } });
            });
            return;
        }
        ++m_stats.overloaded503;
        QList<QPair<QByteArray, QByteArray>> headers;
        if (m_config.retryAfterS > 0)
            headers.append({ "Retry-After", QByteArray::number(m_config.retryAfterS) });
        answer(socket, r, 503, { { QStringLiteral("error"), QStringLiteral("Server overloaded") } }, headers);
        return;
    }
    takeSlot();
    ++m_stats.jobsCreated;
    const QString id = QStringLiteral("job-%1").arg(m_nextJob++);
    bool holdOk = false;
    const qint64 holdMs = req.query.queryItemValue(QStringLiteral("hold_ms")).toLongLong(&holdOk);
    if (holdOk && holdMs > 0) {
        // The job is the request itself: answer when the work is done, then free the slot.
        QTimer::singleShot(
            std::min<qint64>(holdMs, 600'000), this, [this, id, holdMs, socket = QPointer<QTcpSocket>(socket), r] {
                releaseSlot();
                answer(socket, r, 201, { { QStringLiteral("job_id"), id }, { QStringLiteral("held_ms"), holdMs } });
            });
        return;
    }
    Job &job = m_jobs[id];
    job.createdMs = sinceStartMs();
    if (m_config.jobTtlMs > 0) {
        QTimer::singleShot(m_config.jobTtlMs, this, [this, id] {
            if (m_jobs.remove(id))
                releaseSlot();
        });
    }
    answer(socket, r, 201, { { QStringLiteral("job_id"), id } });
}

void SimServer::handleDeleteJob(const QString &id, QTcpSocket *socket, const Responder &r)
{
    if (!m_jobs.remove(id)) {
        answer(socket, r, 404, { { QStringLiteral("error"), QStringLiteral("no such job") } });
        return;
    }
    releaseSlot();
    answer(socket, r, 204, {});
}

QJsonObject SimServer::statsJson() const
{
    QJsonObject byStatus;
    for (auto it = m_stats.byStatus.begin(); it != m_stats.byStatus.end(); ++it)
        byStatus.insert(QString::number(it.key()), double(it.value()));
    return {
        { QStringLiteral("open_connections"), m_stats.openConnections },
        { QStringLiteral("peak_open_connections"), m_stats.peakOpenConnections },
        { QStringLiteral("accepted_connections"), double(m_stats.acceptedConnections) },
        { QStringLiteral("active_jobs"), m_stats.activeJobs },
        { QStringLiteral("peak_active_jobs"), m_stats.peakActiveJobs },
        { QStringLiteral("capacity"), m_config.capacity },
        { QStringLiteral("requests"), double(m_stats.requests) },
        { QStringLiteral("job_requests"), double(m_stats.jobRequests) },
        { QStringLiteral("jobs_created"), double(m_stats.jobsCreated) },
        { QStringLiteral("overloaded_503"), double(m_stats.overloaded503) },
        { QStringLiteral("unauthorized_401"), double(m_stats.unauthorized401) },
        { QStringLiteral("tokens_issued"), double(m_stats.tokensIssued) },
        { QStringLiteral("hung_requests"), double(m_stats.hung) },
        { QStringLiteral("answers_dropped"), double(m_stats.answersDropped) },
        { QStringLiteral("faults"),
          QJsonObject { { QStringLiteral("reset"), double(m_stats.faultReset) },
                        { QStringLiteral("hangup"), double(m_stats.faultHangup) },
                        { QStringLiteral("trickle"), double(m_stats.faultTrickle) },
                        { QStringLiteral("malformed"), double(m_stats.faultMalformed) },
                        { QStringLiteral("reject"), double(m_stats.faultReject) } } },
        { QStringLiteral("responses_by_status"), byStatus },
        { QStringLiteral("blackhole_port"), blackholePort() },
        { QStringLiteral("uptime_ms"), double(sinceStartMs()) },
    };
}

void SimServer::handleStats(QTcpSocket *socket, const Responder &r)
{
    answer(socket, r, 200, statsJson());
}

} // namespace fathom::sim
