#pragma once

#include <QJsonObject>

#include <optional>

namespace fathom {

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

} // namespace fathom
