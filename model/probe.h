#pragma once

#include "model/targetprofile.h"
#include "network/outcome.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace fathom {

class HttpEngine;
class TokenProvider;

enum class ProbeKind
{
    Health,
    Readiness,
    Auth,
    Job,
    Pool,
    Timeout
};
QString probeKindId(ProbeKind k);
/// The probe's name in the current language ("health", "pool saturation"), for people.
QString probeKindWords(ProbeKind k);
/// The same for a stored id; an id Fathom does not know is shown as it is.
QString probeKindWords(const QString &id);
std::optional<ProbeKind> probeKindFromId(const QString &id);

struct ProbeOptions
{
    int poolRequests = 200; ///< pool probe: concurrent requests (N)
    int poolSize = 10; ///< pool probe: the small pool (P), shown beside a pool of N
};

/// What a probe found: a verdict for humans, details for machines and reports.
struct ProbeResult
{
    ProbeKind kind = ProbeKind::Health;
    bool ok = false;
    bool unreachable = false; ///< the target could not be reached at all
    bool cancelled = false; ///< stopped before it could conclude: neither passed nor failed
    QString verdict;
    QJsonObject details;

    QJsonObject toJson() const;
};

/// A probe's details as a person reads them — outcomes counted ("180 × rejected as overloaded
/// (HTTP 503), 20 × succeeded"), the server's and Fathom's times, attempts, cleanup — one line
/// each, from its JSON (so a stored probe reads the same).
QStringList probeSummary(const QJsonObject &details);
/// A probe's result (ProbeResult::toJson(), as stored) in full, as the window shows it: its
/// verdict, probeSummary(), then the JSON itself.
QString probeResultText(const QJsonObject &result);

/// Runs one probe against a target through a fresh engine with the profile's settings.
/// Created jobs are cleaned up when the profile has a cleanup request. Secrets and tokens never
/// appear in results.
class Probe : public QObject
{
    Q_OBJECT
public:
    /// `tokens` (optional) is shared: a probe keeps its provider alive while it runs, whatever
    /// becomes of the target that gave it (a target switched mid-probe freed it once).
    Probe(TargetProfile profile, std::shared_ptr<TokenProvider> tokens = {}, QObject *parent = nullptr);
    ~Probe() override;

    void run(ProbeKind kind, const ProbeOptions &options = {});
    void cancel();

Q_SIGNALS:
    void finished(const fathom::ProbeResult &result);

private:
    HttpEngine *makeEngine(int poolSize);
    /// Closes an engine and its connections (not from inside its own callback).
    void releaseEngine(HttpEngine *engine);
    void health();
    void readiness();
    void auth();
    void job();
    void pool(const ProbeOptions &options);
    void poolRound(int poolSize, int requests, std::function<void(QJsonObject)> done);
    void timeout();
    /// Deletes the jobs the answers name, then calls `then` with how many were deleted.
    void cleanupThen(const QList<QByteArray> &answers, HttpEngine *engine, std::function<void(int cleaned)> then);
    void finish(bool ok, const QString &verdict, const QJsonObject &details, bool unreachable = false);

    TargetProfile m_profile;
    std::shared_ptr<TokenProvider> m_tokens;
    ProbeKind m_kind = ProbeKind::Health;
    std::vector<std::unique_ptr<HttpEngine>> m_engines;
    bool m_done = false;
    bool m_cancelled = false;
    /// A health probe ends by this deadline however many tries it takes: a server that accepts
    /// and never answers took four request timeouts and their backoffs (247 s) otherwise.
    QTimer m_deadline;
    bool m_pastDeadline = false;
};

} // namespace fathom
