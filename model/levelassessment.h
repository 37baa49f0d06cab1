#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace fathom {

struct StepResult;

/// How far a level may drift from the baseline (the lowest level measured) and still count as
/// served in parallel. Past saturation the jobs wait somewhere (a proxy's queue, the listen
/// backlog, a worker pool): by Little's law latency then grows with the level while throughput
/// stays flat. A level counts as saturated only when both show it, beyond both tolerances.
struct SaturationTolerance
{
    /// The level's p99 may exceed the baseline's p50 by this fraction (0.5: up to 1.5×)...
    double latencyFactor = 0.5;
    /// ...and by at least this many milliseconds, so that a few ms of client and loopback noise
    /// on fast jobs does not read as queueing.
    double latencySlackMs = 10;
    /// Throughput may fall this fraction below level × the baseline's throughput per job.
    double throughputShortfall = 0.25;

    QJsonObject toJson() const;
    static SaturationTolerance fromJson(const QJsonObject &o);
};

/// A service-level objective a level must meet: a p99 of the successful jobs, and a share of
/// failed jobs. With only a p99 set, no job may fail.
struct Slo
{
    std::optional<double> p99Ms;
    std::optional<double> errorRate; ///< 0..1

    bool isSet() const { return p99Ms || errorRate; }
    double allowedErrorRate() const { return errorRate.value_or(0.0); }
    QJsonObject toJson() const;
    /// Reads {"p99_ms": N, "error_rate": R}; absent fields stay unset.
    static Slo fromJson(const QJsonObject &o);
};

/// The level every other is compared with: its latency and its throughput per job.
struct Baseline
{
    int level = 0;
    qint64 p50Us = 0;
    double throughputPerJob = 0; ///< jobs per second per concurrent job

    bool isValid() const { return level > 0 && p50Us > 0 && throughputPerJob > 0; }
    /// The latency up to which a job still counts as served at once.
    qint64 parallelLatencyLimitUs(const SaturationTolerance &t) const;
    /// A passing step of the lowest level tried; invalid when it measured nothing.
    static Baseline fromStep(const StepResult &s);
};

/// Whether a step's level was served in parallel: every job succeeded, its p99 stayed within
/// the latency limit, or its throughput kept up with the level (both must fail to call it
/// saturated).
bool servedInParallel(const StepResult &s, const Baseline &b, const SaturationTolerance &t);
/// Throughput at the step's level as a share of level × the baseline's throughput per job.
double throughputEfficiency(const StepResult &s, const Baseline &b);
/// Whether a step meets the SLO (true when none is set).
bool meetsSlo(const StepResult &s, const Slo &slo);
/// The step's share of failed jobs.
double errorRate(const StepResult &s);

} // namespace fathom
