#include "network/curllane.h"

#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <chrono>
#include <iterator>
#include <mutex>

#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

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

/// The clock of curl's timeouts: real time, like the QTimer that waits for them.
qint64 steadyNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
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
    for (const auto &shard : m_shards) {
        for (const auto &t : shard->transfers) {
            if (t->active)
                curl_multi_remove_handle(shard->multi, t->easy);
        }
        // Closes the kept-alive connections; curl says CURL_POLL_REMOVE for each watched socket.
        if (shard->multi)
            curl_multi_cleanup(shard->multi);
        for (const auto &t : shard->transfers) {
            curl_easy_cleanup(t->easy);
            curl_slist_free_all(t->headerList);
            curl_slist_free_all(t->resolveList);
        }
    }
    if (m_epollNotifier)
        m_epollNotifier->setEnabled(false);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool CurlLane::setUp()
{
    // libcurl 7.88 (Debian 12) initialises thread-safely; once per process is enough.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0)
        return false;
    m_epollNotifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read, this);
    connect(m_epollNotifier, &QSocketNotifier::activated, this, &CurlLane::actOnReadySockets);
    const int shards = (m_capacity + kShardSlots - 1) / kShardSlots;
    for (int i = 0; i < shards; ++i) {
        auto shard = std::make_unique<Shard>();
        shard->lane = this;
        shard->index = quint32(i);
        shard->capacity = m_capacity / shards + (i < m_capacity % shards ? 1 : 0);
        shard->multi = curl_multi_init();
        if (!shard->multi)
            return false;
        CURLM *m = shard->multi;
        curl_multi_setopt(m, CURLMOPT_SOCKETFUNCTION, &CurlLane::onSocket);
        curl_multi_setopt(m, CURLMOPT_SOCKETDATA, shard.get());
        curl_multi_setopt(m, CURLMOPT_TIMERFUNCTION, &CurlLane::onTimer);
        curl_multi_setopt(m, CURLMOPT_TIMERDATA, shard.get());
        // Every slot keeps its connection alive between requests, as a QNAM lane does.
        curl_multi_setopt(m, CURLMOPT_MAXCONNECTS, long(shard->capacity));
        shard->timer = new QTimer(this);
        shard->timer->setSingleShot(true);
        shard->timer->setTimerType(Qt::PreciseTimer);
        Shard *raw = shard.get();
        connect(shard->timer, &QTimer::timeout, this, [this, raw] { onShardTimer(*raw); });
        m_shards.push_back(std::move(shard));
    }
    return true;
}

CurlLane::Transfer *CurlLane::freeTransfer()
{
    // The first shard with room: at low concurrency the same few connections are reused.
    for (const auto &shard : m_shards) {
        if (!shard->idle.empty()) {
            Transfer *t = shard->idle.back();
            shard->idle.pop_back();
            return t;
        }
        if (int(shard->transfers.size()) < shard->capacity) {
            auto t = std::make_unique<Transfer>();
            t->lane = this;
            t->shard = shard.get();
            t->easy = curl_easy_init();
            if (!t->easy)
                return nullptr;
            shard->transfers.push_back(std::move(t));
            return shard->transfers.back().get();
        }
    }
    return nullptr;
}

void CurlLane::start(const LaneJob &job)
{
    if (m_epoll < 0 && !setUp())
        return refuseOverCapacity(job);
    Transfer *t = freeTransfer();
    if (!t)
        return refuseOverCapacity(job);

    begin(*t, job);
    t->headers.clear();
    t->headers.reserve(16); // one allocation, not one per few headers
    t->headerBytes = 0;
    t->error[0] = '\0';
    prepare(*t);
    t->active = true;
    m_starting = t->shard;
    const CURLMcode added = curl_multi_add_handle(t->shard->multi, t->easy);
    m_starting = nullptr;
    if (added != CURLM_OK) {
        t->active = false;
        qstrncpy(t->error, curl_multi_strerror(added), sizeof t->error);
        finish(*t, CURLE_FAILED_INIT);
        return;
    }
    // Starts it now rather than on the zero timer curl just asked for: one turn of the event
    // loop less between dispatch and the request on the wire.
    act(*t->shard, CURL_SOCKET_TIMEOUT, 0);
}

bool CurlLane::sameRequestAsPrepared(const Transfer &t) const
{
    const HttpRequestSpec *was = t.prepared.get();
    const HttpRequestSpec &now = *t.job.spec;
    if (!was || t.preparedAuthorization != t.job.authorization)
        return false;
    return was == &now
        || (was->method == now.method && was->closeAfter == now.closeAfter && was->url == now.url
            && was->headers == now.headers && was->body == now.body);
}

void CurlLane::prepare(Transfer &t)
{
    // curl keeps an easy handle's options from one transfer to the next: a slot that sends the
    // same request again (a probe's or a discovery's jobs) is set up already.
    if (sameRequestAsPrepared(t))
        return;
    CURL *e = t.easy;
    const HttpRequestSpec &spec = *t.job.spec;
    t.prepared = t.job.spec;
    t.preparedAuthorization = t.job.authorization;
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
    // Every transfer in flight holds a receive buffer: curl's default of 16 KB held more memory
    // at 10,000 in flight for the same CPU per request (docs/engine.md, "At scale"). A job
    // server's answers are far smaller; a larger one costs a read per 8 KB.
    curl_easy_setopt(e, CURLOPT_BUFFERSIZE, 8L * 1024);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &CurlLane::onBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &CurlLane::onHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(e, CURLOPT_PREREQFUNCTION, &CurlLane::onRequestReady);
    curl_easy_setopt(e, CURLOPT_PREREQDATA, &t);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, &CurlLane::openSocket);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, this);
    curl_easy_setopt(e, CURLOPT_CLOSESOCKETFUNCTION, &CurlLane::closeSocket);
    curl_easy_setopt(e, CURLOPT_CLOSESOCKETDATA, this);
    if (spec.closeAfter)
        curl_easy_setopt(e, CURLOPT_FORBID_REUSE, 1L);
    curl_slist_free_all(t.resolveList);
    t.resolveList = nullptr;
    const QString host = spec.url.host(QUrl::FullyEncoded);
    if (isLocalhostName(host)) {
        const int port = spec.url.port(spec.url.scheme() == QLatin1String("https") ? 443 : 80);
        appendHeader(&t.resolveList, host.toLatin1() + ':' + QByteArray::number(port) + ":127.0.0.1");
        curl_easy_setopt(e, CURLOPT_RESOLVE, t.resolveList);
    }
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
            // Not copied by curl: `prepared` keeps the spec alive.
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
        curl_multi_remove_handle(t.shard->multi, t.easy);
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
    t.shard->idle.push_back(&t); // before delivering: the engine may start its next job at once
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
    for (const auto &shard : m_shards) {
        for (const auto &t : shard->transfers) {
            if (t->active && t->job.requestId == requestId && t->job.generation == generation) {
                t->cancelled = true;
                abort(*t);
            }
        }
    }
}

void CurlLane::cancelAll()
{
    for (const auto &shard : m_shards) {
        for (const auto &t : shard->transfers) {
            if (t->active) {
                t->cancelled = true;
                abort(*t);
            }
        }
    }
}

void CurlLane::act(Shard &shard, curl_socket_t socket, int events)
{
    int running = 0;
    curl_multi_socket_action(shard.multi, socket, events, &running);
    collectFinished(shard);
}

void CurlLane::collectFinished(Shard &shard)
{
    int left = 0;
    while (CURLMsg *msg = curl_multi_info_read(shard.multi, &left)) {
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

void CurlLane::actOnReadySockets()
{
    // Level-triggered: what is not taken now (more than a batch) makes the set ready again.
    epoll_event ready[256];
    const int n = epoll_wait(m_epoll, ready, int(std::size(ready)), 0);
    for (int i = 0; i < n; ++i) {
        const uint32_t e = ready[i].events;
        const int events = ((e & (EPOLLIN | EPOLLHUP)) ? CURL_CSELECT_IN : 0) | ((e & EPOLLOUT) ? CURL_CSELECT_OUT : 0)
            | ((e & EPOLLERR) ? CURL_CSELECT_ERR : 0);
        const quint64 data = ready[i].data.u64;
        const auto socket = curl_socket_t(quint32(data));
        Watch &w = watch(socket);
        if (w.ours && !w.wanted) {
            // An idle kept-alive connection the set still watched: the server closed it, say.
            // Curl finds out when it next picks the connection; until then it is not watched.
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, socket, nullptr);
            w.inSet = false;
            w.registered = 0;
            continue;
        }
        const auto shard = size_t(data >> 32);
        // A socket closed by an earlier one's action is unknown to curl, which then ignores it.
        if (shard < m_shards.size())
            act(*m_shards[shard], socket, events);
    }
}

CurlLane::Watch &CurlLane::watch(curl_socket_t socket)
{
    if (size_t(socket) >= m_watches.size())
        m_watches.resize(std::max(size_t(socket) + 1, m_watches.size() * 2));
    return m_watches[size_t(socket)];
}

curl_socket_t CurlLane::openSocket(void *lane, curlsocktype, curl_sockaddr *address)
{
    const int socket = ::socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
    if (socket < 0)
        return CURL_SOCKET_BAD;
    Watch &w = static_cast<CurlLane *>(lane)->watch(socket);
    w = Watch();
    w.ours = true;
    return socket;
}

int CurlLane::closeSocket(void *lane, curl_socket_t socket)
{
    // Closing takes it out of the epoll set too (curl never duplicates a socket).
    static_cast<CurlLane *>(lane)->watch(socket) = Watch();
    return ::close(socket);
}

int CurlLane::onSocket(CURL *, curl_socket_t socket, int what, void *shard, void *)
{
    // Only tells the epoll set: curl must not be called back into from here.
    auto *s = static_cast<Shard *>(shard);
    CurlLane *lane = s->lane;
    const int epoll = lane->m_epoll;
    Watch &w = lane->watch(socket);
    if (what == CURL_POLL_REMOVE) {
        w.wanted = false;
        // A connection's socket between two requests stays in the set: taking it out and putting
        // it back cost two system calls a request. Any other (curl's resolver's) goes now.
        if (!w.ours) {
            epoll_ctl(epoll, EPOLL_CTL_DEL, socket, nullptr); // fails harmlessly once closed
            w = Watch();
        }
        return 0;
    }
    const quint64 data = quint64(s->index) << 32 | quint32(socket);
    const uint32_t events = ((what & CURL_POLL_IN) ? EPOLLIN : 0u) | ((what & CURL_POLL_OUT) ? EPOLLOUT : 0u);
    w.wanted = true;
    if (w.ours && w.inSet && w.registered == events && w.data == data)
        return 0;
    epoll_event e {};
    e.data.u64 = data;
    e.events = events;
    if (epoll_ctl(epoll, w.inSet ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, socket, &e) != 0) {
        if (errno == ENOENT)
            epoll_ctl(epoll, EPOLL_CTL_ADD, socket, &e);
        else if (errno == EEXIST)
            epoll_ctl(epoll, EPOLL_CTL_MOD, socket, &e);
    }
    w.inSet = true;
    w.registered = events;
    w.data = data;
    return 0;
}

int CurlLane::onTimer(CURLM *, long timeoutMs, void *shard)
{
    // Only arms Qt's timer: curl must not be called back into from here.
    auto *s = static_cast<Shard *>(shard);
    if (timeoutMs < 0) {
        s->dueMs = -1; // an armed timer then finds nothing due
        return 0;
    }
    const qint64 now = steadyNowMs();
    s->dueMs = now + timeoutMs;
    if (timeoutMs == 0 && s->lane->m_starting == s)
        return 0; // start() calls curl at once
    if (!s->timer->isActive() || s->dueMs < s->armedMs) {
        s->armedMs = s->dueMs;
        s->timer->start(int(std::min<long>(timeoutMs, std::numeric_limits<int>::max())));
    }
    return 0;
}

void CurlLane::onShardTimer(Shard &shard)
{
    if (shard.dueMs < 0)
        return;
    const qint64 left = shard.dueMs - steadyNowMs();
    if (left > 0) {
        // Curl moved its time later since the timer was armed.
        shard.armedMs = shard.dueMs;
        shard.timer->start(int(std::min<qint64>(left, std::numeric_limits<int>::max())));
        return;
    }
    act(shard, CURL_SOCKET_TIMEOUT, 0);
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
