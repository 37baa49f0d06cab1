#include "model/levelplanner.h"

#include <algorithm>
#include <array>

namespace fathom {

namespace {
constexpr std::array<std::pair<StopReason, const char *>, 8> kReasons = { {
    { StopReason::CapacityFound, "capacity_found" },
    { StopReason::NoLevelPassed, "no_level_passed" },
    { StopReason::MaxLevelReached, "max_level_reached" },
    { StopReason::TimeBudgetExhausted, "time_budget_exhausted" },
    { StopReason::Cancelled, "cancelled" },
    { StopReason::WaitingForFiber, "waiting_for_fiber" },
    { StopReason::TargetUnreachable, "target_unreachable" },
    { StopReason::Running, "running" },
} };
} // namespace

QString stopReasonId(StopReason r)
{
    for (const auto &[reason, id] : kReasons) {
        if (reason == r)
            return QString::fromLatin1(id);
    }
    return {};
}

StopReason stopReasonFromId(const QString &id)
{
    for (const auto &[reason, text] : kReasons) {
        if (id == QLatin1String(text))
            return reason;
    }
    return StopReason::Running;
}

LevelPlanner::LevelPlanner(Strategy strategy, int startLevel, int maxLevel, int attemptsPerLevel)
    : m_strategy(strategy)
    , m_maxLevel(std::max(1, maxLevel))
    , m_attemptsPerLevel(std::max(1, attemptsPerLevel))
    , m_level(std::clamp(startLevel, 1, m_maxLevel))
{
}

void LevelPlanner::moveTo(int level)
{
    m_level = level;
    m_attempt = 1;
    ++m_levelsTried;
}

void LevelPlanner::finish(StopReason reason)
{
    m_done = true;
    m_reason = reason;
}

void LevelPlanner::stop(StopReason reason)
{
    if (!m_done)
        finish(reason);
}

void LevelPlanner::record(bool passed)
{
    if (m_done)
        return;
    ++m_attemptsMade;
    if (!passed && m_attempt < m_attemptsPerLevel) {
        ++m_attempt; // a failed attempt is repeated at the same level
        return;
    }
    if (passed)
        m_lastPass = m_level;
    else
        m_firstFail = m_level;

    if (m_strategy == Strategy::Linear) {
        if (!passed) {
            finish(m_lastPass > 0 ? StopReason::CapacityFound : StopReason::NoLevelPassed);
        } else if (m_level >= m_maxLevel) {
            finish(StopReason::MaxLevelReached);
        } else {
            moveTo(m_level + 1);
        }
        return;
    }

    // Bisect: grow geometrically until a failure, then halve the gap.
    if (!m_searching && passed) {
        if (m_level >= m_maxLevel)
            finish(StopReason::MaxLevelReached);
        else
            moveTo(std::min(m_level * 2, m_maxLevel));
        return;
    }
    m_searching = true;
    if (m_firstFail - m_lastPass <= 1) {
        finish(m_lastPass > 0 ? StopReason::CapacityFound : StopReason::NoLevelPassed);
        return;
    }
    moveTo(m_lastPass + (m_firstFail - m_lastPass) / 2);
}

} // namespace fathom
