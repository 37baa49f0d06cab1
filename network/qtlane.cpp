#include "network/qtlane.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslKey>

namespace fathom {

QtLane::QtLane(int index, Clock *clock, Deliver deliver)
    : Lane(index, clock, std::move(deliver))
{
}

QtLane::~QtLane()
{
    for (Slot &slot : m_slots) {
        if (slot.reply) {
            slot.reply->disconnect(this);
            slot.reply->abort();
        }
    }
}

void QtLane::start(const LaneJob &job)
{
    if (!m_nam) {
        // Created here, in the lane's thread: a QNAM must be used only where it lives.
        m_nam = new QNetworkAccessManager(this);
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_nam->setAutoDeleteReplies(false);
    }
    const auto free = std::find_if(m_slots.begin(), m_slots.end(), [](const Slot &s) { return !s.reply; });
    if (free == m_slots.end())
        return refuseOverCapacity(job);
    Slot *slot = &*free;

    QNetworkRequest request(job.spec->url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    const QString host = job.spec->url.host(QUrl::FullyEncoded);
    if (isLocalhostName(host) && host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0) {
        // To 127.0.0.1 itself, under the name asked for: the Host header and the name the
        // certificate must carry stay the URL's.
        QUrl direct = job.spec->url;
        direct.setHost(QStringLiteral("127.0.0.1"));
        request.setUrl(direct);
        const int port = job.spec->url.port();
        request.setRawHeader("Host", host.toLatin1() + (port > 0 ? ':' + QByteArray::number(port) : QByteArray()));
        request.setPeerVerifyName(job.spec->url.host());
    }
    for (const auto &[name, value] : job.spec->headers)
        request.setRawHeader(name, value);
    if (!job.authorization.isEmpty())
        request.setRawHeader("Authorization", job.authorization);
    // QNAM cannot close a connection itself once the answer is in: it asks the server to.
    if (job.spec->closeAfter)
        request.setRawHeader("Connection", "close");
    if (!job.spec->body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    begin(*slot, job);
    if (job.spec->url.scheme() == QLatin1String("https")) {
        if (!m_ssl && m_tlsProblem.isEmpty())
            loadTls();
        if (!m_tlsProblem.isEmpty()) {
            ReplyFacts facts;
            facts.error = QNetworkReply::SslHandshakeFailedError;
            m_deliver(conclude(*slot, facts, {}, m_tlsProblem));
            return;
        }
        request.setSslConfiguration(*m_ssl);
    }
    QNetworkReply *reply = send(request, *job.spec);
    slot->reply = reply;
    connect(reply, &QNetworkReply::requestSent, this, [this, slot] { markSent(*slot); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, slot] { markFirstByte(*slot); });
    connect(reply, &QNetworkReply::readyRead, this, [this, slot] { onReadyRead(slot); });
    connect(reply, &QNetworkReply::finished, this, [this, slot] { onFinished(slot); });
}

QNetworkReply *QtLane::send(const QNetworkRequest &request, const HttpRequestSpec &spec)
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

void QtLane::loadTls()
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_tls.verifyPeer)
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    const auto certificates = [this](const QString &path, const QString &what) {
        const QList<QSslCertificate> found
            = QSslCertificate::fromPath(path, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (found.isEmpty() && m_tlsProblem.isEmpty())
            m_tlsProblem = tr("%1 %2 holds no certificate that can be read (a PEM file is needed)").arg(what, path);
        return found;
    };
    if (!m_tls.caBundle.isEmpty())
        ssl.addCaCertificates(certificates(m_tls.caBundle, tr("the CA bundle")));
    if (!m_tls.clientCertificate.isEmpty()) {
        const QList<QSslCertificate> mine = certificates(m_tls.clientCertificate, tr("the client certificate"));
        if (!mine.isEmpty())
            ssl.setLocalCertificate(mine.first());
    }
    if (!m_tls.clientKey.isEmpty() && m_tlsProblem.isEmpty()) {
        QFile file(m_tls.clientKey);
        const QByteArray pem = file.open(QIODevice::ReadOnly) ? file.read(1024 * 1024) : QByteArray();
        QSslKey key;
        for (QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
            key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, m_tls.passphrase.toUtf8());
            if (!key.isNull())
                break;
        }
        if (key.isNull())
            m_tlsProblem = tr("the client key %1 cannot be read: not a PEM private key, or its passphrase is "
                              "missing or wrong")
                               .arg(m_tls.clientKey);
        ssl.setPrivateKey(key);
    }
    m_ssl = ssl;
}

void QtLane::onReadyRead(Slot *slot)
{
    const QByteArray chunk = slot->reply->readAll();
    storeBody(*slot, chunk.constData(), chunk.size());
}

void QtLane::abort(Attempt &a)
{
    // Qt answers with finished() and OperationCanceledError, which onFinished() reports.
    auto &slot = static_cast<Slot &>(a);
    if (slot.reply)
        slot.reply->abort();
}

void QtLane::cancel(quint64 requestId, int generation)
{
    for (Slot &slot : m_slots) {
        if (slot.reply && slot.job.requestId == requestId && slot.job.generation == generation) {
            slot.cancelled = true;
            abort(slot);
        }
    }
}

void QtLane::cancelAll()
{
    for (Slot &slot : m_slots) {
        if (slot.reply) {
            slot.cancelled = true;
            abort(slot);
        }
    }
}

void QtLane::onFinished(Slot *slot)
{
    QNetworkReply *reply = slot->reply;
    if (!reply)
        return;
    if (reply->bytesAvailable() > 0)
        onReadyRead(slot);

    ReplyFacts facts;
    facts.error = reply->error();
    facts.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    LaneResult r = conclude(*slot, facts, reply->rawHeaderPairs(), reply->errorString());

    slot->reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    m_deliver(std::move(r));
}

} // namespace fathom
