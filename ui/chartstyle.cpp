#include "ui/chartstyle.h"

#include <QChart>
#include <QValueAxis>

#include <cmath>

namespace fathom {

namespace {

struct RoundTop
{
    double top;
    int intervals; ///< between ticks, so that every tick label is round too
};

RoundTop roundTop(double v)
{
    if (v <= 1)
        return { 1, 5 };
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    static const std::pair<double, int> steps[] = { { 1.0, 5 }, { 1.5, 3 }, { 2.0, 4 }, { 2.5, 5 }, { 3.0, 3 },
                                                    { 4.0, 4 }, { 5.0, 5 }, { 6.0, 3 }, { 8.0, 4 }, { 10.0, 5 } };
    for (auto [step, intervals] : steps)
        if (step * magnitude >= v)
            return { step * magnitude, intervals };
    return { 10 * magnitude, 5 };
}

} // namespace

double niceCeiling(double v)
{
    return roundTop(v).top;
}

namespace {
RoundTop roundTop(double v, bool wholeNumbers)
{
    RoundTop nice = roundTop(v);
    if (wholeNumbers && nice.top < 3) {
        // 1, 1.5, 2 and 2.5 split into 5, 3, 4 and 5 intervals fall between whole numbers.
        nice.top = std::ceil(nice.top);
        nice.intervals = int(nice.top);
    }
    return nice;
}
} // namespace

int roundTickCount(double length, bool wholeNumbers)
{
    const RoundTop nice = roundTop(length, wholeNumbers);
    // A time window (60 s, 300 s) is no round top of its own; quarters of it are round.
    return nice.top == length ? nice.intervals + 1 : 5;
}

void setRoundTop(QValueAxis *axis, double top, bool wholeNumbers)
{
    const RoundTop nice = roundTop(top, wholeNumbers);
    if (axis->max() != nice.top || axis->min() != 0) {
        axis->setRange(0, nice.top);
        axis->setTickCount(nice.intervals + 1);
    }
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
