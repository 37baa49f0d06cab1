#include "model/levelassessment.h"

#include "model/discoveryresult.h"

#include <algorithm>
#include <cmath>

namespace fathom {

QJsonObject SaturationTolerance::toJson() const
{
    return {
        { QStringLiteral("latency_factor"), latencyFactor },
        { QStringLiteral("latency_slack_ms"), latencySlackMs },
        { QStringLiteral("throughput_shortfall"), throughputShortfall },
    };
}

SaturationTolerance SaturationTolerance::fromJson(const QJsonObject &o)
{
    SaturationTolerance t;
    t.latencyFactor = o.value(QStringLiteral("latency_factor")).toDouble(t.latencyFactor);
    t.latencySlackMs = o.value(QStringLiteral("latency_slack_ms")).toDouble(t.latencySlackMs);
    t.throughputShortfall = o.value(QStringLiteral("throughput_shortfall")).toDouble(t.throughputShortfall);
    return t;
}

QJsonObject Slo::toJson() const
{
    QJsonObject o; // only what is set: a profile refuses nulls
    if (p99Ms)
        o.insert(QStringLiteral("p99_ms"), *p99Ms);
    if (errorRate)
        o.insert(QStringLiteral("error_rate"), *errorRate);
    return o;
}

Slo Slo::fromJson(const QJsonObject &o)
{
    Slo s;
    if (o.value(QStringLiteral("p99_ms")).isDouble())
        s.p99Ms = o.value(QStringLiteral("p99_ms")).toDouble();
    if (o.value(QStringLiteral("error_rate")).isDouble())
        s.errorRate = o.value(QStringLiteral("error_rate")).toDouble();
    return s;
}

qint64 Baseline::parallelLatencyLimitUs(const SaturationTolerance &t) const
{
    const double byFactor = double(p50Us) * (1.0 + t.latencyFactor);
    const double bySlack = double(p50Us) + t.latencySlackMs * 1000.0;
    return qint64(std::max(byFactor, bySlack));
}

Baseline Baseline::fromStep(const StepResult &s)
{
    Baseline b;
    if (!s.passed || s.level <= 0 || s.p50Us <= 0 || s.throughputRps <= 0)
        return b;
    b.level = s.level;
    b.p50Us = s.p50Us;
    b.throughputPerJob = s.throughputRps / double(s.level);
    return b;
}

double throughputEfficiency(const StepResult &s, const Baseline &b)
{
    if (!b.isValid() || s.level <= 0)
        return 0;
    return s.throughputRps / (double(s.level) * b.throughputPerJob);
}

bool servedInParallel(const StepResult &s, const Baseline &b, const SaturationTolerance &t)
{
    if (!s.passed || !b.isValid())
        return false;
    const bool latencyGrew = s.p99Us > b.parallelLatencyLimitUs(t);
    const bool throughputFlat = throughputEfficiency(s, b) < 1.0 - t.throughputShortfall;
    return !(latencyGrew && throughputFlat);
}

double errorRate(const StepResult &s)
{
    const int jobs = s.ok + s.failed;
    return jobs > 0 ? double(s.failed) / double(jobs) : 0.0;
}

bool meetsSlo(const StepResult &s, const Slo &slo)
{
    if (s.ok == 0)
        return false;
    if (errorRate(s) > slo.allowedErrorRate() + 1e-12)
        return false;
    return !slo.p99Ms || double(s.p99Us) <= *slo.p99Ms * 1000.0;
}

} // namespace fathom
