#include "ui/chartstyle.h"

#include <QChart>
#include <QValueAxis>

#include <cmath>

namespace fathom {

double niceCeiling(double v)
{
    if (v <= 1)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : { 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0 })
        if (step * magnitude >= v)
            return step * magnitude;
    return 10 * magnitude;
}

void setRoundTop(QValueAxis *axis, double top)
{
    const double nice = niceCeiling(top);
    if (axis->max() != nice || axis->min() != 0)
        axis->setRange(0, nice);
}

void useCosmeticPens(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        for (auto [get, set] : { std::pair { &QAbstractAxis::gridLinePen, &QAbstractAxis::setGridLinePen },
                                 std::pair { &QAbstractAxis::minorGridLinePen, &QAbstractAxis::setMinorGridLinePen },
                                 std::pair { &QAbstractAxis::linePen, &QAbstractAxis::setLinePen } }) {
            QPen pen = (axis->*get)();
            pen.setCosmetic(true);
            (axis->*set)(pen);
        }
    }
}

} // namespace fathom
