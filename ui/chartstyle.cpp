#include "ui/chartstyle.h"

#include "report/roundscale.h"

#include <QChart>
#include <QValueAxis>

namespace fathom {

int roundTickCount(double length, bool wholeNumbers)
{
    const RoundScale nice = roundScale(length, wholeNumbers);
    // A time window (60 s, 300 s) is no round top of its own; quarters of it are round.
    return nice.top == length ? nice.intervals + 1 : 5;
}

void setRoundTop(QValueAxis *axis, double top, bool wholeNumbers)
{
    const RoundScale nice = roundScale(top, wholeNumbers);
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
