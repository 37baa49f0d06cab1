#include "ui/chartstyle.h"

#include <QChart>
#include <QFontMetricsF>
#include <QValueAxis>

#include <cmath>

namespace fathom {

namespace {

constexpr char kWholeNumbersProperty[] = "fathomWholeNumbers"; ///< as setRoundTop was last asked

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
    RoundTop nice = roundTop(top, wholeNumbers);
    // Qt Charts gives a vertical axis's label the axis height over the tick count, less 4 px of
    // padding above and below, and cuts a taller label to "…": on a short chart (the window at
    // 1024×700) every label read "…". Fewer ticks then, still at round values (a divisor of the
    // intervals).
    const QObject *owner = axis->parent(); // Qt Charts' data set, whose parent is the chart
    while (owner && !qobject_cast<const QChart *>(owner))
        owner = owner->parent();
    const auto *chart = qobject_cast<const QChart *>(owner);
    if (axis->orientation() == Qt::Vertical && chart && chart->plotArea().height() > 0) {
        const double perLabel = QFontMetricsF(axis->labelsFont()).height() + 2 * 4.0 + 2;
        const int maxIntervals = std::max(1, int(chart->plotArea().height() / perLabel) - 1);
        while (nice.intervals > maxIntervals) {
            int divisor = nice.intervals - 1;
            while (divisor > 1 && nice.intervals % divisor != 0)
                --divisor;
            nice.intervals = divisor;
        }
    }
    axis->setProperty(kWholeNumbersProperty, wholeNumbers);
    if (axis->max() != nice.top || axis->min() != 0 || axis->tickCount() != nice.intervals + 1) {
        axis->setRange(0, nice.top);
        axis->setTickCount(nice.intervals + 1);
    }
}

void keepTickLabelsReadable(QChart *chart)
{
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart] {
        for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
            auto *value = qobject_cast<QValueAxis *>(axis);
            if (value && value->property(kWholeNumbersProperty).isValid())
                setRoundTop(value, value->max(), value->property(kWholeNumbersProperty).toBool());
        }
    });
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
