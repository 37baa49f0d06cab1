#include "network/lane.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace fathom {

Lane::Lane(int index, Clock *clock, Deliver deliver)
    : m_index(index)
    , m_clock(clock)
    , m_deliver(std::move(deliver))
{
    for (auto &slot : m_slots) {
        slot = std::make_unique<Slot>();
        slot->timer = new QTimer(this);
        slot->timer->setSingleShot(true);
        slot->timer->setTimerType(Qt::PreciseTimer);
        Slot *s = slot.get();
        connect(slot->timer, &QTimer::timeout, this, [this, s] { onTimeout(s); });
    }
}

Lane::~Lane()
{
    for (auto &slot : m_slots) {
        if (slot->reply) {
            slot->reply->disconnect(this);
            slot->reply->abort();
        }
    }
}

Lane::Slot *Lane::freeSlot()
{
    for (auto &slot : m_slots) {
        if (!slot->reply)
            return slot.get();
    }
    return nullptr;
}

void Lane::start(const LaneJob &job)
{
    if (!m_nam) {
        // Created here, in the lane's thread: a QNAM must be used only where it lives.
        m_nam = new QNetworkAccessManager(this);
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_nam->setAutoDeleteReplies(false);
    }
    Slot *slot = freeSlot();
    if (!slot) {
        // The engine never sends more than 6; if it did, say so rather than queue inside Qt.
        LaneResult r;
        r.requestId = job.requestId;
        r.generation = job.generation;
        r.lane = m_index;
        r.errorText = QStringLiteral("internal: lane %1 over capacity").arg(m_index);
        r.finishedUs = m_clock->nowUs();
        m_deliver(std::move(r));
        return;
    }
    slot->job = job;
    slot->body.clear();
    slot->sentUs = slot->firstByteUs = 0;
    slot->sends = 0;
    slot->bodyBytes = 0;
    slot->connectTimedOut = slot->requestTimedOut = slot->cancelled = false;

    QNetworkRequest request(job.spec->url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &[name, value] : job.spec->headers)
        request.setRawHeader(name, value);
    if (!job.authorization.isEmpty())
        request.setRawHeader("Authorization", job.authorization);
    if (!job.spec->body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    QNetworkReply *reply = send(request, *job.spec);
    slot->reply = reply;
    connect(reply, &QNetworkReply::requestSent, this, [this, slot] { onSent(slot); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, slot] {
        if (!slot->firstByteUs)
            slot->firstByteUs = m_clock->nowUs();
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, slot] { onReadyRead(slot); });
    connect(reply, &QNetworkReply::finished, this, [this, slot] { onFinished(slot); });
    slot->timer->start(job.connectTimeoutMs > 0 ? job.connectTimeoutMs : std::numeric_limits<int>::max());
}

QNetworkReply *Lane::send(const QNetworkRequest &request, const HttpRequestSpec &spec)
{
    // The standard verbs take QNAM's own paths: a custom verb, or an empty body passed as a
    // QByteArray, makes QNAM set up an upload device for every request (measured: ~25% more
    // instructions per GET).
    const QByteArray &m = spec.method;
    const bool noBody = spec.body.isEmpty();
    if (m == "GET" && noBody)
        return m_nam->get(request);
    if (m == "HEAD" && noBody)
        return m_nam->head(request);
    if (m == "DELETE" && noBody)
        return m_nam->deleteResource(request);
    if (m == "POST")
        return m_nam->post(request, spec.body);
    if (m == "PUT")
        return m_nam->put(request, spec.body);
    return noBody ? m_nam->sendCustomRequest(request, m) : m_nam->sendCustomRequest(request, m, spec.body);
}

void Lane::onSent(Slot *slot)
{
    // requestSent fires again when Qt resends on a new connection after the first one dropped.
    if (slot->sends++ > 0)
        return;
    slot->sentUs = m_clock->nowUs();
    const int timeout = slot->job.requestTimeoutMs;
    if (timeout > 0)
        slot->timer->start(timeout);
    else
        slot->timer->stop();
}

void Lane::onReadyRead(Slot *slot)
{
    if (!slot->firstByteUs)
        slot->firstByteUs = m_clock->nowUs();
    const QByteArray chunk = slot->reply->readAll();
    slot->bodyBytes += chunk.size();
    const qsizetype room = slot->job.maxStoredBodyBytes - slot->body.size();
    if (room > 0)
        slot->body.append(chunk.left(room));
}

void Lane::onTimeout(Slot *slot)
{
    if (!slot->reply)
        return;
    // Qt reports any abort as OperationCanceledError: remember which phase ran out first.
    if (slot->sentUs)
        slot->requestTimedOut = true;
    else
        slot->connectTimedOut = true;
    slot->reply->abort();
}

void Lane::cancel(quint64 requestId, int generation)
{
    for (auto &slot : m_slots) {
        if (slot->reply && slot->job.requestId == requestId && slot->job.generation == generation) {
            slot->cancelled = true;
            slot->reply->abort();
        }
    }
}

void Lane::cancelAll()
{
    for (auto &slot : m_slots) {
        if (slot->reply) {
            slot->cancelled = true;
            slot->reply->abort();
        }
    }
}

void Lane::onFinished(Slot *slot)
{
    QNetworkReply *reply = slot->reply;
    if (!reply)
        return;
    slot->timer->stop();
    if (reply->bytesAvailable() > 0)
        onReadyRead(slot);

    ReplyFacts facts;
    facts.error = reply->error();
    facts.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.body = slot->body;
    facts.connectTimedOut = slot->connectTimedOut;
    facts.requestTimedOut = slot->requestTimedOut;
    facts.cancelled = slot->cancelled;
    const QVariant contentLength = reply->header(QNetworkRequest::ContentLengthHeader);
    const QByteArray encoding = reply->rawHeader("Content-Encoding");
    const bool bodyExpected = slot->job.spec->method != "HEAD" && facts.httpStatus >= 200 && facts.httpStatus != 204
        && facts.httpStatus != 304;
    // With a Content-Encoding, Content-Length counts compressed bytes: no comparison possible.
    facts.truncated = bodyExpected && contentLength.isValid() && (encoding.isEmpty() || encoding == "identity")
        && slot->bodyBytes < contentLength.toLongLong();

    LaneResult r;
    r.requestId = slot->job.requestId;
    r.generation = slot->job.generation;
    r.lane = m_index;
    r.outcome = classifyReply(facts);
    r.httpStatus = facts.httpStatus;
    r.body = std::move(slot->body);
    r.headers = reply->rawHeaderPairs();
    if (facts.connectTimedOut)
        r.errorText = tr("connect timeout after %1 ms").arg(slot->job.connectTimeoutMs);
    else if (facts.requestTimedOut)
        r.errorText = tr("no complete answer %1 ms after the request was sent").arg(slot->job.requestTimeoutMs);
    else if (facts.truncated)
        r.errorText = tr("the answer was cut short: %1 of %2 bytes, then the connection closed (%3)")
                          .arg(slot->bodyBytes)
                          .arg(contentLength.toLongLong())
                          .arg(reply->errorString());
    else if (facts.error != QNetworkReply::NoError && facts.httpStatus == 0)
        r.errorText = reply->errorString();
    r.sentUs = slot->sentUs;
    r.firstByteUs = slot->firstByteUs;
    r.transportResends = std::max(0, slot->sends - 1);
    r.finishedUs = m_clock->nowUs();

    slot->reply = nullptr;
    slot->job = LaneJob();
    reply->disconnect(this);
    reply->deleteLater();
    m_deliver(std::move(r));
}

} // namespace fathom
