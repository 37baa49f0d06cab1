#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace fathom {

/// Fathom's own client settings for a target (a saved profile): shown as Fathom's, never as the
/// suite's.
struct ClientProfile
{
    enum class Auth
    {
        None,
        Bearer,
        OAuth2,
        Basic,
    };
    QString name;
    QUrl baseUrl;
    Auth auth = Auth::None;
    QUrl tokenUrl; ///< OAuth2: where tokens come from (another server, often)
    int poolSize = 0;
    int maxConcurrency = 0; ///< 0: unlimited
    double maxRequestsPerSecond = 0; ///< 0: unlimited
    int connectTimeoutMs = 0;
    int requestTimeoutMs = 0;
    int poolWaitTimeoutMs = 0;
    int retries = 0;
    double backoffFactor = 0;
    bool breakerEnabled = false;
    int breakerFailureThreshold = 0;
};

/// A measurement of a server from Fathom's run history, as a diagnosis reads it: a capacity (a
/// discovery, or a Locust ramp imported) or a probe. model/ makes them from its stored runs.
struct Measurement
{
    enum class Kind
    {
        Capacity,
        Probe,
    };
    Kind kind = Kind::Probe;
    qint64 id = 0; ///< the run's number in the history ("run #3")
    QDateTime startedAt;
    QString target; ///< the base URL measured

    // A capacity run:
    bool fromLocust = false; ///< a Locust ramp rather than Fathom's discovery
    std::optional<int> capacity; ///< set only where the run measured one
    QString stopReason; ///< why it ended, as an id ("capacity_found", "waiting_for_fiber", …)
    QString stopReasonText; ///< the same in words, in the language of the analysis
    std::optional<double> jobMs; ///< one job's time: the median of the warm-up jobs, sent one at a time

    // A probe:
    QString probe; ///< its kind: "health", "readiness", "auth", "job", "pool"
    QString probeTitle; ///< the same in words, in the language of the analysis ("health", "one job")
    bool passed = false;
    QString verdict; ///< in the language of the analysis where it was written in another
    QString outcome; ///< the outcome class it met ("connect_timeout", "tls_error", …); empty for none

    std::optional<ClientProfile> client; ///< the settings it ran with, as stored with it (none for Locust)
};

} // namespace fathom
