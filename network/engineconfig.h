#pragma once

#include "network/circuitbreaker.h"
#include "network/retrypolicy.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace fathom {

/// How the engine trusts an HTTPS server, and proves itself to one. Files are PEM.
struct TlsSettings
{
    /// Check the server's certificate chain and that it names the host asked for. Off only
    /// for a lab server whose certificate nothing can check: anyone between could answer.
    bool verifyPeer = true;
    QString caBundle; ///< CAs trusted besides the system's (a QA lab's internal CA)
    QString clientCertificate; ///< for servers that ask the client for a certificate
    QString clientKey; ///< its private key; may be encrypted
    QString passphraseKey; ///< the keychain key of the client key's passphrase; empty: none
    /// The passphrase itself, read from the keychain before a run: never saved or printed.
    QString passphrase;

    bool operator==(const TlsSettings &) const = default;
};

/// The client settings of the engine. Durations in milliseconds; 0 switches a limit off where
/// noted.
struct EngineConfig
{
    /// The HTTP client under the lanes. libcurl's multi interface costs a third of QNAM's CPU
    /// per request (bench/peers); Qt Network stays as the reference the tests hold it to.
    enum class Transport : quint8
    {
        Curl,
        Qt
    };
    Transport transport = Transport::Curl;
    /// Real concurrent connections to one host. One QNAM opens at most 6, so on Qt the engine
    /// runs ceil(poolSize / 6) QNAM lanes; on curl, one lane per worker thread.
    int poolSize = 200;
    /// Threads the lanes run on; 0 runs them in the engine's own thread.
    int workerThreads = 2; // fastest on the 2-core machines measured (bench/run-engine)
    int connectTimeoutMs = 10'000; ///< dispatch → request written (DNS, TCP connect, send)
    int requestTimeoutMs = 60'000; ///< request written → whole answer received
    int poolWaitTimeoutMs = 60'000; ///< longest wait in Fathom's queue for a slot; 0 = no limit
    int maxConcurrency = 0; ///< client-side semaphore (the seed's 50); 0 = off
    double maxRequestsPerSecond = 0; ///< token bucket; 0 = off
    double rateBurst = 1; ///< tokens the bucket may save up
    qsizetype maxStoredBodyBytes = 64 * 1024; ///< larger answers are read and dropped past this
    RetryPolicy retry;
    BreakerConfig breaker;
    TlsSettings tls;

    static constexpr int kConnectionsPerLane = 6; ///< Qt 6.4's hard-coded per-host limit
    int laneCount() const
    {
        if (transport == Transport::Qt)
            return std::max(1, (poolSize + kConnectionsPerLane - 1) / kConnectionsPerLane);
        return std::clamp(workerThreads, 1, std::max(1, poolSize));
    }
    /// Requests one lane holds at once; all lanes together hold at least poolSize.
    int laneCapacity() const
    {
        if (transport == Transport::Qt)
            return kConnectionsPerLane;
        return (std::max(1, poolSize) + laneCount() - 1) / laneCount();
    }
};

/// One HTTP request to send through the engine.
struct HttpRequestSpec
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool useToken = false; ///< attach "Authorization: Bearer" from the engine's TokenProvider
    /// Close the connection once the answer is in, rather than keep it alive for another request.
    /// Fathom then closes first, so the TIME_WAIT of the closed connection stays on the client's
    /// side; where the server closes an idle one first, its TIME_WAIT can meet a later connect
    /// from the same port, whose SYN then waits a retransmission (1 s, 3 s, …) on loopback.
    bool closeAfter = false;
    /// Overrides the engine's retry policy for this request (e.g. cleanups that must get through).
    std::optional<RetryPolicy> retry;
};

} // namespace fathom
