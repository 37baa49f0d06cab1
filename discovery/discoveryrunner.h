#pragma once

#include "discovery/discoveryresult.h"
#include "model/targetprofile.h"
#include "network/metricssnapshot.h"

#include <QObject>

#include <memory>

namespace fathom {

class ForwardingSecretStore;
class RunThread;
class SecretStore;

/// Runs a CapacityDiscovery in a RunThread of its own, for the window: the engine, its
/// callbacks and the token provider never run in the caller's thread, which receives only the
/// discovery's signals and the engine's 10 Hz snapshots, all queued.
///
/// Lives in (and is used from) the caller's thread. One run per object.
class DiscoveryRunner : public QObject
{
    Q_OBJECT
public:
    /// `secrets` (optional, not owned, living in the caller's thread) supplies the client secret
    /// when the profile uses auth; the run thread asks it through a ForwardingSecretStore.
    DiscoveryRunner(TargetProfile profile, DiscoveryConfig config, SecretStore *secrets, QObject *parent = nullptr);
    /// Stops the run thread at once: a discovery still running is abandoned without cleanup, so
    /// cancel() and wait for finished() first when its jobs should be deleted.
    ~DiscoveryRunner() override;

    void start();
    /// Stops at the next safe point; jobs already created are still cleaned up, then finished().
    void cancel();
    bool isRunning() const { return m_running; }
    /// The result, once finished() has been emitted.
    const DiscoveryResult &result() const { return m_result; }

Q_SIGNALS:
    void warmUpProgress(int job, int jobs);
    void attemptStarted(int level, int attempt);
    void stepFinished(const fathom::StepResult &step);
    void rateTrialStarted(double ratePerS, int jobs);
    void paused(const QString &reason);
    void resumed();
    void finished(const fathom::DiscoveryResult &result);
    /// A new engine took over (a level needed a larger pool): the snapshots that follow start
    /// from zero again.
    void segmentStarted();
    void snapshot(const fathom::MetricsSnapshot &snapshot);

private:
    TargetProfile m_profile;
    DiscoveryConfig m_config;
    std::unique_ptr<ForwardingSecretStore> m_secrets;
    std::unique_ptr<RunThread> m_thread;
    QObject *m_anchor; ///< lives in the run thread; parent of the discovery
    DiscoveryResult m_result;
    bool m_running = false;
};

} // namespace fathom
