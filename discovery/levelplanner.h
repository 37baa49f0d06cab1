#pragma once

#include <QString>

#include <map>
#include <optional>

namespace fathom {

/// Why a capacity-discovery run ended. The ids are stable (JSON, database).
enum class StopReason
{
    CapacityFound, ///< a level failed above a passing one and the search has converged
    NoLevelPassed, ///< the first level already failed every attempt
    MaxLevelReached, ///< every level up to --max-level passed
    TimeBudgetExhausted,
    Cancelled,
    WaitingForFiber, ///< the server has no fibre data yet: not a capacity limit
    TargetUnreachable, ///< the health check could not reach the target at all
    Running, ///< not ended (a run interrupted without a result)
    TargetUnhealthy, ///< paused on failing health checks for longer than the limit
    CleanupFailing, ///< created jobs could not be deleted: later levels would measure leaked jobs
    ClientLimit, ///< every level the client could open connections for passed (descriptor limit)
    RateLimited, ///< a level failed with 429: the server limits the arrival rate, measured by pacing
};
QString stopReasonId(StopReason r);
StopReason stopReasonFromId(const QString &id);
/// The reason in the user's language, e.g. "capacity found".
QString stopReasonWords(StopReason r);

/// What one attempt at a level showed, beyond pass or fail.
struct LevelObservation
{
    bool passed = false; ///< every job succeeded on its first attempt
    int ok = 0;
    /// Jobs the server turned away as overloaded (503): level − rejected is the likely capacity.
    int rejected = 0;
    /// Served in parallel, as compared with the baseline; nullopt while there is no baseline.
    std::optional<bool> parallel;
    /// How many jobs the server served at once (where jobs waited, the slots that explain their
    /// latencies; else the jobs answered within the baseline's limit), -1 when unknown: on a
    /// queueing server the likely saturation level.
    int servedAtOnce = -1;
    /// Meets the SLO; nullopt when no SLO is set.
    std::optional<bool> meetsSlo;
};

/// Decides which level to try next. Pure: no I/O, no time. A level passes when one attempt
/// has every job succeed; `attemptsPerLevel` failed attempts fail it, unless an attempt is
/// conclusive (many jobs rejected as overloaded, or the same count rejected again).
///  - Linear (the seed's method): start, start+1, ... until a level fails.
///  - Bisect: start, 2·start, 4·start, ... until a level fails, then narrows the capacity (every
///    job succeeds) and the SLO: each gap where the last failed attempt points (the jobs it
///    served: level − rejected), then the level above it; by halving where it says nothing. For
///    saturation it tries the level the lowest queued one points to (the jobs served at once);
///    the saturation itself is decided from the steps by decideSaturation(), not here.
class LevelPlanner
{
public:
    enum class Strategy
    {
        Bisect,
        Linear
    };

    LevelPlanner(Strategy strategy, int startLevel, int maxLevel, int attemptsPerLevel);

    bool done() const { return m_done; }
    int level() const { return m_level; } ///< to try now
    int attempt() const { return m_attempt; } ///< 1-based attempt at level()
    /// Records the outcome of the current attempt and moves on.
    void record(const LevelObservation &observation);
    void record(bool passed)
    {
        LevelObservation o;
        o.passed = passed;
        record(o);
    }
    /// Ends the run early for a reason outside the plan (cancel, budget, fibre).
    void stop(StopReason reason);
    /// Jobs failed even one at a time (the warm-up): a few rejections at a level may be that
    /// background, so only many make an attempt conclusive, never the same few again.
    void setBackgroundFailures(bool seen) { m_backgroundFailures = seen; }

    int capacity() const { return m_capacity.good; } ///< highest passing level, 0 if none
    int sloCapacity() const { return m_slo.good; } ///< highest level meeting the SLO, 0 if none
    StopReason reason() const { return m_reason; }
    int levelsTried() const { return m_levelsTried; }
    int attemptsMade() const { return m_attemptsMade; }
    Strategy strategy() const { return m_strategy; }

private:
    /// The highest level known good and the lowest known bad (0: none yet) of one property.
    struct Boundary
    {
        bool observed = false;
        int good = 0;
        int bad = 0;
        int hint = 0; ///< where the last bad level pointed, 0 for nowhere
        bool open() const { return observed && bad > 0 && bad - good > 1; }
        void update(int level, bool isGood, int pointsTo);
        int next() const;
    };

    enum class Served
    {
        Parallel,
        Queued,
        Failed
    };

    bool conclusive(const LevelObservation &o) const;
    void conclude(const LevelObservation &o);
    void recordSaturation(Served served, int pointsTo);
    void moveTo(int level);
    void finish(StopReason reason);

    Strategy m_strategy;
    int m_maxLevel;
    int m_attemptsPerLevel;
    int m_level;
    int m_attempt = 1;
    int m_highestTried = 0;
    int m_lastRejected = -1; ///< rejected jobs of the previous failed attempt at this level
    LevelObservation m_atLevel; ///< the attempts at this level so far, combined
    Boundary m_capacity, m_saturation, m_slo;
    std::map<int, Served> m_served; ///< how each level concluded so far was served
    int m_queuedLevels = 0; ///< passing levels where jobs waited: saturation needs two
    bool m_backgroundFailures = false;
    bool m_done = false;
    StopReason m_reason = StopReason::Running;
    int m_levelsTried = 1;
    int m_attemptsMade = 0;
};

} // namespace fathom
