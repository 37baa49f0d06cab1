#pragma once

#include <QString>

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
};
QString stopReasonId(StopReason r);
StopReason stopReasonFromId(const QString &id);

/// Decides which level to try next. Pure: no I/O, no time. A level passes when one attempt
/// has every job succeed; `attemptsPerLevel` consecutive failed attempts fail it.
///  - Linear (the seed's method): start, start+1, ... until a level fails.
///  - Bisect: start, 2·start, 4·start, ... until a level fails, then binary search between the
///    last passing and the first failing level: O(log capacity) levels.
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
    void record(bool passed);
    /// Ends the run early for a reason outside the plan (cancel, budget, fibre).
    void stop(StopReason reason);

    int capacity() const { return m_lastPass; } ///< highest passing level, 0 if none
    StopReason reason() const { return m_reason; }
    int levelsTried() const { return m_levelsTried; }
    int attemptsMade() const { return m_attemptsMade; }
    Strategy strategy() const { return m_strategy; }

private:
    void moveTo(int level);
    void finish(StopReason reason);

    Strategy m_strategy;
    int m_maxLevel;
    int m_attemptsPerLevel;
    int m_level;
    int m_attempt = 1;
    int m_lastPass = 0;
    int m_firstFail = 0; ///< 0 while no level failed
    bool m_searching = false;
    bool m_done = false;
    StopReason m_reason = StopReason::Running;
    int m_levelsTried = 1;
    int m_attemptsMade = 0;
};

} // namespace fathom
