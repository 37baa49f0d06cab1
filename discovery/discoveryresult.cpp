#include "discovery/discoveryresult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
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

QString strategyWords(LevelPlanner::Strategy s)
{
    return s == LevelPlanner::Strategy::Bisect
        ? QCoreApplication::translate("fathom::DiscoveryResult", "bisection")
        : QCoreApplication::translate("fathom::DiscoveryResult", "level by level");
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
        { QStringLiteral("served_at_once"), servedAtOnce >= 0 ? QJsonValue(servedAtOnce) : QJsonValue() },
        { QStringLiteral("connections_opened"), connectionsOpened >= 0 ? QJsonValue(connectionsOpened) : QJsonValue() },
        { QStringLiteral("connections_reused"), connectionsReused >= 0 ? QJsonValue(connectionsReused) : QJsonValue() },
        { QStringLiteral("latencies_ms"), latenciesJson() },
    };
}

QJsonArray StepResult::latenciesJson() const
{
    QJsonArray a;
    for (qint64 us : latenciesUs)
        a.append(double(us) / 1000.0);
    return a;
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
    s.servedAtOnce = o.value(QStringLiteral("served_at_once")).toInt(-1);
    s.connectionsOpened = o.value(QStringLiteral("connections_opened")).toInt(-1);
    s.connectionsReused = o.value(QStringLiteral("connections_reused")).toInt(-1);
    s.latenciesUs = latenciesFromJson(o.value(QStringLiteral("latencies_ms")).toArray());
    return s;
}

int StepResult::rejected() const
{
    quint64 n = 0;
    for (OutcomeClass c : allOutcomeClasses()) {
        if (isTurnedAway(c))
            n += outcomes[size_t(c)];
    }
    return int(n);
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

QJsonObject RateTrial::toJson() const
{
    return {
        { QStringLiteral("rate_per_s"), ratePerS },
        { QStringLiteral("jobs"), jobs },
        { QStringLiteral("ok"), ok },
        { QStringLiteral("rate_limited"), rateLimited },
        { QStringLiteral("passed"), passed() },
    };
}

RateTrial RateTrial::fromJson(const QJsonObject &o)
{
    RateTrial t;
    t.ratePerS = o.value(QStringLiteral("rate_per_s")).toDouble();
    t.jobs = o.value(QStringLiteral("jobs")).toInt();
    t.ok = o.value(QStringLiteral("ok")).toInt();
    t.rateLimited = o.value(QStringLiteral("rate_limited")).toInt();
    return t;
}

std::optional<int> DiscoveryResult::measuredCapacity() const
{
    const bool measured = stopReason == StopReason::CapacityFound || stopReason == StopReason::MaxLevelReached
        || stopReason == StopReason::ClientLimit;
    return measured && capacity > 0 && !randomErrorRate ? std::optional<int>(capacity) : std::nullopt;
}

QString DiscoveryResult::limitKind() const
{
    return stopReason == StopReason::RateLimited ? QStringLiteral("rate") : QStringLiteral("concurrency");
}

QJsonObject DiscoveryConfig::toJson() const
{
    return {
        { QStringLiteral("strategy"), strategyId(strategy) },
        { QStringLiteral("start_level"), startLevel },
        { QStringLiteral("max_level"), maxLevel },
        { QStringLiteral("attempts_per_level"), attemptsPerLevel },
        { QStringLiteral("cooldown_ms"), cooldownMs },
        { QStringLiteral("baseline_jobs"), baselineJobs },
        { QStringLiteral("time_budget_ms"), double(timeBudgetMs) },
        { QStringLiteral("unhealthy_limit_ms"), double(unhealthyLimitMs) },
        { QStringLiteral("unreachable_limit_ms"), double(unreachableLimitMs) },
        { QStringLiteral("job_retries"), jobRetries ? QJsonValue(*jobRetries) : QJsonValue() },
        { QStringLiteral("profile_retries"), profileRetries },
        { QStringLiteral("jobs_cleaned_up"), jobsCleanedUp ? QJsonValue(*jobsCleanedUp) : QJsonValue() },
        { QStringLiteral("saturation_tolerance"), saturation.toJson() },
        { QStringLiteral("slo"), slo.isSet() ? QJsonValue(slo.toJson()) : QJsonValue() },
    };
}

DiscoveryConfig DiscoveryConfig::fromJson(const QJsonObject &o)
{
    DiscoveryConfig c;
    c.strategy = o.value(QStringLiteral("strategy")).toString() == QLatin1String("linear")
        ? LevelPlanner::Strategy::Linear
        : LevelPlanner::Strategy::Bisect;
    c.startLevel = o.value(QStringLiteral("start_level")).toInt(1);
    c.maxLevel = o.value(QStringLiteral("max_level")).toInt(1000);
    c.attemptsPerLevel = o.value(QStringLiteral("attempts_per_level")).toInt(3);
    c.cooldownMs = o.value(QStringLiteral("cooldown_ms")).toInt(c.cooldownMs);
    c.baselineJobs = o.value(QStringLiteral("baseline_jobs")).toInt(0); // absent: stored before the warm-up
    c.timeBudgetMs = qint64(o.value(QStringLiteral("time_budget_ms")).toDouble());
    c.unhealthyLimitMs = qint64(o.value(QStringLiteral("unhealthy_limit_ms")).toDouble(double(c.unhealthyLimitMs)));
    c.unreachableLimitMs
        = qint64(o.value(QStringLiteral("unreachable_limit_ms")).toDouble(double(c.unreachableLimitMs)));
    c.profileRetries = o.value(QStringLiteral("profile_retries")).toInt();
    if (o.value(QStringLiteral("job_retries")).isDouble())
        c.jobRetries = o.value(QStringLiteral("job_retries")).toInt();
    if (o.value(QStringLiteral("jobs_cleaned_up")).isBool())
        c.jobsCleanedUp = o.value(QStringLiteral("jobs_cleaned_up")).toBool();
    c.saturation = SaturationTolerance::fromJson(o.value(QStringLiteral("saturation_tolerance")).toObject());
    c.slo = Slo::fromJson(o.value(QStringLiteral("slo")).toObject());
    return c;
}

std::map<int, const StepResult *> DiscoveryResult::decidingSteps() const
{
    std::map<int, const StepResult *> best;
    for (const StepResult &s : steps) {
        const StepResult *&b = best[s.level];
        if (!b || (s.passed && !b->passed) || (s.passed == b->passed && s.ok > b->ok))
            b = &s;
    }
    return best;
}

namespace {

/// The highest good level below the lowest bad one; a level is good when one of its attempts is.
template<typename Good> LevelBound boundOf(const QList<StepResult> &steps, Good good)
{
    std::map<int, bool> levels;
    for (const StepResult &s : steps)
        levels[s.level] = levels[s.level] || good(s);
    LevelBound b;
    for (const auto &[level, isGood] : levels) {
        if (!isGood) {
            b.firstBad = level;
            break;
        }
    }
    int highestGood = 0;
    for (const auto &[level, isGood] : levels) {
        if ((b.firstBad == 0 || level < b.firstBad) && isGood)
            highestGood = level;
    }
    if (b.firstBad > 0 && highestGood > 0)
        b.level = highestGood;
    else if (b.firstBad == 0)
        b.atLeast = highestGood;
    return b;
}

} // namespace

namespace {

/// P(X ≥ k) for X ~ Binomial(n, p).
double binomialTail(int k, int n, double p)
{
    if (k <= 0)
        return 1;
    if (k > n || p <= 0)
        return 0;
    double sum = 0;
    for (int i = k; i <= n; ++i)
        sum += std::exp(std::lgamma(n + 1.0) - std::lgamma(i + 1.0) - std::lgamma(n - i + 1.0) + i * std::log(p)
                        + (n - i) * std::log1p(-p));
    return std::min(1.0, sum);
}

int jobsOf(const StepResult &s)
{
    return s.ok + s.failed - int(s.outcomes[size_t(OutcomeClass::Cancelled)]);
}

int failuresOf(const StepResult &s)
{
    return s.failed - int(s.outcomes[size_t(OutcomeClass::Cancelled)]);
}

} // namespace

std::optional<double> randomErrorRateOf(const QList<StepResult> &steps, int capacity, const Baseline &warmUp)
{
    // Failures at levels the server did serve (some attempt there passed), and warm-up jobs that
    // failed one at a time, are not about how many jobs ran: they are its background error rate.
    if (capacity <= 0)
        return std::nullopt;
    int jobsBelow = warmUp.jobs() + warmUp.failed, failedBelow = warmUp.failed, failingAttempts = warmUp.failed;
    int jobsAbove = 0, failedAbove = 0, firstAbove = 0;
    for (const StepResult &s : steps) {
        if (s.level <= capacity) {
            jobsBelow += jobsOf(s);
            failedBelow += failuresOf(s);
            failingAttempts += failuresOf(s) > 0;
        } else if (firstAbove == 0 || s.level < firstAbove) {
            firstAbove = s.level;
        }
    }
    for (const StepResult &s : steps) {
        if (s.level == firstAbove) {
            jobsAbove += jobsOf(s);
            failedAbove += failuresOf(s);
        }
    }
    if (failingAttempts < 2 || jobsBelow == 0 || jobsAbove == 0)
        return std::nullopt;
    const double rate = double(failedBelow) / double(jobsBelow);
    // The capacity stands when the level above it failed far more often than that.
    if (binomialTail(failedAbove, jobsAbove, rate) < 0.01)
        return std::nullopt;
    return rate;
}

void DiscoveryResult::assess()
{
    const auto levels = decidingSteps();
    randomErrorRate
        = stopReason == StopReason::CapacityFound ? randomErrorRateOf(steps, capacity, baseline) : std::nullopt;
    saturation = decideSaturation(levels, baseline, config.saturation);
    if (stopReason == StopReason::RateLimited) {
        // Bursts against a rate limit measure its bucket, not how many jobs run at once.
        saturation = {};
        saturation.note = tr("the server limits the rate at which jobs arrive; how many it serves at once was not "
                             "measured");
    }
    sloCapacity = {};
    if (config.slo.isSet()) {
        sloCapacity = boundOf(steps, [&](const StepResult &s) { return meetsSlo(s, config.slo); });
        if (!sloCapacity.level && sloCapacity.atLeast > 0)
            sloCapacity.note = tr("every level tried up to %1 met the SLO").arg(sloCapacity.atLeast);
        else if (!sloCapacity.level)
            sloCapacity.note = tr("level %1, the lowest tried, already missed the SLO").arg(sloCapacity.firstBad);
    }
    QList<QPointF> points;
    for (const StepResult &s : std::as_const(steps)) {
        if (s.passed)
            points.append(QPointF(s.level, s.throughputRps));
    }
    usl = fitUsl(points);
    if (usl && !uslAgreesWithTheSteps(*usl))
        usl.reset(); // no prediction rather than one the measurements contradict
}

bool DiscoveryResult::uslAgreesWithTheSteps(const UslFit &fit) const
{
    if (fit.rSquared < kUslMinRSquared || fit.peakExtrapolated)
        return false;
    if (!saturation.level)
        return true;
    const double measured = *saturation.level;
    if (fit.peakLevel) // a peak far from where the jobs began to wait is not this server's
        return *fit.peakLevel >= measured / 1.5 && *fit.peakLevel <= measured * 1.5;
    // "No peak in sight" contradicts jobs that waited below the capacity.
    return measured >= capacity;
}

QJsonArray DiscoveryResult::degradation() const
{
    QJsonArray rows;
    for (const auto &[level, s] : decidingSteps()) {
        const auto dominant = s->dominantFailure();
        const LevelEvidence e = assessLevel(*s, baseline, config.saturation);
        const bool known = e.kind != LevelEvidence::Kind::Unknown;
        rows.append(QJsonObject {
            { QStringLiteral("level"), level },
            { QStringLiteral("passed"), s->passed },
            // null when unknown: no baseline, or a step stored without its latencies
            { QStringLiteral("served_in_parallel"), known ? QJsonValue(!e.isBad()) : QJsonValue() },
            { QStringLiteral("slow_jobs"), known && s->passed ? QJsonValue(e.slow) : QJsonValue() },
            { QStringLiteral("queueing_p_value"), known && s->passed ? QJsonValue(e.pValue) : QJsonValue() },
            { QStringLiteral("p50_ms"), ms(s->p50Us) },
            { QStringLiteral("p99_ms"), ms(s->p99Us) },
            { QStringLiteral("error_rate"), errorRate(*s) },
            { QStringLiteral("dominant_error"), dominant ? QJsonValue(outcomeId(*dominant)) : QJsonValue() },
            { QStringLiteral("throughput_rps"), s->throughputRps },
        });
    }
    return rows;
}

namespace {

QString duration(qint64 us)
{
    if (us >= 1'000'000)
        return QCoreApplication::translate("fathom::DiscoveryResult", "%1 s")
            .arg(QLocale().toString(double(us) / 1e6, 'f', 1));
    return QCoreApplication::translate("fathom::DiscoveryResult", "%1 ms")
        .arg(QLocale().toString(double(us) / 1e3, 'f', us < 10'000 ? 1 : 0));
}

/// "27 of 64 jobs at level 64: rejected as overloaded (HTTP 503)"
QString failureEvidence(const StepResult &s)
{
    const auto d = s.dominantFailure();
    if (!d)
        return {};
    return QCoreApplication::translate("fathom::DiscoveryResult", "%1 of %2 jobs at level %3: %4")
        .arg(s.outcomes[size_t(*d)])
        .arg(s.ok + s.failed)
        .arg(s.level)
        .arg(outcomeWords(*d));
}

/// "6 of 16 jobs waited at level 16, p99 2.0 s; 14 of 24 at 24, p99 2.0 s"
QString waitEvidence(const QList<const StepResult *> &queued, const Baseline &b, const SaturationTolerance &t)
{
    QStringList parts;
    for (const StepResult *s : { queued.constFirst(), queued.constLast() }) {
        const LevelEvidence e = assessLevel(*s, b, t);
        parts << (parts.isEmpty() ? QCoreApplication::translate("fathom::DiscoveryResult",
                                                                "%1 of %2 jobs waited at level %3, p99 %4")
                                  : QCoreApplication::translate("fathom::DiscoveryResult", "%1 of %2 at %3, p99 %4"))
                     .arg(e.slow)
                     .arg(e.jobs)
                     .arg(s->level)
                     .arg(duration(s->p99Us));
        if (queued.size() == 1)
            break;
    }
    return parts.join(QStringLiteral("; "));
}

QString sloText(const Slo &slo)
{
    QStringList parts;
    if (slo.p99Ms)
        parts << QCoreApplication::translate("fathom::DiscoveryResult", "p99 ≤ %1")
                     .arg(duration(qint64(*slo.p99Ms * 1000)));
    parts << QCoreApplication::translate("fathom::DiscoveryResult", "errors ≤ %1 %")
                 .arg(QLocale().toString(slo.allowedErrorRate() * 100, 'g', 3));
    return parts.join(QStringLiteral(", "));
}

} // namespace

DiscoveryFindings DiscoveryResult::findings() const
{
    DiscoveryFindings f;
    switch (stopReason) {
    case StopReason::WaitingForFiber:
    case StopReason::TargetUnreachable:
    case StopReason::TargetUnhealthy:
    case StopReason::CleanupFailing:
        f.finding = DiscoveryFindings::Finding::Stopped;
        return f;
    case StopReason::RateLimited:
        f.finding = DiscoveryFindings::Finding::RateLimit;
        return f;
    default:
        break;
    }
    const auto levels = decidingSteps();
    for (const auto &[level, s] : levels) {
        if (!s->passed && level > capacity) {
            f.failedAbove = s;
            break;
        }
    }
    if (f.failedAbove) {
        // "Turned away" only when the server said so; timeouts or resets are failures.
        const auto dominant = f.failedAbove->dominantFailure();
        f.turnedAway = dominant && isTurnedAway(*dominant);
    }
    if (saturation.level) {
        for (int level : saturation.queuedLevels) {
            const auto it = levels.find(level);
            if (it != levels.end() && it->second->passed && level <= capacity)
                f.queued.append(it->second);
        }
    }
    f.allParallel = !saturation.level && saturation.firstBad == 0 && saturation.atLeast >= capacity;
    const bool converged = stopReason == StopReason::CapacityFound || stopReason == StopReason::MaxLevelReached
        || stopReason == StopReason::ClientLimit;
    using Finding = DiscoveryFindings::Finding;
    if (randomErrorRate) {
        f.finding = Finding::ErrorRate;
        OutcomeCounts all {};
        for (const StepResult &s : steps) {
            for (OutcomeClass c : allOutcomeClasses())
                all[size_t(c)] += s.outcomes[size_t(c)];
        }
        quint64 most = 0;
        for (OutcomeClass c : allOutcomeClasses()) {
            if (c != OutcomeClass::Ok && c != OutcomeClass::Cancelled && all[size_t(c)] > most) {
                most = all[size_t(c)];
                f.mostlyFailedAs = c;
            }
        }
        return f; // an error rate, not a capacity: nothing to limit the suite to
    }
    if (stopReason == StopReason::NoLevelPassed)
        f.finding = Finding::NothingPassed;
    else if (!converged)
        f.finding = Finding::CutShort;
    else if (f.failedAbove && f.failedAbove->level > capacity + 1)
        f.finding = Finding::CapacityBetween; // a ramp (a Locust run) may jump past capacity + 1
    else if (saturation.level)
        f.finding = Finding::Saturated;
    else if (stopReason == StopReason::ClientLimit)
        f.finding = Finding::ClientLimit;
    else if (stopReason == StopReason::MaxLevelReached)
        f.finding = Finding::AllPassed;
    else
        f.finding = Finding::Capacity;
    if (converged) {
        const int limit = sloCapacity.level           ? *sloCapacity.level
            : saturation.level                        ? *saturation.level
            : stopReason == StopReason::CapacityFound ? capacity
                                                      : 0;
        if (limit > 0)
            f.advisedLimit = limit;
    }
    return f;
}

QString DiscoveryResult::stopVerdict() const
{
    switch (stopReason) {
    case StopReason::WaitingForFiber:
        return tr("Discovery stopped: the server is waiting for fibre (%1). That is a state of the server, not a "
                  "capacity limit; run again once its readiness check passes.")
            .arg(stopDetail);
    case StopReason::TargetUnreachable:
        if (!steps.isEmpty())
            return tr("Discovery stopped: the target stopped answering during the run (%1). The %n step(s) measured "
                      "before are kept; the highest level that passed is %2. Check that the server is still running "
                      "(it may have crashed under the load), then run again.",
                      nullptr, int(steps.size()))
                .arg(stopDetail)
                .arg(capacity);
        return tr("Discovery could not start: the target is unreachable (%1). Check the base URL and that the server "
                  "is running.")
            .arg(stopDetail);
    case StopReason::TargetUnhealthy:
        return tr("Discovery stopped: the target's health check kept failing for %1 s (%2). The %n step(s) measured "
                  "before are kept; run again once the target is healthy.",
                  nullptr, int(steps.size()))
            .arg(config.unhealthyLimitMs / 1000)
            .arg(stopDetail);
    case StopReason::CleanupFailing:
        return steps.isEmpty()
            ? tr("Discovery stopped: created jobs could not be deleted (%1), so the levels would measure the jobs "
                 "left behind, not the server's capacity. Check the profile's cleanup method and path.")
                  .arg(stopDetail)
            : tr("Discovery stopped: created jobs could not be deleted (%1), so later levels would measure the "
                 "jobs left behind, not the server's capacity. Check the profile's cleanup method and path; the "
                 "highest level that passed before is %2.")
                  .arg(stopDetail)
                  .arg(capacity);
    default:
        return {};
    }
}

QString DiscoveryResult::saturationVerdict(const DiscoveryFindings &f) const
{
    const int at = *saturation.level;
    if (f.queued.isEmpty()) {
        return !f.failedAbove ? tr("The server serves %n job(s) at once.", nullptr, at)
            : f.turnedAway
            ? tr("The server serves %n job(s) at once; beyond that it turns the excess away (%1).", nullptr, at)
                  .arg(failureEvidence(*f.failedAbove))
            : tr("The server serves %n job(s) at once; beyond that the jobs fail (%1).", nullptr, at)
                  .arg(failureEvidence(*f.failedAbove));
    }
    const QString queue = waitEvidence(f.queued, baseline, config.saturation);
    QString text = f.failedAbove
        ? tr("The server serves %n job(s) at once; beyond that it queues them (%1) and from %2 on they "
             "fail (%3).",
             nullptr, at)
              .arg(queue)
              .arg(capacity + 1)
              .arg(failureEvidence(*f.failedAbove))
        : tr("The server serves %n job(s) at once; beyond that it queues them (%1), and every job still "
             "succeeded up to the maximum level tried, %2: capacity is at least %2.",
             nullptr, at)
              .arg(queue)
              .arg(capacity);
    const QList<int> &spread = saturation.slotEstimates;
    if (spread.size() > 1 && spread.constFirst() != spread.constLast())
        text += QLatin1Char(' ')
            + tr("Its jobs vary in length, so that number is an estimate: the levels where jobs waited "
                 "point to %1 to %2.")
                  .arg(spread.constFirst())
                  .arg(spread.constLast());
    return text;
}

QString DiscoveryResult::verdict() const
{
    const DiscoveryFindings f = findings();
    using Finding = DiscoveryFindings::Finding;
    QStringList sentences;
    switch (f.finding) {
    case Finding::Stopped:
        return stopVerdict();
    case Finding::RateLimit:
        return rateVerdict();
    case Finding::ErrorRate:
        sentences << tr("The server fails about %1 % of jobs whatever the level (mostly %2): levels it served in one "
                        "attempt failed in another, and the failures above level %3 are no more than that rate "
                        "explains. That is an error rate, not a capacity: the capacity is unknown. Find why it fails "
                        "jobs at random (its logs, a proxy in between), then measure again.")
                         .arg(QLocale().toString(*randomErrorRate * 100, 'f', *randomErrorRate < 0.1 ? 1 : 0))
                         .arg(f.mostlyFailedAs ? outcomeWords(*f.mostlyFailedAs) : QString())
                         .arg(capacity);
        break;
    case Finding::NothingPassed: {
        // The attempts made, not the most allowed: a conclusive failure is not repeated.
        const auto levels = decidingSteps();
        const int lowest = levels.empty() ? config.startLevel : levels.begin()->first;
        const auto made
            = std::count_if(steps.cbegin(), steps.cend(), [lowest](const StepResult &s) { return s.level == lowest; });
        sentences << tr("Not even %n concurrent job(s) succeeded in %1.", nullptr, lowest)
                         .arg(tr("%n attempt(s)", nullptr, int(made)));
        // Jobs that succeeded one at a time, then none: the server may be full of Fathom's own
        // jobs, which nothing deleted.
        if (config.jobsCleanedUp == false && baseline.jobs() > 0)
            sentences << tr("Yet %n warm-up job(s), sent one at a time just before, succeeded: the jobs Fathom "
                            "created may still hold the server's slots, because nothing deletes them. Set the "
                            "cleanup request (--cleanup-path /jobs/{job_id}, or \"cleanup\" in the profile) and "
                            "run it again.",
                            nullptr, baseline.jobs());
        if (f.failedAbove)
            sentences << tr("The jobs failed mostly as: %1.").arg(failureEvidence(*f.failedAbove));
        break;
    }
    case Finding::CutShort:
        sentences << (stopReason == StopReason::TimeBudgetExhausted
                          ? tr("The time budget ran out; the highest level that passed so far is %1.").arg(capacity)
                          : stopReason == StopReason::Cancelled
                          ? tr("Cancelled; the highest level that passed so far is %1.").arg(capacity)
                          : tr("The run was interrupted; the highest level that passed is %1.").arg(capacity));
        if (saturation.level)
            sentences << tr("The server served %n job(s) at once; above that they waited.", nullptr, *saturation.level);
        break;
    case Finding::CapacityBetween:
        sentences << tr("Capacity is at least %1 and less than %2 concurrent jobs: level %1 passed and level %2, "
                        "the next one tried, failed (%3).")
                         .arg(capacity)
                         .arg(f.failedAbove->level)
                         .arg(failureEvidence(*f.failedAbove));
        if (saturation.level && *saturation.level < capacity)
            sentences << tr("The server served %n job(s) at once; above that they waited.", nullptr, *saturation.level);
        break;
    case Finding::Saturated:
        sentences << saturationVerdict(f);
        if (stopReason == StopReason::ClientLimit)
            sentences << stopDetail;
        break;
    case Finding::ClientLimit:
        sentences << (f.allParallel ? tr("Every level up to %1 passed and was served in parallel: the server's "
                                         "capacity is at least %1, and Fathom stopped there at its own limit, not the "
                                         "server's.")
                                    : tr("Every level up to %1 passed: the server's capacity is at least %1, and "
                                         "Fathom stopped there at its own limit, not the server's."))
                         .arg(capacity)
                  << stopDetail;
        if (!f.allParallel)
            sentences << tr("Saturation is unknown: %1.").arg(saturation.note);
        break;
    case Finding::AllPassed:
        if (f.allParallel)
            sentences << tr("Every level up to the maximum of %1 passed and was served in parallel: capacity and "
                            "saturation are both at least %1. Raise the maximum level to find them.")
                             .arg(capacity);
        else
            sentences << tr("Every level up to the maximum of %1 passed: capacity is at least %1. Saturation is "
                            "unknown: %2.")
                             .arg(capacity)
                             .arg(saturation.note);
        break;
    case Finding::Capacity:
        sentences << tr("Capacity is %1 concurrent jobs: level %1 passed and level %2 failed (%3).")
                         .arg(capacity)
                         .arg(capacity + 1)
                         .arg(f.failedAbove ? failureEvidence(*f.failedAbove) : QString());
        if (!saturation.note.isEmpty())
            sentences << tr("Saturation is unknown: %1.").arg(saturation.note);
        break;
    }
    if (config.slo.isSet() && f.finding != Finding::NothingPassed) {
        if (sloCapacity.level)
            sentences
                << tr("Within the SLO (%1) it takes up to %2 jobs.").arg(sloText(config.slo)).arg(*sloCapacity.level);
        else if (sloCapacity.atLeast > 0)
            sentences << tr("The SLO (%1) was met at every level tried, up to %2.")
                             .arg(sloText(config.slo))
                             .arg(sloCapacity.atLeast);
        else if (sloCapacity.firstBad > 0)
            sentences << tr("Even level %1 missed the SLO (%2).").arg(sloCapacity.firstBad).arg(sloText(config.slo));
    }
    if (f.advisedLimit)
        sentences << tr("Limit the suite to %n concurrent job(s).", nullptr, *f.advisedLimit);
    // Two counts, two plurals: one %n cannot inflect both.
    sentences << (config.jobRetries == 0 ? tr("%1 in %2 (%3; jobs sent without retries).") : tr("%1 in %2 (%3)."))
                     .arg(tr("%n level(s) tried", nullptr, levelsTried), tr("%n attempt(s)", nullptr, attempts),
                          strategyWords(config.strategy));
    return sentences.join(QLatin1Char(' '));
}

QString DiscoveryResult::rateVerdict() const
{
    // The burst that showed it: the first level that failed with 429s.
    const StepResult *burst = nullptr;
    for (const StepResult &s : steps) {
        if (!s.passed && s.rateLimited() > 0) {
            burst = &s;
            break;
        }
    }
    QStringList sentences;
    if (burst)
        sentences << tr("At level %1, %2 of %3 jobs sent at once were refused with HTTP 429 (too many requests): the "
                        "server limits how fast jobs arrive, not how many run at once.")
                         .arg(burst->level)
                         .arg(burst->rateLimited())
                         .arg(burst->ok + burst->failed);
    const RateTrial *fastestFailed = nullptr;
    for (const RateTrial &t : rateTrials) {
        if (!t.passed() && (!rateLimitPerS || t.ratePerS > *rateLimitPerS)
            && (!fastestFailed || t.ratePerS < fastestFailed->ratePerS))
            fastestFailed = &t; // the slowest pace that still failed, above the limit
    }
    const auto rate = [](double r) { return QLocale().toString(r, 'f', r < 10 ? 1 : 0); };
    if (rateLimitPerS) {
        QString text = tr("Paced one after another, %1 jobs a second were all served").arg(rate(*rateLimitPerS));
        if (fastestFailed)
            text += QLatin1Char(' ')
                + tr("and %1 a second were not (%2 of %3 got 429)")
                      .arg(rate(fastestFailed->ratePerS))
                      .arg(fastestFailed->rateLimited)
                      .arg(fastestFailed->jobs);
        sentences << text + QLatin1Char('.');
        sentences << tr("The server limits the rate to about %1 jobs a second; concurrency is not its limit here. Pace "
                        "the suite to at most %1 jobs a second (or lower its request rate), rather than limiting how "
                        "many run at once.")
                         .arg(rate(*rateLimitPerS));
    } else if (!rateTrials.isEmpty()) {
        const RateTrial &slowest
            = *std::min_element(rateTrials.cbegin(), rateTrials.cend(),
                                [](const RateTrial &a, const RateTrial &b) { return a.ratePerS < b.ratePerS; });
        sentences << tr("Even paced at %1 jobs a second, %2 of %3 got 429: the limit is lower than Fathom tried, or it "
                        "counts something else (per client, per token, per day). Check the server's rate limit.")
                         .arg(rate(slowest.ratePerS))
                         .arg(slowest.rateLimited)
                         .arg(slowest.jobs);
    } else {
        sentences << tr("The run ended before the rate could be measured by pacing the jobs.");
    }
    sentences << tr("%n paced trial(s) after %1.", nullptr, int(rateTrials.size()))
                     .arg(tr("%n level(s)", nullptr, levelsTried));
    return sentences.join(QLatin1Char(' '));
}

DiscoveryResult DiscoveryResult::fromJson(const QJsonObject &o, const QList<StepResult> &steps)
{
    DiscoveryResult r;
    r.steps = steps;
    r.config = DiscoveryConfig::fromJson(o.value(QStringLiteral("config")).toObject());
    r.stopReason = stopReasonFromId(o.value(QStringLiteral("stop_reason")).toString());
    r.stopDetail = o.value(QStringLiteral("stop_detail")).toString();
    QSet<int> levels;
    for (const StepResult &s : steps) {
        levels.insert(s.level);
        if (s.passed)
            r.capacity = std::max(r.capacity, s.level);
    }
    if (o.value(QStringLiteral("highest_level_passed")).isDouble())
        r.capacity = o.value(QStringLiteral("highest_level_passed")).toInt();
    else if (o.value(QStringLiteral("capacity")).isDouble()) // stored before highest_level_passed
        r.capacity = o.value(QStringLiteral("capacity")).toInt();
    r.levelsTried = int(levels.size());
    r.attempts = int(steps.size());
    for (const QJsonValue &t : o.value(QStringLiteral("rate_trials")).toArray())
        r.rateTrials.append(RateTrial::fromJson(t.toObject()));
    if (o.value(QStringLiteral("rate_limit_per_s")).isDouble())
        r.rateLimitPerS = o.value(QStringLiteral("rate_limit_per_s")).toDouble();
    r.baseline = Baseline::fromJson(
        o.value(QStringLiteral("saturation")).toObject().value(QStringLiteral("baseline")).toObject());
    r.assess();
    r.startedAt = QDateTime::fromString(o.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
    r.finishedAt = QDateTime::fromString(o.value(QStringLiteral("finished_at")).toString(), Qt::ISODateWithMs);
    return r;
}

QJsonObject DiscoveryResult::saturationJson() const
{
    QJsonArray queued, estimates;
    for (int level : saturation.queuedLevels)
        queued.append(level);
    for (int slots : saturation.slotEstimates)
        estimates.append(slots);
    return {
        { QStringLiteral("level"), saturation.level ? QJsonValue(*saturation.level) : QJsonValue() },
        { QStringLiteral("at_least"), saturation.level ? QJsonValue() : QJsonValue(saturation.atLeast) },
        { QStringLiteral("first_saturated_level"),
          saturation.firstBad ? QJsonValue(saturation.firstBad) : QJsonValue() },
        { QStringLiteral("queued_levels"), queued },
        { QStringLiteral("slot_estimates"), estimates },
        { QStringLiteral("note"), saturation.note },
        { QStringLiteral("baseline"), baseline.toJson(config.saturation) },
        { QStringLiteral("tolerance"), config.saturation.toJson() },
        { QStringLiteral("alpha"), LevelEvidence::kAlpha },
    };
}

QJsonObject DiscoveryResult::sloJson() const
{
    QJsonObject o = config.slo.toJson();
    o.insert(QStringLiteral("capacity"), sloCapacity.levelJson());
    o.insert(QStringLiteral("at_least"), sloCapacity.level ? QJsonValue() : QJsonValue(sloCapacity.atLeast));
    o.insert(QStringLiteral("note"), sloCapacity.note);
    return o;
}

QJsonObject DiscoveryResult::toJson() const
{
    QJsonArray trials;
    for (const RateTrial &t : rateTrials)
        trials.append(t.toJson());
    QJsonArray stepsJson;
    for (const StepResult &s : steps)
        stepsJson.append(s.toJson());
    return {
        { QStringLiteral("kind"), QStringLiteral("discovery") },
        // null where the run measured none (cut short, a rate limit, an error rate): the
        // highest level that passed is no capacity then
        { QStringLiteral("capacity"), measuredCapacity() ? QJsonValue(*measuredCapacity()) : QJsonValue() },
        { QStringLiteral("highest_level_passed"), capacity },
        { QStringLiteral("strategy"), strategyId(config.strategy) },
        { QStringLiteral("stop_reason"), stopReasonId(stopReason) },
        { QStringLiteral("stop_detail"), stopDetail },
        { QStringLiteral("saturation_level"), saturation.level ? QJsonValue(*saturation.level) : QJsonValue() },
        { QStringLiteral("saturation"), saturationJson() },
        { QStringLiteral("slo_capacity"), sloCapacity.levelJson() },
        { QStringLiteral("slo"), config.slo.isSet() ? QJsonValue(sloJson()) : QJsonValue() },
        { QStringLiteral("limit_kind"), limitKind() },
        { QStringLiteral("rate_limit_per_s"), rateLimitPerS ? QJsonValue(*rateLimitPerS) : QJsonValue() },
        { QStringLiteral("rate_trials"), trials },
        { QStringLiteral("random_error_rate"), randomErrorRate ? QJsonValue(*randomErrorRate) : QJsonValue() },
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
