#pragma once

#include "discovery/levelassessment.h"
#include "discovery/levelplanner.h"
#include "discovery/uslfit.h"
#include "network/metricssnapshot.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <map>
#include <optional>

namespace fathom {

/// One attempt at one level of a capacity-discovery run.
struct StepResult
{
    int index = 0; ///< 0-based order in the run
    int level = 0;
    int attempt = 1;
    bool passed = false;
    int ok = 0;
    int failed = 0;
    OutcomeCounts outcomes {};
    qint64 p50Us = 0, p90Us = 0, p99Us = 0, maxUs = 0; ///< job latency, submit → answer
    double throughputRps = 0; ///< successful jobs per second of the attempt
    qint64 queueWaitP99Us = 0;
    BreakerState breaker = BreakerState::Closed;
    int cleanedUp = 0;
    int cleanupFailed = 0;
    QDateTime startedAt;
    qint64 wallUs = 0;
    /// Successful jobs answered within the baseline's slow limit: those the server served at
    /// once. -1 when there was no baseline.
    int servedAtOnce = -1;
    /// Connections the attempt's jobs opened and reused (-1: the transport does not say). Each
    /// attempt starts on a fresh engine, so that none is left open from the one before.
    int connectionsOpened = -1;
    int connectionsReused = -1;
    /// Every successful job's latency, sorted: saturation compares them with the warm-up's.
    QList<qint64> latenciesUs;

    /// Jobs the server turned away at once for lack of room (isTurnedAway(): 503, refused).
    int rejected() const;
    /// Jobs answered 429: the arrival rate was too high.
    int rateLimited() const { return int(outcomes[size_t(OutcomeClass::RateLimited)]); }
    QJsonObject toJson() const;
    static StepResult fromJson(const QJsonObject &o);
    QJsonArray latenciesJson() const; ///< latenciesUs in ms
    /// The most frequent failure class, or nullopt when every job succeeded.
    std::optional<OutcomeClass> dominantFailure() const;
};

/// Jobs sent one after another at a fixed pace, to measure a rate limit (HTTP 429).
struct RateTrial
{
    double ratePerS = 0;
    int jobs = 0;
    int ok = 0;
    int rateLimited = 0; ///< answered 429
    bool passed() const { return jobs > 0 && ok == jobs; }
    QJsonObject toJson() const;
    static RateTrial fromJson(const QJsonObject &o);
};

struct DiscoveryConfig
{
    // What a user may ask for: the bounds of `fathom discover`'s flags and the Discovery tab's fields.
    static constexpr int kMaxLevel = 100'000;
    static constexpr int kMaxAttempts = 100;
    static constexpr int kMaxCooldownMs = 3'600'000; ///< an hour
    static constexpr int kMaxBaselineJobs = 1000;
    static constexpr int kMaxTimeBudgetS = 7 * 86'400; ///< a week
    static constexpr int kMaxSloP99Ms = 3'600'000;

    LevelPlanner::Strategy strategy = LevelPlanner::Strategy::Bisect;
    int startLevel = 1;
    int maxLevel = 1000;
    int attemptsPerLevel = 3;
    int cooldownMs = 1000; ///< between attempts, after cleanup
    /// Jobs sent one at a time before the first level, as the baseline of saturation; 0 = none
    /// (saturation then stays unknown).
    int baselineJobs = 10;
    qint64 timeBudgetMs = 0; ///< 0 = none
    int healthRetryMs = 2000; ///< while paused on a failed health check
    /// A run paused on failing health checks for longer stops as target_unhealthy; 0 = never.
    qint64 unhealthyLimitMs = 5 * 60'000;
    /// A target that stops answering at all (refused, timed out) mid-run stops it as
    /// target_unreachable after this long: a server that answers 503 may recover, one that is
    /// gone rarely comes back within a run. 0 = the unhealthy limit.
    qint64 unreachableLimitMs = 30'000;
    SaturationTolerance saturation;
    Slo slo;
    /// The profile's retries, recorded: discovery itself sends its jobs without retries, so
    /// that a level passes only when the server took every job at the first attempt.
    int profileRetries = 0;
    /// Retries of the jobs themselves: 0 for a discovery run; unknown for a Locust import and for
    /// runs stored before discovery turned them off.
    std::optional<int> jobRetries;
    /// Whether the jobs created were deleted after each attempt (the profile's cleanup); unknown
    /// for a Locust import and for runs stored before it was recorded.
    std::optional<bool> jobsCleanedUp;

    QJsonObject toJson() const;
    static DiscoveryConfig fromJson(const QJsonObject &o);
};

/// A level boundary decided from the steps: the highest good level below the lowest bad one.
struct LevelBound
{
    std::optional<int> level; ///< nullopt when no bad level was seen, or no level was good
    int atLeast = 0; ///< with no bad level seen: every level up to this one was good
    int firstBad = 0; ///< the lowest bad level, 0 if none
    QString note; ///< why the level is unknown (the user's language), empty when known

    QJsonValue levelJson() const { return level ? QJsonValue(*level) : QJsonValue(); }
};

/// What a run's verdict says, decided apart from its words (DiscoveryResult::verdict() writes
/// them). The step pointers point into the result's steps.
struct DiscoveryFindings
{
    enum class Finding
    {
        Stopped, ///< the run stopped before it could measure (fibre, unreachable, unhealthy, cleanups)
        RateLimit, ///< the server limits the request rate (DiscoveryResult::rateVerdict())
        ErrorRate, ///< jobs failed at random at every level: an error rate, no capacity
        NothingPassed,
        CutShort, ///< cancelled, out of time or interrupted: the highest level so far
        CapacityBetween, ///< a ramp jumped past capacity + 1: capacity lies in between
        Saturated, ///< capacity, and how many jobs the server serves at once
        ClientLimit, ///< Fathom's own limit stopped the run; saturation not found
        AllPassed, ///< every level up to the maximum passed; saturation not found
        Capacity, ///< capacity, saturation unknown
    };
    Finding finding = Finding::Stopped;
    const StepResult *failedAbove = nullptr; ///< the lowest failing level above capacity
    bool turnedAway = false; ///< failedAbove's jobs were turned away (503, refused), not lost
    QList<const StepResult *> queued; ///< passing levels where jobs were proven to wait
    bool allParallel = false; ///< every level that passed was served in parallel
    std::optional<OutcomeClass> mostlyFailedAs; ///< with ErrorRate
    std::optional<int> advisedLimit; ///< the concurrency to limit the suite to, when one is known
};

/// What a capacity-discovery run found.
struct DiscoveryResult
{
    DiscoveryConfig config;
    int capacity = 0;
    StopReason stopReason = StopReason::Running;
    QString stopDetail; ///< human words for the reason (e.g. the server's fibre message)
    int levelsTried = 0;
    int attempts = 0;
    QList<StepResult> steps;
    Baseline baseline; ///< the warm-up's jobs, which every level is compared with
    SaturationDecision saturation; ///< the highest level served in parallel
    LevelBound sloCapacity; ///< the highest level meeting the SLO (config.slo)
    std::optional<UslFit> usl;
    /// Set when jobs failed at random at levels the server did serve, and the failures above the
    /// capacity are no more than that rate explains: the share of jobs that fail whatever the
    /// level. The capacity is then unknown (measuredCapacity() is nullopt).
    std::optional<double> randomErrorRate;
    /// With StopReason::RateLimited: the paced trials, and the highest rate every job of a
    /// trial was served at (nullopt when none passed).
    QList<RateTrial> rateTrials;
    std::optional<double> rateLimitPerS;
    QDateTime startedAt;
    QDateTime finishedAt;

    QJsonObject toJson() const;
    QJsonObject saturationJson() const;
    QJsonObject sloJson() const;
    /// A result as stored by toJson(), with the steps as recorded (a run killed mid-way has
    /// steps and no result: it comes back as Running with the highest passing level, and no
    /// baseline).
    static DiscoveryResult fromJson(const QJsonObject &json, const QList<StepResult> &steps);
    /// Decides baseline, saturation, SLO capacity and the USL fit from the steps (after a run,
    /// and again for a stored one, so both say the same).
    void assess();
    /// The attempt that decided each level: the one that passed, else the one with most successes.
    std::map<int, const StepResult *> decidingSteps() const;
    /// Per level tried: best attempt's latency, error rate and dominant error, by level.
    QJsonArray degradation() const;
    /// What the verdict says, as decisions.
    DiscoveryFindings findings() const;
    /// One paragraph for humans: findings() in words.
    QString verdict() const;
    /// A USL fit below this R² predicts nothing.
    static constexpr double kUslMinRSquared = 0.9;
    /// Whether a USL fit may be shown beside the steps: a good fit, its peak within the levels
    /// measured and near the measured saturation (or none, where nothing waited).
    bool uslAgreesWithTheSteps(const UslFit &fit) const;
    /// The verdict of a run that found a rate limit.
    QString rateVerdict() const;
    /// The verdict of a run that stopped before it could measure.
    QString stopVerdict() const;
    /// The sentence on how many jobs the server serves at once (Finding::Saturated).
    QString saturationVerdict(const DiscoveryFindings &f) const;
    /// The capacity when the run measured one (a failing level above a passing one, or every
    /// level up to the maximum or the client's limit passed); nullopt for a run that was cut
    /// short or found none (unreachable, nothing passed, a rate limit, cancelled, …).
    std::optional<int> measuredCapacity() const;
    /// "rate" when the server limits how fast jobs arrive (429), else "concurrency".
    QString limitKind() const;
};

QString strategyId(LevelPlanner::Strategy s);
QString strategyWords(LevelPlanner::Strategy s); ///< "bisection", "level by level" (translated)
/// The share of jobs that failed at levels the server served (an attempt there passed) and in
/// the warm-up, when
/// failures showed in two attempts or more there and the lowest level above `capacity` failed no
/// more often than that rate explains (binomial, p ≥ 0.01); else nullopt.
std::optional<double> randomErrorRateOf(const QList<StepResult> &steps, int capacity, const Baseline &warmUp);

} // namespace fathom
