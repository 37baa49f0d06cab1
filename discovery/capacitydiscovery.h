#pragma once

#include "discovery/discoveryresult.h"
#include "discovery/levelassessment.h"
#include "model/targetprofile.h"
#include "network/descriptorlimit.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace fathom {

class HttpEngine;
class TokenProvider;

/// Runs capacity discovery against a target: levels of concurrent jobs through the engine,
/// chosen by a LevelPlanner, with cleanup, cool-down and a health check between attempts.
/// Lives in one thread; every signal is emitted there. Storage is not its job: connect
/// stepFinished() to a RunStore.
class CapacityDiscovery : public QObject
{
    Q_OBJECT
public:
    /// `tokens` (optional, not owned) signs the requests when the profile uses auth.
    CapacityDiscovery(TargetProfile profile, DiscoveryConfig config, TokenProvider *tokens = nullptr,
                      QObject *parent = nullptr);
    ~CapacityDiscovery() override;

    /// Signs the requests with `tokens` (not owned); call before start().
    void setTokenProvider(TokenProvider *tokens) { m_tokens = tokens; }
    void start();
    /// Stops at the next safe point: no new jobs are sent; where jobs are created and deleted,
    /// those in flight may still answer (for up to kStopGraceMs), and every job created is
    /// deleted before the run ends.
    void cancel();

    const DiscoveryResult &result() const { return m_result; }
    bool isRunning() const { return m_running; }
    /// The engine of the current level (its metrics feed the dashboard); may change per level.
    HttpEngine *engine() const { return m_engine.get(); }

Q_SIGNALS:
    /// The warm-up's job `job` (1-based) of `jobs` began: jobs one at a time, the baseline of
    /// saturation.
    void warmUpProgress(int job, int jobs);
    void attemptStarted(int level, int attempt);
    void stepFinished(const fathom::StepResult &step);
    /// A rate limit is being measured: `jobs` jobs paced at `ratePerS` a second.
    void rateTrialStarted(double ratePerS, int jobs);
    void rateTrialFinished(const fathom::RateTrial &trial);
    /// The health check failed between attempts; the run waits and re-checks.
    void paused(const QString &reason);
    void resumed();
    void finished(const fathom::DiscoveryResult &result);
    /// The engine was replaced (a level needed a larger pool).
    void engineChanged(fathom::HttpEngine *engine);

private:
    void preflight();
    /// Sends the warm-up's next job, or moves on to the levels once all were sent.
    void warmUp();
    void onWarmUpJobDone(const RequestOutcome &outcome);
    void scheduleAttempt();
    void runAttempt();
    void onJobDone(const RequestOutcome &outcome);
    void finishAttempt();
    void cleanup(std::function<void()> then);
    void afterStep();
    /// Later levels would measure the jobs left behind: stop when the cleanups of m_step failed.
    void stopIfCleanupsFailed();
    void checkHealth(bool afterPause);
    // A rate limit (429): the same jobs paced one after another, at rates searched like levels.
    void startRateSearch(const StepResult &burst);
    void scheduleRateTrial();
    void sendPacedJob();
    void onPacedJobDone(const RequestOutcome &outcome);
    void finishRateTrial();
    /// The next rate to try, or nullopt when the search has converged or reached its bounds.
    std::optional<double> nextRate() const;
    void stopWith(StopReason reason, const QString &detail = {});
    void finishRun();
    void ensurePool(int level);
    bool stopRequested() const { return m_stopReason.has_value(); }

    TargetProfile m_profile;
    DiscoveryConfig m_config;
    TokenProvider *m_tokens;
    std::unique_ptr<HttpEngine> m_engine;
    DescriptorLimit m_descriptors; ///< read at construction: how many connections the client can hold
    int m_clientMaxLevel; ///< the highest level the client can hold connections for
    LevelPlanner m_planner;
    DiscoveryResult m_result;
    bool m_running = false;
    std::optional<StopReason> m_stopReason;
    QString m_stopDetail;
    QTimer m_budget;
    QTimer m_wait; ///< cool-down and health re-checks

    // The attempt in progress.
    QList<quint64> m_jobIds;
    QList<QByteArray> m_createdBodies; ///< answers of successful jobs, for cleanup
    StepResult m_step;
    LatencyHistogram m_latency;
    LatencyHistogram m_queueWait;
    int m_jobsDone = 0;
    qint64 m_attemptStartUs = 0;
    qint64 m_lastDoneUs = 0;
    QString m_fiberText;
    QList<qint64> m_okLatencies; ///< of this attempt's successful jobs, µs
    int m_warmUpSent = 0;
    quint64 m_healthId = 0; ///< the health or readiness check in flight, cancelled by a stop
    QElapsedTimer m_unhealthySince;
    QTimer m_pace; ///< sends the next paced job
    /// After a stop, how long job requests in flight may still answer: they may have created
    /// their jobs already, and only an answer names the job to delete.
    QTimer m_stopGrace;
    static constexpr int kStopGraceMs = 10'000;
    RateTrial m_trial; ///< the paced trial in progress
    int m_trialSent = 0;
    int m_drainJobs = 1; ///< sent at once before each paced trial, to empty the server's bucket
    QElapsedTimer m_trialClock;
    qint64 m_firstPacedUs = 0, m_lastPacedUs = 0;
    /// When each paced job went out on the wire, and whether it was answered 429. A job held up
    /// in Fathom (a loaded machine) reaches the server right behind the next: a limiter without
    /// burst refuses it for Fathom's delay, not for the rate asked.
    std::vector<PacedSend> m_pacedSends;
    std::optional<double> m_repeatRate; ///< a trial spoiled by Fathom's own delays, run again
    int m_trialRepeats = 0;
    double m_rateFailed = 0; ///< the lowest paced rate that failed, 0 for none yet
    double m_ratePassed = 0; ///< the highest that passed, 0 for none yet ///< since the first of the current run of
                             ///< failed health checks
    QString m_cleanupError;
};

} // namespace fathom
