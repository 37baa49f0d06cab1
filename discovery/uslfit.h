#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointF>

#include <optional>

namespace fathom {

/// A Universal Scalability Law fit X(N) = λN / (1 + α(N−1) + βN(N−1)) of throughput X against
/// concurrency N. A prediction from the measured levels, not a measurement.
struct UslFit
{
    double lambda = 0; ///< throughput of one job alone (per second)
    double alpha = 0; ///< contention
    double beta = 0; ///< coherency (crosstalk)
    double rSquared = 0; ///< goodness of fit on the measured throughputs
    int points = 0;
    std::optional<double> peakLevel; ///< √((1−α)/β), when β > 0 and α < 1
    std::optional<double> peakThroughput;
    /// The peak lies outside the levels measured: an extrapolation, not seen in the data.
    bool peakExtrapolated = false;

    double predict(double n) const { return lambda * n / (1 + alpha * (n - 1) + beta * n * (n - 1)); }
    QJsonObject toJson() const;
};

/// Fits the USL to (level, throughput) points by least squares on the linearised form
/// N·λ/X(N) − 1 = α(N−1) + βN(N−1), with α, β ≥ 0. Needs at least 4 distinct levels with
/// positive throughput; returns nullopt otherwise.
std::optional<UslFit> fitUsl(const QList<QPointF> &levelThroughput);

} // namespace fathom
