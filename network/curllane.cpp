#include "network/curllane.h"

#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <mutex>

namespace fathom {

namespace {

// Every response header line is kept up to these bounds; a hostile server's endless headers
// are still read (and run into the request timeout), just not stored.
constexpr qsizetype kMaxStoredHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxStoredHeaders = 256;

/// curl's result in Qt's words, which the outcome classifier reads for both transports.
QNetworkReply::NetworkError toNetworkError(CURLcode code)
{
    switch (code) {
    case CURLE_OK:
        return QNetworkReply::NoError;
    case CURLE_COULDNT_CONNECT:
        return QNetworkReply::ConnectionRefusedError;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return QNetworkReply::HostNotFoundError;
    case CURLE_OPERATION_TIMEDOUT:
        return QNetworkReply::TimeoutError;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
        return QNetworkReply::RemoteHostClosedError;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
        return QNetworkReply::SslHandshakeFailedError;
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_BAD_CONTENT_ENCODING:
    case CURLE_HTTP2:
    case CURLE_HTTP3:
        return QNetworkReply::ProtocolFailure;
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        return QNetworkReply::ProtocolUnknownError;
    case CURLE_ABORTED_BY_CALLBACK:
        return QNetworkReply::OperationCanceledError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

void appendHeader(curl_slist **list, const QByteArray &line)
{
    if (curl_slist *grown = curl_slist_append(*list, line.constData()))
        *list = grown;
}

} // namespace

CurlLane::CurlLane(int index, int capacity, Clock *clock, Deliver deliver)
    : Lane(index, clock, std::move(deliver))
    , m_capacity(std::max(1, capacity))
{
}

CurlLane::~CurlLane()
{
    for (const auto &t : m_transfers) {
        if (t->active)
            curl_multi_remove_handle(m_multi, t->easy);
    }
    // Closes the kept-alive connections; curl says CURL_POLL_REMOVE for each watched socket.
    if (m_multi)
        curl_multi_cleanup(m_multi);
    for (const auto &t : m_transfers) {
        curl_easy_cleanup(t->easy);
        curl_slist_free_all(t->headerList);
    }
}

void CurlLane::start(const LaneJob &job)
{
    if (!m_multi) {
        // libcurl 7.88 (Debian 12) initialises thread-safely; once per process is enough.
        static std::once_flag once;
        std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
        m_multi = curl_multi_init();
        curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlLane::onSocket);
        curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
        curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlLane::onTimer);
        curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
        // Every slot keeps its connection alive between requests, as a QNAM lane does.
        curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, long(m_capacity));
        m_curlTimer = new QTimer(this);
        m_curlTimer->setSingleShot(true);
        m_curlTimer->setTimerType(Qt::PreciseTimer);
        connect(m_curlTimer, &QTimer::timeout, this, [this] { act(CURL_SOCKET_TIMEOUT, 0); });
    }
    Transfer *t = nullptr;
    for (const auto &candidate : m_transfers) {
        if (!candidate->active) {
            t = candidate.get();
            break;
        }
    }
    if (!t && int(m_transfers.size()) < m_capacity) {
        m_transfers.push_back(std::make_unique<Transfer>());
        t = m_transfers.back().get();
        t->lane = this;
        t->easy = curl_easy_init();
    }
    if (!t || !m_multi || !t->easy)
        return refuseOverCapacity(job);

    begin(*t, job);
    t->headers.clear();
    t->headerBytes = 0;
    t->error[0] = '\0';
    prepare(*t);
    t->active = true;
    const CURLMcode added = curl_multi_add_handle(m_multi, t->easy);
    if (added != CURLM_OK) {
        t->active = false;
        qstrncpy(t->error, curl_multi_strerror(added), sizeof t->error);
        finish(*t, CURLE_FAILED_INIT);
        return;
    }
    // Starts it now rather than on the zero timer curl just asked for: one turn of the event
    // loop less between dispatch and the request on the wire.
    act(CURL_SOCKET_TIMEOUT, 0);
}

void CurlLane::prepare(Transfer &t)
{
    CURL *e = t.easy;
    const HttpRequestSpec &spec = *t.job.spec;
    curl_easy_reset(e);
    curl_easy_setopt(e, CURLOPT_PRIVATE, &t);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_URL, spec.url.toEncoded().constData());
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    // As the QNAM lanes: HTTP/1.1, one request per connection at a time, no proxy, no redirects
    // followed, compressed answers accepted and unpacked.
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
    curl_easy_setopt(e, CURLOPT_PROXY, "");
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.error);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &CurlLane::onBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &CurlLane::onHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(e, CURLOPT_PREREQFUNCTION, &CurlLane::onRequestReady);
    curl_easy_setopt(e, CURLOPT_PREREQDATA, &t);
    if (spec.closeAfter)
        curl_easy_setopt(e, CURLOPT_FORBID_REUSE, 1L);
    if (!m_tls.verifyPeer) {
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    // The bundle replaces curl's CA file; the system's CA folder (Debian's CAPATH) stays trusted.
    if (!m_tls.caBundle.isEmpty())
        curl_easy_setopt(e, CURLOPT_CAINFO, QFile::encodeName(m_tls.caBundle).constData());
    if (!m_tls.clientCertificate.isEmpty())
        curl_easy_setopt(e, CURLOPT_SSLCERT, QFile::encodeName(m_tls.clientCertificate).constData());
    if (!m_tls.clientKey.isEmpty())
        curl_easy_setopt(e, CURLOPT_SSLKEY, QFile::encodeName(m_tls.clientKey).constData());
    if (!m_tls.passphrase.isEmpty())
        curl_easy_setopt(e, CURLOPT_KEYPASSWD, m_tls.passphrase.toUtf8().constData());

    const QByteArray &method = spec.method;
    const bool hasBody = !spec.body.isEmpty();
    if (method == "HEAD") {
        curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
    } else if (method != "GET" || hasBody) {
        if (method != "POST")
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.constData());
        if (hasBody || method == "POST" || method == "PUT" || method == "PATCH") {
            // Not copied by curl: the job's spec outlives the transfer.
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, spec.body.constData());
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(spec.body.size()));
        }
    }

    curl_slist_free_all(t.headerList);
    t.headerList = nullptr;
    bool hasContentType = false;
    for (const auto &[name, value] : spec.headers) {
        hasContentType = hasContentType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
        // curl reads "Name:" as "remove this header"; an empty value is sent as "Name;".
        appendHeader(&t.headerList, value.isEmpty() ? QByteArray(name + ';') : QByteArray(name + ": " + value));
    }
    if (!t.job.authorization.isEmpty())
        appendHeader(&t.headerList, "Authorization: " + t.job.authorization);
    if (hasBody && !hasContentType)
        appendHeader(&t.headerList, QByteArrayLiteral("Content-Type: application/json"));
    // No "Expect: 100-continue" round trip before a body: QNAM sends the body at once too.
    appendHeader(&t.headerList, QByteArrayLiteral("Expect:"));
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t.headerList);
}

void CurlLane::finish(Transfer &t, CURLcode code)
{
    if (t.active) {
        curl_multi_remove_handle(m_multi, t.easy);
        t.active = false;
    }
    long status = 0;
    curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status);
    ReplyFacts facts;
    facts.error = toNetworkError(code);
    facts.httpStatus = int(status);
    const QString transportError
        = QString::fromUtf8(t.error[0] ? static_cast<const char *>(t.error) : curl_easy_strerror(code));
    LaneResult r = conclude(t, facts, std::move(t.headers), transportError);
    long connects = 0;
    if (curl_easy_getinfo(t.easy, CURLINFO_NUM_CONNECTS, &connects) == CURLE_OK)
        r.newConnections = int(connects);
    t.headers = {};
    m_deliver(std::move(r));
}

void CurlLane::abort(Attempt &a)
{
    auto &t = static_cast<Transfer &>(a);
    if (t.active)
        finish(t, CURLE_ABORTED_BY_CALLBACK);
}

void CurlLane::cancel(quint64 requestId, int generation)
{
    for (const auto &t : m_transfers) {
        if (t->active && t->job.requestId == requestId && t->job.generation == generation) {
            t->cancelled = true;
            abort(*t);
        }
    }
}

void CurlLane::cancelAll()
{
    for (const auto &t : m_transfers) {
        if (t->active) {
            t->cancelled = true;
            abort(*t);
        }
    }
}

void CurlLane::act(curl_socket_t socket, int events)
{
    int running = 0;
    curl_multi_socket_action(m_multi, socket, events, &running);
    collectFinished();
}

void CurlLane::collectFinished()
{
    int left = 0;
    while (CURLMsg *msg = curl_multi_info_read(m_multi, &left)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        // Copied first: finishing removes the handle, which frees the message.
        const CURLcode code = msg->data.result;
        Transfer *t = nullptr;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
        if (t && t->active)
            finish(*t, code);
    }
}

void CurlLane::watch(curl_socket_t socket, int what, Watch *w)
{
    if (!w) {
        w = new Watch;
        w->read = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        w->write = new QSocketNotifier(socket, QSocketNotifier::Write, this);
        connect(w->read, &QSocketNotifier::activated, this, [this, socket] { act(socket, CURL_CSELECT_IN); });
        connect(w->write, &QSocketNotifier::activated, this, [this, socket] { act(socket, CURL_CSELECT_OUT); });
        curl_multi_assign(m_multi, socket, w);
    }
    w->read->setEnabled(what & CURL_POLL_IN);
    w->write->setEnabled(what & CURL_POLL_OUT);
}

void CurlLane::unwatch(Watch *w)
{
    // Possibly inside the notifier's own signal: disarmed now, deleted once it has returned.
    for (QSocketNotifier *n : { w->read, w->write }) {
        n->setEnabled(false);
        n->disconnect(this);
        n->deleteLater();
    }
    delete w;
}

int CurlLane::onSocket(CURL *, curl_socket_t socket, int what, void *lane, void *watch)
{
    auto *self = static_cast<CurlLane *>(lane);
    auto *w = static_cast<Watch *>(watch);
    if (what == CURL_POLL_REMOVE) {
        if (w)
            self->unwatch(w);
    } else {
        self->watch(socket, what, w);
    }
    return 0;
}

int CurlLane::onTimer(CURLM *, long timeoutMs, void *lane)
{
    // Only arms Qt's timer: curl must not be called back into from here.
    QTimer *timer = static_cast<CurlLane *>(lane)->m_curlTimer;
    if (timeoutMs < 0)
        timer->stop();
    else
        timer->start(int(std::min<long>(timeoutMs, std::numeric_limits<int>::max())));
    return 0;
}

size_t CurlLane::onBody(char *data, size_t size, size_t count, void *transfer)
{
    auto *t = static_cast<Transfer *>(transfer);
    const size_t bytes = size * count;
    t->lane->storeBody(*t, data, qsizetype(bytes));
    return bytes;
}

size_t CurlLane::onHeader(char *data, size_t size, size_t count, void *transfer)
{
    auto *t = static_cast<Transfer *>(transfer);
    const size_t bytes = size * count;
    t->lane->markFirstByte(*t);
    const QByteArrayView line = QByteArrayView(data, qsizetype(bytes)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new status line (after a 100 Continue, say): the headers that count follow it.
        t->headers.clear();
        t->headerBytes = 0;
        return bytes;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0 && t->headers.size() < kMaxStoredHeaders && t->headerBytes + line.size() <= kMaxStoredHeaderBytes) {
        t->headers.append(
            { line.first(colon).trimmed().toByteArray(), line.sliced(colon + 1).trimmed().toByteArray() });
        t->headerBytes += line.size();
    }
    return bytes;
}

int CurlLane::onRequestReady(void *transfer, char *, char *, int, int)
{
    // Called with a connection in hand, just before the request goes out on it; again when curl
    // resends it on a new connection after the kept-alive one turned out dead.
    auto *t = static_cast<Transfer *>(transfer);
    t->lane->markSent(*t);
    return CURL_PREREQFUNC_OK;
}

} // namespace fathom
