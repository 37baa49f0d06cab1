#include "discovery/uslfit.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace fathom {

QJsonObject UslFit::toJson() const
{
    QJsonObject o {
        { QStringLiteral("kind"), QStringLiteral("prediction") },
        { QStringLiteral("lambda"), lambda },
        { QStringLiteral("alpha"), alpha },
        { QStringLiteral("beta"), beta },
        { QStringLiteral("r_squared"), rSquared },
        { QStringLiteral("points"), points },
    };
    o.insert(QStringLiteral("peak_level"), peakLevel ? QJsonValue(*peakLevel) : QJsonValue());
    o.insert(QStringLiteral("peak_throughput_rps"), peakThroughput ? QJsonValue(*peakThroughput) : QJsonValue());
    o.insert(QStringLiteral("peak_extrapolated"), peakExtrapolated);
    return o;
}

std::optional<UslFit> fitUsl(const QList<QPointF> &input)
{
    QList<QPointF> pts;
    QSet<double> levels;
    for (const QPointF &p : input) {
        if (p.x() >= 1 && p.y() > 0 && std::isfinite(p.y())) {
            pts.append(p);
            levels.insert(p.x());
        }
    }
    if (levels.size() < 4)
        return std::nullopt;
    std::sort(pts.begin(), pts.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });

    UslFit fit;
    fit.points = int(pts.size());
    // λ from the lowest level: X(N₀)/N₀ is the per-job rate without contention.
    fit.lambda = pts.first().y() / pts.first().x();

    // Least squares without intercept for y = α·a + β·b, a = N−1, b = N(N−1).
    double saa = 0, sab = 0, sbb = 0, say = 0, sby = 0;
    for (const QPointF &p : std::as_const(pts)) {
        const double n = p.x();
        const double y = n * fit.lambda / p.y() - 1;
        const double a = n - 1, b = n * (n - 1);
        saa += a * a;
        sab += a * b;
        sbb += b * b;
        say += a * y;
        sby += b * y;
    }
    const double det = saa * sbb - sab * sab;
    double alpha = det != 0 ? (say * sbb - sby * sab) / det : 0;
    double beta = det != 0 ? (sby * saa - say * sab) / det : 0;
    // Negative coefficients have no physical meaning: pin one at 0 and refit the other.
    if (alpha < 0) {
        alpha = 0;
        beta = sbb > 0 ? std::max(0.0, sby / sbb) : 0;
    }
    if (beta < 0) {
        beta = 0;
        alpha = saa > 0 ? std::max(0.0, say / saa) : 0;
    }
    fit.alpha = alpha;
    fit.beta = beta;

    double mean = 0;
    for (const QPointF &p : std::as_const(pts))
        mean += p.y();
    mean /= double(pts.size());
    double ssRes = 0, ssTot = 0;
    for (const QPointF &p : std::as_const(pts)) {
        ssRes += std::pow(p.y() - fit.predict(p.x()), 2);
        ssTot += std::pow(p.y() - mean, 2);
    }
    fit.rSquared = ssTot > 0 ? 1 - ssRes / ssTot : 0;
    if (beta > 0 && alpha < 1) {
        fit.peakLevel = std::sqrt((1 - alpha) / beta);
        fit.peakThroughput = fit.predict(*fit.peakLevel);
        // A peak is seen only with measured levels on both sides of it.
        fit.peakExtrapolated = *fit.peakLevel < pts.first().x() || *fit.peakLevel > pts.last().x();
    }
    return fit;
}

} // namespace fathom
