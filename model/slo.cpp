#include "model/slo.h"

namespace fathom {

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

} // namespace fathom
