#pragma once

#include "model/levelplanner.h"
#include "model/uslfit.h"
#include "network/metricssnapshot.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

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

    QJsonObject toJson() const;
    static StepResult fromJson(const QJsonObject &o);
    /// The most frequent failure class, or nullopt when every job succeeded.
    std::optional<OutcomeClass> dominantFailure() const;
};

struct DiscoveryConfig
{
    LevelPlanner::Strategy strategy = LevelPlanner::Strategy::Bisect;
    int startLevel = 1;
    int maxLevel = 1000;
    int attemptsPerLevel = 3;
    int cooldownMs = 1000; ///< between attempts, after cleanup
    qint64 timeBudgetMs = 0; ///< 0 = none
    int healthRetryMs = 2000; ///< while paused on a failed health check

    QJsonObject toJson() const;
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
    std::optional<UslFit> usl;
    QDateTime startedAt;
    QDateTime finishedAt;

    QJsonObject toJson() const;
    /// A result as stored by toJson(), with the steps as recorded (a run killed mid-way has
    /// steps and no result: it comes back as Running with the highest passing level).
    static DiscoveryResult fromJson(const QJsonObject &json, const QList<StepResult> &steps);
    /// Per level tried: best attempt's latency, error rate and dominant error, by level.
    QJsonArray degradation() const;
    /// One paragraph for humans.
    QString verdict() const;
};

QString strategyId(LevelPlanner::Strategy s);

} // namespace fathom
