#include "discovery/levelplanner.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace fathom {

namespace {
constexpr std::array<std::pair<StopReason, const char *>, 12> kReasons = { {
    { StopReason::CapacityFound, "capacity_found" },
    { StopReason::NoLevelPassed, "no_level_passed" },
    { StopReason::MaxLevelReached, "max_level_reached" },
    { StopReason::TimeBudgetExhausted, "time_budget_exhausted" },
    { StopReason::Cancelled, "cancelled" },
    { StopReason::WaitingForFiber, "waiting_for_fiber" },
    { StopReason::TargetUnreachable, "target_unreachable" },
    { StopReason::Running, "running" },
    { StopReason::TargetUnhealthy, "target_unhealthy" },
    { StopReason::CleanupFailing, "cleanup_failing" },
    { StopReason::ClientLimit, "client_limit" },
    { StopReason::RateLimited, "rate_limited" },
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

QString stopReasonWords(StopReason r)
{
    const char *text = "";
    switch (r) {
    case StopReason::CapacityFound:
        text = QT_TRANSLATE_NOOP("fathom::StopReason", "capacity found");
        break;
    case StopReason::NoLevelPassed:
        text = QT_TRANSLATE_NOOP("fathom::StopReason", "no level passed");
        break;
    case StopReason::MaxLevelReached:
        text = QT_TRANSLATE_NOOP("fathom::StopReason", "every level up to the maximum passed");
        break;
    case StopReason::TimeBudgetExhausted:
        text = QT_TRANSLATE_NOOP("fathom::StopReason", "the time budget ran out");
        break;
    case StopReason::Cancelled:
        text = QT_TRANSLATE_NOOP("fathom::StopReason", "cancelled");
        break;
    case StopReason::WaitingForFiber:
        text = QT_TRANSLATE_NOOP("fathom::StopReason", "the server is waiting for fibre");
        break;
    case StopReason::TargetUnreachable:
        text = QT_TRANSLATE_NOOP("fathom::StopReason", "the target is unreachable");
        break;
    case StopReason::Running:
        text = QT_TRANSLATE_NOOP("fathom::StopReason", "interrupted");
        break;
    case StopReason::TargetUnhealthy:
        text = QT_TRANSLATE_NOOP("fathom::StopReason", "the target stayed unhealthy");
        break;
    case StopReason::CleanupFailing:
        text = QT_TRANSLATE_NOOP("fathom::StopReason", "cleanups failed");
        break;
    case StopReason::ClientLimit:
        text = QT_TRANSLATE_NOOP("fathom::StopReason", "Fathom's own descriptor limit reached");
        break;
    case StopReason::RateLimited:
        text = QT_TRANSLATE_NOOP("fathom::StopReason", "the server limits the request rate");
        break;
    }
    return QCoreApplication::translate("fathom::StopReason", text);
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

void LevelPlanner::Boundary::update(int level, bool isGood, int pointsTo)
{
    observed = true;
    if (isGood) {
        if (bad == 0 || level < bad)
            good = std::max(good, level);
        return;
    }
    if (level > good)
        bad = bad == 0 ? level : std::min(bad, level);
    if (pointsTo > 0)
        hint = pointsTo;
}

int LevelPlanner::Boundary::next() const
{
    // Where the failed level pointed; once that passed, the level just above it; else halve.
    if (hint > good && hint < bad)
        return hint;
    if (hint == good && good + 1 < bad)
        return good + 1;
    return good + (bad - good) / 2;
}

void LevelPlanner::moveTo(int level)
{
    m_level = level;
    m_attempt = 1;
    m_lastRejected = -1;
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

bool LevelPlanner::conclusive(const LevelObservation &o) const
{
    // Many jobs turned away is the server's answer, not noise; so is the same count again.
    // A job or two lost at a level next to a pass gets its repeats.
    const int many = std::max(2, (m_level + 19) / 20);
    if (m_backgroundFailures) // a flaky server: only a clear majority turned away counts
        return o.rejected > std::max(many, m_level / 2);
    return o.rejected >= many || (o.rejected > 0 && o.rejected == m_lastRejected);
}

void LevelPlanner::conclude(const LevelObservation &o)
{
    m_highestTried = std::max(m_highestTried, m_level);
    m_capacity.update(m_level, o.passed, o.passed || o.rejected <= 0 ? 0 : m_level - o.rejected);
    // A level that failed was not served in parallel, with a baseline or not (once there is one).
    const bool parallel = o.passed && o.parallel.value_or(false);
    if (o.parallel || (!o.passed && m_saturation.observed))
        recordSaturation(parallel       ? Served::Parallel
                             : o.passed ? Served::Queued
                                        : Served::Failed,
                         parallel ? 0 : std::max(0, o.servedAtOnce));
    if (o.meetsSlo)
        m_slo.update(m_level, *o.meetsSlo, 0);
}

void LevelPlanner::recordSaturation(Served served, int pointsTo)
{
    m_served[m_level] = served;
    // As decideSaturation() reads it: a level that was not served at once below one that was is
    // the machine's hiccup or a stray rejection, not where the slots end.
    int highestParallel = 0;
    for (const auto &[level, s] : m_served) {
        if (s == Served::Parallel)
            highestParallel = level;
    }
    m_saturation.observed = true;
    m_saturation.good = highestParallel;
    m_saturation.bad = 0;
    m_queuedLevels = 0;
    for (auto it = m_served.upper_bound(highestParallel); it != m_served.end(); ++it) {
        if (m_saturation.bad == 0)
            m_saturation.bad = it->first;
        if (it->second == Served::Queued)
            ++m_queuedLevels;
    }
    if (served != Served::Parallel && pointsTo > 0)
        m_saturation.hint = pointsTo;
}

void LevelPlanner::record(const LevelObservation &o)
{
    if (m_done)
        return;
    ++m_attemptsMade;
    // A level is good for a property when one of its attempts shows it.
    LevelObservation &level = m_atLevel;
    if (m_attempt == 1) {
        level = o;
    } else {
        level.ok = std::max(level.ok, o.ok);
        level.rejected = o.rejected;
        level.servedAtOnce = std::max(level.servedAtOnce, o.servedAtOnce);
        // Only passing attempts speak for parallel service, and the first of them decides, as in
        // DiscoveryResult::decidingSteps().
        if (o.passed && !level.passed)
            level.parallel = o.parallel;
        if (o.meetsSlo)
            level.meetsSlo = level.meetsSlo.value_or(false) || *o.meetsSlo;
        level.passed = level.passed || o.passed;
    }
    const bool moreAttempts = m_attempt < m_attemptsPerLevel;
    const bool bisect = m_strategy == Strategy::Bisect;
    if (!level.passed && moreAttempts && !(bisect && conclusive(o))) {
        ++m_attempt; // a failed attempt is repeated at the same level
        m_lastRejected = o.rejected;
        return;
    }
    // A pass out of the SLO is confirmed once: its p99 is one attempt's slowest jobs. (Saturation
    // needs no repeat: it is a test over every job against the warm-up, confirmed across levels.)
    const bool doubtful = level.passed && level.meetsSlo == false;
    if (bisect && doubtful && m_attempt == 1 && moreAttempts) {
        ++m_attempt;
        return;
    }
    conclude(level);

    if (m_strategy == Strategy::Linear) {
        if (!level.passed)
            finish(m_capacity.good > 0 ? StopReason::CapacityFound : StopReason::NoLevelPassed);
        else if (m_level >= m_maxLevel)
            finish(StopReason::MaxLevelReached);
        else
            moveTo(m_level + 1);
        return;
    }

    // Bisect: grow geometrically while a boundary has seen no bad level, then narrow each gap.
    const bool grow = m_highestTried < m_maxLevel
        && ((m_capacity.bad == 0) || (m_saturation.observed && m_saturation.bad == 0)
            || (m_slo.observed && m_slo.bad == 0));
    if (grow && m_capacity.good > 0) {
        moveTo(std::min(m_highestTried * 2, m_maxLevel));
        return;
    }
    if (m_capacity.open())
        return moveTo(m_capacity.next());
    if (m_capacity.good == 0)
        return finish(StopReason::NoLevelPassed);
    // Saturation: the lowest level where jobs waited says how many were served at once; that
    // level is tried once. Levels between need not be: a few slow jobs prove nothing either way.
    if (m_saturation.observed && m_saturation.hint > m_saturation.good && m_saturation.hint < m_saturation.bad)
        return moveTo(m_saturation.hint);
    // Waiting seen at one level only is no proof (decideSaturation() needs two): look for it
    // between that level and the highest served in parallel.
    if (m_queuedLevels == 1 && m_saturation.bad <= m_capacity.good && m_saturation.open())
        return moveTo(m_saturation.good + (m_saturation.bad - m_saturation.good) / 2);
    if (m_slo.open())
        return moveTo(m_slo.next());
    finish(m_capacity.bad > 0 ? StopReason::CapacityFound : StopReason::MaxLevelReached);
}

} // namespace fathom
