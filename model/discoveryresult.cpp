#include "model/discoveryresult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <map>

namespace fathom {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("fathom::DiscoveryResult", text, disambiguation, n);
}
double ms(qint64 us)
{
    return double(us) / 1000.0;
}
} // namespace

QString strategyId(LevelPlanner::Strategy s)
{
    return s == LevelPlanner::Strategy::Bisect ? QStringLiteral("bisect") : QStringLiteral("linear");
}

QJsonObject StepResult::toJson() const
{
    QJsonObject counts;
    for (OutcomeClass c : allOutcomeClasses()) {
        if (outcomes[size_t(c)])
            counts.insert(outcomeId(c), double(outcomes[size_t(c)]));
    }
    return {
        { QStringLiteral("index"), index },
        { QStringLiteral("level"), level },
        { QStringLiteral("attempt"), attempt },
        { QStringLiteral("passed"), passed },
        { QStringLiteral("ok"), ok },
        { QStringLiteral("failed"), failed },
        { QStringLiteral("outcomes"), counts },
        { QStringLiteral("p50_ms"), ms(p50Us) },
        { QStringLiteral("p90_ms"), ms(p90Us) },
        { QStringLiteral("p99_ms"), ms(p99Us) },
        { QStringLiteral("max_ms"), ms(maxUs) },
        { QStringLiteral("throughput_rps"), throughputRps },
        { QStringLiteral("queue_wait_p99_ms"), ms(queueWaitP99Us) },
        { QStringLiteral("breaker_state"), breakerStateId(breaker) },
        { QStringLiteral("cleaned_up"), cleanedUp },
        { QStringLiteral("cleanup_failed"), cleanupFailed },
        { QStringLiteral("started_at"), startedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("wall_ms"), ms(wallUs) },
    };
}

StepResult StepResult::fromJson(const QJsonObject &o)
{
    StepResult s;
    s.index = o.value(QStringLiteral("index")).toInt();
    s.level = o.value(QStringLiteral("level")).toInt();
    s.attempt = o.value(QStringLiteral("attempt")).toInt();
    s.passed = o.value(QStringLiteral("passed")).toBool();
    s.ok = o.value(QStringLiteral("ok")).toInt();
    s.failed = o.value(QStringLiteral("failed")).toInt();
    const QJsonObject counts = o.value(QStringLiteral("outcomes")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (const auto c = outcomeFromId(it.key()))
            s.outcomes[size_t(*c)] = quint64(it->toDouble());
    }
    auto us = [&](const char *key) { return qint64(o.value(QLatin1String(key)).toDouble() * 1000.0); };
    s.p50Us = us("p50_ms");
    s.p90Us = us("p90_ms");
    s.p99Us = us("p99_ms");
    s.maxUs = us("max_ms");
    s.queueWaitP99Us = us("queue_wait_p99_ms");
    s.wallUs = us("wall_ms");
    s.throughputRps = o.value(QStringLiteral("throughput_rps")).toDouble();
    const QString b = o.value(QStringLiteral("breaker_state")).toString();
    s.breaker = b == QLatin1String("OPEN") ? BreakerState::Open
        : b == QLatin1String("HALF_OPEN")  ? BreakerState::HalfOpen
                                           : BreakerState::Closed;
    s.cleanedUp = o.value(QStringLiteral("cleaned_up")).toInt();
    s.cleanupFailed = o.value(QStringLiteral("cleanup_failed")).toInt();
    s.startedAt = QDateTime::fromString(o.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
    return s;
}

std::optional<OutcomeClass> StepResult::dominantFailure() const
{
    std::optional<OutcomeClass> best;
    quint64 most = 0;
    for (OutcomeClass c : allOutcomeClasses()) {
        if (c != OutcomeClass::Ok && outcomes[size_t(c)] > most) {
            most = outcomes[size_t(c)];
            best = c;
        }
    }
    return best;
}

QJsonObject DiscoveryConfig::toJson() const
{
    return {
        { QStringLiteral("strategy"), strategyId(strategy) },
        { QStringLiteral("start_level"), startLevel },
        { QStringLiteral("max_level"), maxLevel },
        { QStringLiteral("attempts_per_level"), attemptsPerLevel },
        { QStringLiteral("cooldown_ms"), cooldownMs },
        { QStringLiteral("time_budget_ms"), double(timeBudgetMs) },
    };
}

QJsonArray DiscoveryResult::degradation() const
{
    // The best attempt of each level: the one that passed, else the one with most successes.
    std::map<int, const StepResult *> best;
    for (const StepResult &s : steps) {
        const StepResult *&b = best[s.level];
        if (!b || (s.passed && !b->passed) || (s.passed == b->passed && s.ok > b->ok))
            b = &s;
    }
    QJsonArray rows;
    for (const auto &[level, s] : best) {
        const auto dominant = s->dominantFailure();
        rows.append(QJsonObject {
            { QStringLiteral("level"), level },
            { QStringLiteral("passed"), s->passed },
            { QStringLiteral("p50_ms"), ms(s->p50Us) },
            { QStringLiteral("p99_ms"), ms(s->p99Us) },
            { QStringLiteral("error_rate"), level > 0 ? double(s->failed) / double(s->ok + s->failed) : 0.0 },
            { QStringLiteral("dominant_error"), dominant ? QJsonValue(outcomeId(*dominant)) : QJsonValue() },
            { QStringLiteral("throughput_rps"), s->throughputRps },
        });
    }
    return rows;
}

QString DiscoveryResult::verdict() const
{
    QString text;
    switch (stopReason) {
    case StopReason::WaitingForFiber:
        return tr("Discovery stopped: the server is waiting for fibre (%1). That is a state of the server, not a "
                  "capacity limit; run again once its readiness check passes.")
            .arg(stopDetail);
    case StopReason::TargetUnreachable:
        return tr("Discovery could not start: the target is unreachable (%1). Check the base URL and that the server "
                  "is running.")
            .arg(stopDetail);
    case StopReason::NoLevelPassed:
        text = tr("Not even %1 concurrent job(s) succeeded in %2 attempts.")
                   .arg(config.startLevel)
                   .arg(config.attemptsPerLevel);
        break;
    case StopReason::CapacityFound: {
        // Discovery converges on adjacent levels; a ramp (a Locust run) may jump past capacity + 1.
        int failedLevel = 0;
        for (const StepResult &s : steps)
            if (!s.passed && s.level > capacity && (failedLevel == 0 || s.level < failedLevel))
                failedLevel = s.level;
        if (failedLevel > capacity + 1)
            text = tr("Capacity is at least %1 and less than %2 concurrent jobs: level %1 passed and level %2, "
                      "the next one tried, failed.")
                       .arg(capacity)
                       .arg(failedLevel);
        else
            text = tr("Capacity is %1 concurrent jobs: level %1 passed and level %2 failed %3 attempts in a row.")
                       .arg(capacity)
                       .arg(capacity + 1)
                       .arg(config.attemptsPerLevel);
        break;
    }
    case StopReason::MaxLevelReached:
        text = tr("Every level up to the maximum of %1 passed: capacity is at least %1.").arg(capacity);
        break;
    case StopReason::TimeBudgetExhausted:
        text = tr("The time budget ran out; the highest level that passed so far is %1.").arg(capacity);
        break;
    case StopReason::Cancelled:
        text = tr("Cancelled; the highest level that passed so far is %1.").arg(capacity);
        break;
    case StopReason::Running:
        text = tr("The run was interrupted; the highest level that passed is %1.").arg(capacity);
        break;
    }
    // Name what failed first above capacity.
    for (const StepResult &s : steps) {
        if (!s.passed && s.level > capacity) {
            if (const auto d = s.dominantFailure()) {
                text += QLatin1Char(' ')
                    + tr("Above it the jobs failed mostly as %1 (%2 of %3 jobs at level %4).")
                          .arg(outcomeId(*d))
                          .arg(s.outcomes[size_t(*d)])
                          .arg(s.ok + s.failed)
                          .arg(s.level);
            }
            break;
        }
    }
    text += QLatin1Char(' ')
        + tr("%n level(s) tried in %1 attempts (%2).", nullptr, levelsTried)
              .arg(attempts)
              .arg(strategyId(config.strategy));
    return text;
}

DiscoveryResult DiscoveryResult::fromJson(const QJsonObject &o, const QList<StepResult> &steps)
{
    DiscoveryResult r;
    r.steps = steps;
    const QJsonObject config = o.value(QStringLiteral("config")).toObject();
    r.config.strategy = config.value(QStringLiteral("strategy")).toString() == QLatin1String("linear")
        ? LevelPlanner::Strategy::Linear
        : LevelPlanner::Strategy::Bisect;
    r.config.startLevel = config.value(QStringLiteral("start_level")).toInt(1);
    r.config.maxLevel = config.value(QStringLiteral("max_level")).toInt(1000);
    r.config.attemptsPerLevel = config.value(QStringLiteral("attempts_per_level")).toInt(3);
    r.stopReason = stopReasonFromId(o.value(QStringLiteral("stop_reason")).toString());
    r.stopDetail = o.value(QStringLiteral("stop_detail")).toString();
    QSet<int> levels;
    for (const StepResult &s : steps) {
        levels.insert(s.level);
        if (s.passed)
            r.capacity = std::max(r.capacity, s.level);
    }
    if (o.contains(QStringLiteral("capacity")))
        r.capacity = o.value(QStringLiteral("capacity")).toInt();
    r.levelsTried = int(levels.size());
    r.attempts = int(steps.size());
    QList<QPointF> points;
    for (const StepResult &s : steps) {
        if (s.passed)
            points.append(QPointF(s.level, s.throughputRps));
    }
    r.usl = fitUsl(points);
    r.startedAt = QDateTime::fromString(o.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
    r.finishedAt = QDateTime::fromString(o.value(QStringLiteral("finished_at")).toString(), Qt::ISODateWithMs);
    return r;
}

QJsonObject DiscoveryResult::toJson() const
{
    QJsonArray stepsJson;
    for (const StepResult &s : steps)
        stepsJson.append(s.toJson());
    return {
        { QStringLiteral("kind"), QStringLiteral("discovery") },
        { QStringLiteral("capacity"), capacity },
        { QStringLiteral("strategy"), strategyId(config.strategy) },
        { QStringLiteral("stop_reason"), stopReasonId(stopReason) },
        { QStringLiteral("stop_detail"), stopDetail },
        { QStringLiteral("levels_tried"), levelsTried },
        { QStringLiteral("attempts"), attempts },
        { QStringLiteral("usl"), usl ? QJsonValue(usl->toJson()) : QJsonValue() },
        { QStringLiteral("degradation"), degradation() },
        { QStringLiteral("verdict"), verdict() },
        { QStringLiteral("config"), config.toJson() },
        { QStringLiteral("started_at"), startedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("finished_at"), finishedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("steps"), stepsJson },
    };
}

} // namespace fathom
