#pragma once

#include "discovery/levelplanner.h"
#include "model/slo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace fathom {

struct StepResult;

/// How much slower than the baseline's slowest job a job may be and still count as served at
/// once. A job that waited for a slot (a proxy's queue, the listen backlog, a worker pool) takes
/// about one more service time: the margin keeps the ordinary spread of job lengths, and a few
/// ms of client and loopback noise on fast jobs, from reading as waiting.
struct SaturationTolerance
{
    /// The margin is this fraction of the baseline's median job (0.5: half a job)...
    double latencyFactor = 0.5;
    /// ...and at least this many milliseconds.
    double latencySlackMs = 10;

    QJsonObject toJson() const;
    static SaturationTolerance fromJson(const QJsonObject &o);
};

/// What every level is compared with: jobs sent one at a time before the first level (the
/// warm-up), so that the spread of the server's own job lengths is known from many samples.
struct Baseline
{
    /// Fewer successful warm-up jobs than this leave saturation unknown.
    static constexpr int kMinJobs = 5;

    QList<qint64> latenciesUs; ///< the successful warm-up jobs, sorted
    int failed = 0; ///< warm-up jobs that failed: at one job at a time, not for lack of room

    bool isValid() const { return latenciesUs.size() >= kMinJobs; }
    int jobs() const { return int(latenciesUs.size()); }
    qint64 medianUs() const;
    qint64 slowestUs() const { return latenciesUs.isEmpty() ? 0 : latenciesUs.constLast(); }
    /// A job slower than this waited before it was served: the slowest warm-up job plus the margin.
    qint64 slowLimitUs(const SaturationTolerance &t) const;

    QJsonObject toJson(const SaturationTolerance &t) const;
    static Baseline fromJson(const QJsonObject &o);
};

/// Latencies stored in ms (as `latencies_ms`), back in µs and sorted; what is not a number from
/// 0 to 10¹² ms is left out.
QList<qint64> latenciesFromJson(const QJsonArray &ms);

/// What one attempt says about saturation.
struct LevelEvidence
{
    enum class Kind
    {
        Unknown, ///< no baseline, or the attempt recorded no job latencies (stored before they were)
        Parallel, ///< passed, and no more jobs were slow than the warm-up's spread explains
        Queued, ///< passed, but its jobs were too slow to be chance (p < kAlpha, see assessLevel())
        Failed, ///< not every job succeeded: a level that failed was not served in parallel
    };
    /// The chance of a level reading as Queued on a server that serves it in parallel.
    static constexpr double kAlpha = 0.01;

    Kind kind = Kind::Unknown;
    int jobs = 0; ///< successful jobs with a latency
    int slow = 0; ///< of those, slower than the baseline's slow limit
    double pValue = 1; ///< of jobs this slow with no queue
    int servedAtOnce = -1; ///< successful jobs within the slow limit, -1 when unknown

    bool isBad() const { return kind == Kind::Queued || kind == Kind::Failed; }
};

/// Weighs one attempt against the baseline: Queued when either of two rank tests, each at half
/// of kAlpha, finds its jobs too slow for a server that serves them all at once: too many jobs
/// past the slow limit (precedenceTest()), or the jobs as a whole slower than the warm-up's by
/// more than the margin (shiftedRankTest()). Rank tests hold whatever the job lengths' spread,
/// long tails and two kinds of jobs included.
LevelEvidence assessLevel(const StepResult &s, const Baseline &b, const SaturationTolerance &t);

/// How many jobs the server serves at once, judged from one burst of jobs that all arrived
/// together: the number of slots S for which a first-come-first-served server, with job lengths
/// drawn from the warm-up's, gives the burst's mean latency (the first S start at once, each
/// later job when a slot frees). Counting slow jobs instead would miss the queued jobs that
/// happened to be short. Deterministic: the same latencies give the same answer.
int estimateSlots(const QList<qint64> &burstLatenciesUs, const Baseline &b);

/// The saturation decided from the attempts that decided each level: the highest level the
/// server served in parallel. Queueing must show at two levels before it is claimed; a level
/// that failed is proof of itself. Below a level that failed it is the highest level served in parallel; where jobs
/// waited, the median of the slots that the queued levels' latencies point to
/// (estimateSlots()), below the lowest of them.
struct SaturationDecision
{
    std::optional<int> level; ///< nullopt when unknown (see note, atLeast)
    int atLeast = 0; ///< with no level: every level up to this one was served in parallel
    int firstBad = 0; ///< the lowest level that was not served in parallel, 0 if none
    QList<int> queuedLevels; ///< passing levels where jobs waited, proven
    /// The slots each queued level points to (estimateSlots()), lowest first: where job lengths
    /// vary they spread, and the level is their median.
    QList<int> slotEstimates;
    QString note; ///< why the level is unknown (the user's language), empty when known
};
SaturationDecision decideSaturation(const std::map<int, const StepResult *> &levels, const Baseline &b,
                                    const SaturationTolerance &t);

/// What an attempt shows the planner: rejections, served in parallel (by assessLevel(), the
/// same weighing as the result's), where the slots end, and the SLO when one is set.
LevelObservation observeLevel(const StepResult &s, const Baseline &b, const SaturationTolerance &t, const Slo &slo);

/// Whether a step meets the SLO: a job succeeded, no larger share failed than the SLO allows
/// (none when it sets no error rate), and the p99 is within its limit when it sets one. With no
/// SLO set, that is "every job succeeded".
bool meetsSlo(const StepResult &s, const Slo &slo);
/// The step's share of failed jobs.
double errorRate(const StepResult &s);
/// The chance that `k` or more of `n` jobs are slower than the slowest of `baselineJobs` jobs
/// of the same distribution: C(n, k) / C(n + baselineJobs, k), for any distribution (exact).
double precedenceTest(int k, int n, int baselineJobs);

/// One paced job of a rate trial: when it reached the wire (µs, any clock) and whether the
/// server answered 429.
struct PacedSend
{
    qint64 sentUs = 0;
    bool rateLimited = false;
};
/// Whether a rate trial's 429s say nothing of the server: every refused job reached the wire
/// much closer behind the one before it than the trial's pace (under 90 % of the gap), held up
/// in Fathom on a loaded machine; a limiter without burst refuses that for Fathom's delay. The
/// trial is then run again rather than counted.
bool rejectionsWereBunched(std::vector<PacedSend> sends, double ratePerS);
/// One-sided p-value that `level`'s latencies, less `marginUs`, are no larger than the
/// baseline's (Mann–Whitney U, normal approximation).
double shiftedRankTest(const QList<qint64> &level, const QList<qint64> &baseline, double marginUs);

} // namespace fathom
