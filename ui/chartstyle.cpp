#include "ui/chartstyle.h"

#include "report/roundscale.h"

#include <QChart>
#include <QFontMetricsF>
#include <QValueAxis>

#include <cmath>

namespace fathom {

int roundTickCount(double length, bool wholeNumbers)
{
    const RoundScale nice = roundScale(length, wholeNumbers);
    // A time window (60 s, 300 s) is no round top of its own; quarters of it are round.
    return nice.top == length ? nice.intervals + 1 : 5;
}

namespace {

const char *const kMaxTicks = "fathomMaxTicks"; ///< set by fitTicksToHeight on the axis

/// The most intervals, at most `intervals`, whose ticks fit in `maxTicks`: a divisor of
/// `intervals` (each step stays round) or halves of the top — whole when the axis counts.
int fittingIntervals(int intervals, int maxTicks, double top, bool wholeNumbers)
{
    for (int d = intervals; d > 1; --d) {
        const bool round = intervals % d == 0 || d == 2;
        const bool whole = !wholeNumbers || std::fmod(top / d, 1.0) == 0;
        if (round && whole && d + 1 <= maxTicks)
            return d;
    }
    return 1;
}

int ticksFor(const QValueAxis *axis, int intervals)
{
    const int maxTicks = axis->property(kMaxTicks).toInt();
    return (maxTicks > 1 ? fittingIntervals(intervals, maxTicks, axis->max(), axis->property("fathomWhole").toBool())
                         : intervals)
        + 1;
}

} // namespace

void setRoundTop(QValueAxis *axis, double top, bool wholeNumbers)
{
    const RoundScale nice = roundScale(top, wholeNumbers);
    axis->setProperty("fathomIntervals", nice.intervals);
    axis->setProperty("fathomWhole", wholeNumbers);
    if (axis->max() != nice.top || axis->min() != 0)
        axis->setRange(0, nice.top);
    const int ticks = ticksFor(axis, nice.intervals);
    if (axis->tickCount() != ticks)
        axis->setTickCount(ticks);
}

void fitTicksToHeight(QValueAxis *axis, qreal height)
{
    // Qt Charts cuts a vertical axis's labels to "…" once a tick's share of the height is less
    // than a line of text and its padding: fewer ticks instead.
    const qreal perTick = QFontMetricsF(axis->labelsFont()).height() + 8;
    const int maxTicks = std::max(2, int(height / perTick) + 1);
    if (axis->property(kMaxTicks).toInt() == maxTicks)
        return;
    axis->setProperty(kMaxTicks, maxTicks);
    const int intervals = axis->property("fathomIntervals").toInt();
    if (intervals > 0 && axis->tickCount() != ticksFor(axis, intervals))
        axis->setTickCount(ticksFor(axis, intervals));
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
