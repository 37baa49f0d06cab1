#pragma once

#include "network/lane.h"

#include <curl/curl.h>

#include <vector>

class QSocketNotifier;

namespace fathom {

/// A lane on libcurl's multi interface, driven by Qt's event loop: as many connections to a
/// host as it has slots, kept alive between requests, and far less work per request than QNAM
/// (bench/peers). Its handles are created in the lane's thread on first use.
///
/// The sockets curl opens are watched by one epoll set of the lane's own, and Qt's event loop
/// watches only that set (one notifier) and one timer per multi handle. A notifier per socket made every turn
/// of the loop poll every open connection: at 10,000 in flight a request cost six times the
/// CPU it cost at 200 (bench/run-engine-scale). For the same reason the slots are split over
/// several multi handles of at most kShardSlots each: curl 7.88 looks for a connection to reuse
/// by walking every connection it has to the host, so one multi handle of thousands made each
/// request walk thousands.
class CurlLane : public Lane
{
    Q_OBJECT
public:
    CurlLane(int index, int capacity, Clock *clock, Deliver deliver);
    ~CurlLane() override;

    void start(const LaneJob &job) override;
    void cancel(quint64 requestId, int generation) override;
    void cancelAll() override;

    static constexpr int kShardSlots = 128;

private:
    struct Shard;
    struct Transfer : Attempt
    {
        CurlLane *lane = nullptr;
        Shard *shard = nullptr;
        CURL *easy = nullptr;
        curl_slist *headerList = nullptr;
        curl_slist *resolveList = nullptr; ///< a .localhost name pinned to 127.0.0.1
        /// The request the easy handle is set up for, kept alive while curl points into it.
        /// The next job that sends the same request reuses the set-up as it is.
        std::shared_ptr<const HttpRequestSpec> prepared;
        QByteArray preparedAuthorization;
        QList<QPair<QByteArray, QByteArray>> headers;
        qsizetype headerBytes = 0;
        bool active = false;
        char error[CURL_ERROR_SIZE] = {};
    };
    /// One multi handle, its timer, and the transfers (slots) it runs.
    struct Shard
    {
        CurlLane *lane = nullptr;
        quint32 index = 0;
        int capacity = 0;
        CURLM *multi = nullptr;
        QTimer *timer = nullptr;
        /// When curl wants to be called back (steady ms; -1: never), and when the timer fires:
        /// the timer is restarted only for an earlier time, since curl moves its time at every
        /// step of every transfer and a QTimer restart allocates.
        qint64 dueMs = -1;
        qint64 armedMs = -1;
        std::vector<std::unique_ptr<Transfer>> transfers;
        std::vector<Transfer *> idle; ///< made, not running
    };

    /// What the lane knows of one descriptor in its epoll set.
    struct Watch
    {
        quint64 data = 0; ///< shard << 32 | socket, as registered
        uint32_t registered = 0; ///< epoll events the set holds for it
        bool inSet = false;
        bool wanted = false; ///< curl watches it now
        bool ours = false; ///< opened through openSocket: its closing is seen in closeSocket
    };

    bool setUp();
    /// The sockets of connections: opened and closed here, so the epoll set may keep watching
    /// one between two requests on it without asking the kernel each time.
    static curl_socket_t openSocket(void *lane, curlsocktype purpose, curl_sockaddr *address);
    static int closeSocket(void *lane, curl_socket_t socket);
    Watch &watch(curl_socket_t socket);
    bool sameRequestAsPrepared(const Transfer &t) const;
    void onShardTimer(Shard &shard);
    Transfer *freeTransfer();
    void abort(Attempt &a) override;
    void prepare(Transfer &t);
    void finish(Transfer &t, CURLcode code);
    void act(Shard &shard, curl_socket_t socket, int events);
    /// The sockets the epoll set says are ready, each handed to its shard's curl.
    void actOnReadySockets();
    void collectFinished(Shard &shard);

    static int onSocket(CURL *easy, curl_socket_t socket, int what, void *shard, void *socketData);
    static int onTimer(CURLM *multi, long timeoutMs, void *shard);
    static size_t onBody(char *data, size_t size, size_t count, void *transfer);
    static size_t onHeader(char *data, size_t size, size_t count, void *transfer);
    static int onRequestReady(void *transfer, char *, char *, int, int);

    int m_capacity;
    int m_epoll = -1; ///< the sockets curl asked to watch, of every shard
    QSocketNotifier *m_epollNotifier = nullptr;
    std::vector<std::unique_ptr<Shard>> m_shards;
    std::vector<Watch> m_watches; ///< by descriptor
    Shard *m_starting = nullptr; ///< start() calls curl itself right after adding to it
};

} // namespace fathom
