#pragma once

#include "network/lane.h"

#include <curl/curl.h>

#include <vector>

class QSocketNotifier;

namespace fathom {

/// A lane on libcurl's multi interface, driven by Qt's event loop (socket notifiers and one
/// timer): as many connections to a host as it has slots, kept alive between requests, and far
/// less work per request than QNAM (bench/peers). Its handles are created in the lane's thread
/// on first use.
class CurlLane : public Lane
{
    Q_OBJECT
public:
    CurlLane(int index, int capacity, Clock *clock, Deliver deliver);
    ~CurlLane() override;

    void start(const LaneJob &job) override;
    void cancel(quint64 requestId, int generation) override;
    void cancelAll() override;

private:
    struct Transfer : Attempt
    {
        CurlLane *lane = nullptr;
        CURL *easy = nullptr;
        curl_slist *headerList = nullptr;
        QList<QPair<QByteArray, QByteArray>> headers;
        qsizetype headerBytes = 0;
        bool active = false;
        char error[CURL_ERROR_SIZE] = {};
    };
    /// The notifiers of one socket curl asked us to watch.
    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };

    void abort(Attempt &a) override;
    void prepare(Transfer &t);
    void finish(Transfer &t, CURLcode code);
    void act(curl_socket_t socket, int events);
    void collectFinished();
    void watch(curl_socket_t socket, int what, Watch *w);
    void unwatch(Watch *w);

    static int onSocket(CURL *easy, curl_socket_t socket, int what, void *lane, void *watch);
    static int onTimer(CURLM *multi, long timeoutMs, void *lane);
    static size_t onBody(char *data, size_t size, size_t count, void *transfer);
    static size_t onHeader(char *data, size_t size, size_t count, void *transfer);
    static int onRequestReady(void *transfer, char *, char *, int, int);

    int m_capacity;
    CURLM *m_multi = nullptr;
    QTimer *m_curlTimer = nullptr;
    std::vector<std::unique_ptr<Transfer>> m_transfers;
};

} // namespace fathom
