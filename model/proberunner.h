#pragma once

#include "model/probe.h"
#include "model/targetprofile.h"

#include <QObject>

#include <memory>

namespace fathom {

class ForwardingSecretStore;
class RunThread;
class SecretStore;

/// Runs probes for the window in a thread of their own (a RunThread): a probe's engine, its
/// callbacks and its token provider never run in the caller's thread, which receives each result,
/// queued, with the id run() gave it — so a caller that moved on (another target) drops a late one.
///
/// Probes with the same authentication share a token provider, made in the run thread (one token
/// fetched for many probes); each probe holds it while it runs, so a target switched mid-probe
/// cannot free it under the probe. Lives in (and is used from) the caller's thread.
class ProbeRunner : public QObject
{
    Q_OBJECT
public:
    /// `secrets` (optional, not owned, living in the caller's thread) supplies the client secret
    /// when the profile uses auth; the run thread asks it through a ForwardingSecretStore.
    explicit ProbeRunner(SecretStore *secrets, QObject *parent = nullptr);
    /// Stops the run thread: probes still running are abandoned without cleanup, so cancel them
    /// and wait for their results first when their jobs should be deleted.
    ~ProbeRunner() override;

    /// Starts a probe against `profile`; finished() brings its result. Ids never repeat.
    quint64 run(const TargetProfile &profile, ProbeKind kind, const ProbeOptions &options = {});
    /// Probes started from now on fetch a new token (the target was chosen again, its secret may
    /// have changed); those running keep theirs.
    void forgetTokens() { ++m_tokenGeneration; }
    /// Stops the probe at its next safe point; what it created is cleaned up, then finished()
    /// with a cancelled result. An id that has finished is ignored.
    void cancel(quint64 id);
    /// Probes started whose results have not arrived yet.
    int runningCount() const { return m_running; }

Q_SIGNALS:
    void finished(quint64 id, const fathom::ProbeResult &result);

private:
    quint64 m_tokenGeneration = 0;
    quint64 m_nextId = 1;
    int m_running = 0;
    std::unique_ptr<ForwardingSecretStore> m_secrets;
    std::unique_ptr<RunThread> m_thread;
    QObject *m_anchor; ///< lives in the run thread; parent of the probes and of the token provider's holder
};

} // namespace fathom
