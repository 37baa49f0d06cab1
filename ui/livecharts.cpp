#include "ui/livecharts.h"

#include "ui/chartframe.h"

#include "diagnosis/bidi.h"
#include "report/roundscale.h"
#include "ui/chartstyle.h"
#include "ui/metricshistory.h"
#include "ui/translatedtexts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGraphicsScene>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace fathom {

namespace {

QLineSeries *line(const QColor &color, Qt::PenStyle style = Qt::SolidLine)
{
    auto *s = new QLineSeries;
    QPen pen(color);
    pen.setWidthF(1.6);
    pen.setStyle(style);
    s->setPen(pen);
    return s;
}

QChart *chartWith()
{
    auto *c = new QChart;
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setAnimationOptions(QChart::NoAnimation);
    return c;
}

} // namespace

LiveCharts::LiveCharts(MetricsHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_texts(new TranslatedTexts(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildControls());
    auto *grid = new QGridLayout;
    layout->addLayout(grid, 1);
    grid->addWidget(buildPoolChart(), 0, 0);
    grid->addWidget(buildBreakerChart(), 0, 1);
    grid->addWidget(buildFailureChart(), 1, 0);
    grid->addWidget(buildLatencyChart(), 1, 1);
    grid->addWidget(buildHistogram(), 2, 0, 1, 2);
    connectRefresh();
}

QLayout *LiveCharts::buildControls()
{
    auto *controls = new QHBoxLayout;
    auto *windowLabel = new QLabel;
    controls->addWidget(windowLabel);
    m_window = new QComboBox;
    for (int seconds : { 60, 300, 0 })
        m_window->addItem(QString(), seconds);
    controls->addWidget(m_window);
    m_follow = new QCheckBox;
    m_follow->setChecked(true);
    controls->addWidget(m_follow);
    controls->addStretch();
    m_origin = new QLabel;
    m_origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    controls->addWidget(m_origin);
    connect(m_history, &MetricsHistory::changed, this, &LiveCharts::showOrigin);
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this] { setWindowSeconds(m_window->currentData().toInt()); });
    connect(m_follow, &QCheckBox::toggled, this, &LiveCharts::setFollowing);
    m_texts->add([this, windowLabel] {
        showOrigin();
        windowLabel->setText(tr("Window:"));
        m_window->setItemText(0, tr("1 minute"));
        m_window->setItemText(1, tr("5 minutes"));
        m_window->setItemText(2, tr("Whole run"));
        m_window->setToolTip(tr("How much of the past the time charts show."));
        m_follow->setText(tr("Follow"));
        m_follow->setToolTip(tr("Keep the newest data in view; untick to pause the charts and look closely."));
    });
    return controls;
}

QChartView *LiveCharts::buildPoolChart()
{
    QChart *pool = chartWith();
    m_inFlight = line(QColor(0x15, 0x65, 0xc0));
    m_queued = line(QColor(0xef, 0x6c, 0x00));
    m_poolSize = line(QColor(0x61, 0x61, 0x61), Qt::DashLine);
    for (QLineSeries *s : { m_inFlight, m_queued, m_poolSize })
        pool->addSeries(s);
    m_poolY = new QValueAxis;
    m_poolY->setLabelFormat(QStringLiteral("%d"));
    setRoundTop(m_poolY, 0, true); // whole ticks before any data too
    addTimeAxis(pool, m_poolY);
    QChartView *view = addView(pool, m_poolY);
    m_texts->add([this, pool, view] {
        pool->setTitle(tr("Connection pool"));
        m_inFlight->setName(tr("in flight"));
        m_queued->setName(tr("waiting for a connection"));
        m_poolSize->setName(tr("pool size"));
        view->setToolTip(
            tr("Requests on the wire and requests waiting in Fathom's own queue for a free connection. "
               "Pool exhaustion looks like the queue rising while \"in flight\" sits on the pool-size line."));
    });
    return view;
}

QChartView *LiveCharts::buildBreakerChart()
{
    QChart *breaker = chartWith();
    m_breaker = line(QColor(0xc6, 0x28, 0x28));
    breaker->addSeries(m_breaker);
    breaker->legend()->hide();
    auto *states = new QCategoryAxis;
    states->setStartValue(-0.5);
    states->setRange(-0.25, 2.25);
    states->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    breaker->addAxis(states, Qt::AlignLeft);
    m_breaker->attachAxis(states);
    addTimeAxis(breaker, nullptr);
    QChartView *view = addView(breaker, nullptr);
    m_texts->add([this, breaker, states, view] {
        breaker->setTitle(tr("Circuit breaker"));
        m_breaker->setName(tr("state"));
        // Words on the axis, in the language shown (the ids stay in --json).
        for (const QString &label : states->categoriesLabels())
            states->remove(label);
        states->append(tr("closed"), 0);
        states->append(tr("half-open"), 1);
        states->append(tr("open"), 2);
        view->setToolTip(tr("Closed: calls pass. Open: calls fail at once without touching the network. "
                            "Half-open: a few trial calls decide whether it closes again."));
    });
    return view;
}

QChartView *LiveCharts::buildFailureChart()
{
    // The two kinds of 503 stacked, other classes beside them.
    QChart *errors = chartWith();
    m_overloadedBase = new QLineSeries(this);
    m_overloaded = new QLineSeries(this);
    m_fiberTop = new QLineSeries(this);
    m_overloadedArea = new QAreaSeries(m_overloaded, m_overloadedBase);
    m_overloadedArea->setColor(QColor(0xe5, 0x39, 0x35));
    m_fiberArea = new QAreaSeries(m_fiberTop, m_overloaded);
    m_fiberArea->setColor(QColor(0x8e, 0x24, 0xaa));
    m_overloadedArea->setPen(Qt::NoPen); // a border would draw the empty fibre band as a white line
    m_fiberArea->setPen(Qt::NoPen);
    m_timeouts = line(QColor(0xff, 0x8f, 0x00));
    m_otherErrors = line(QColor(0x42, 0x42, 0x42));
    errors->addSeries(m_overloadedArea);
    errors->addSeries(m_fiberArea);
    errors->addSeries(m_timeouts);
    errors->addSeries(m_otherErrors);
    m_rateY = new QValueAxis;
    m_rateY->setLabelFormat(QStringLiteral("%.0f"));
    setRoundTop(m_rateY, 0, true);
    addTimeAxis(errors, m_rateY);
    QChartView *view = addView(errors, m_rateY);
    m_texts->add([this, errors, view] {
        errors->setTitle(tr("Failures per second"));
        m_overloadedArea->setName(tr("503 overloaded"));
        m_fiberArea->setName(tr("503 waiting for fibre"));
        m_timeouts->setName(tr("timeouts"));
        m_otherErrors->setName(tr("other errors"));
        view->setToolTip(tr("Attempts per second that failed, by class. 503 overloaded (the server refused work) "
                            "and 503 waiting for fibre (the server has no data source yet) are stacked."));
    });
    return view;
}

QChartView *LiveCharts::buildLatencyChart()
{
    QChart *latency = chartWith();
    m_p50 = line(QColor(0x2e, 0x7d, 0x32));
    m_p90 = line(QColor(0xf9, 0xa8, 0x25));
    m_p99 = line(QColor(0xc6, 0x28, 0x28));
    m_p50->setName(QStringLiteral("p50"));
    m_p90->setName(QStringLiteral("p90"));
    m_p99->setName(QStringLiteral("p99"));
    for (QLineSeries *s : { m_p50, m_p90, m_p99 })
        latency->addSeries(s);
    m_latencyY = new QValueAxis;
    m_latencyY->setLabelFormat(QStringLiteral("%.0f"));
    setRoundTop(m_latencyY, 0, true);
    addTimeAxis(latency, m_latencyY);
    QChartView *view = addView(latency, m_latencyY);
    m_texts->add([this, latency, view] {
        latency->setTitle(tr("Latency (successful answers)"));
        m_latencyY->setTitleText(tr("ms"));
        view->setToolTip(
            tr("Time from sending a request to its complete successful (2xx) answer, per 100 ms interval: half "
               "of the answers were faster than p50, 99 of 100 faster than p99. Refusals such as 503 are not "
               "answers here: the histogram below shows them apart. No line where nothing was answered."));
    });
    return view;
}

void LiveCharts::addTimeAxis(QChart *chart, QValueAxis *y)
{
    auto *x = new QValueAxis;
    // Units in the labels rather than an axis title: a short chart has no height for a title
    // row (Qt Charts then cuts the tick labels to "…" too). SI units, as the Hebrew texts write
    // ms too: Qt Charts passes a label format through Latin-1, so it cannot hold Hebrew.
    x->setLabelFormat(QStringLiteral("%.0f s"));
    x->setRange(0, m_windowSeconds); // whole ticks before any data too
    x->setTickCount(roundTickCount(m_windowSeconds, true));
    chart->addAxis(x, Qt::AlignBottom);
    if (y)
        chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        if (y)
            s->attachAxis(y);
    }
    m_timeAxes.append(x); // one per time chart, kept in step
}

QChartView *LiveCharts::buildHistogram()
{
    // Answers, refusals and failures each their own bars, stacked.
    QChart *histogram = chartWith();
    auto *bars = new QStackedBarSeries;
    m_answeredBars = new QBarSet(QString());
    m_answeredBars->setColor(QColor(0x15, 0x65, 0xc0));
    m_rejectedBars = new QBarSet(QString());
    m_rejectedBars->setColor(QColor(0xc6, 0x28, 0x28));
    m_failedBars = new QBarSet(QString());
    m_failedBars->setColor(QColor(0xff, 0x8f, 0x00));
    const int bucketCount = int(std::size(kHistogramBucketEdgesMs)) + 1;
    for (QBarSet *set : { m_answeredBars, m_rejectedBars, m_failedBars }) {
        for (int i = 0; i < bucketCount; ++i)
            set->append(0);
        bars->append(set);
    }
    bars->setBarWidth(0.9);
    histogram->addSeries(bars);
    auto *cats = new QBarCategoryAxis;
    histogram->addAxis(cats, Qt::AlignBottom);
    bars->attachAxis(cats);
    m_histogramY = new QValueAxis;
    m_histogramY->setLabelFormat(QStringLiteral("%d"));
    setRoundTop(m_histogramY, 0, true);
    histogram->addAxis(m_histogramY, Qt::AlignLeft);
    bars->attachAxis(m_histogramY);
    QChartView *view = addView(histogram, m_histogramY);
    m_texts->add([this, histogram, cats, view] {
        histogram->setTitle(tr("Latency histogram (whole run)"));
        m_answeredBars->setLabel(tr("answered"));
        m_rejectedBars->setLabel(tr("refused (503, 429, HTTP errors)"));
        m_failedBars->setLabel(tr("no answer (timeouts, connection errors)"));
        // Each bucket by its upper edge; "ms" on the first only (room for 16 labels). The labels
        // must differ: a category axis drops a repeated one.
        QStringList buckets;
        double lower = 0;
        for (double edge : kHistogramBucketEdgesMs) {
            buckets << (edge >= 1000 ? QStringLiteral("≤%1 s").arg(QLocale().toString(edge / 1000))
                            : edge == kHistogramBucketEdgesMs.first()
                            ? QStringLiteral("≤%1 ms").arg(QLocale().toString(edge))
                            : QStringLiteral("≤%1").arg(QLocale().toString(edge)));
            lower = edge;
        }
        buckets << QStringLiteral(">%1 s").arg(QLocale().toString(lower / 1000));
        cats->setCategories(buckets);
        view->setToolTip(tr("How long every attempt of the run took, in log-spaced buckets: answered with "
                            "success, refused by the server (503, 429 and other HTTP errors, which are "
                            "often fast), or ended without an answer (a timeout or a connection error, "
                            "at the time it ended)."));
    });
    return view;
}

void LiveCharts::connectRefresh()
{
    m_timer.setSingleShot(true);
    m_stageTimer.setSingleShot(true);
    m_stageTimer.setInterval(0);
    connect(&m_stageTimer, &QTimer::timeout, this, &LiveCharts::applyNextStage);
    connect(m_history, &MetricsHistory::changed, this, [this] {
        m_dirty = true;
        scheduleRefresh();
    });
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_dirty && m_following && isVisible())
            refreshInStages();
    });
    m_sinceRefresh.start();
}

QChartView *LiveCharts::addView(QChart *chart, QValueAxis *y)
{
    useCosmeticPens(chart);
    if (y) // as many ticks as the chart's height has room for
        connect(chart, &QChart::plotAreaChanged, this, [y](const QRectF &plot) { fitTicksToHeight(y, plot.height()); });
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    // Every item moves on every refresh: keeping a BSP index of them costs more than it saves.
    view->scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    view->setMinimumSize(320, 200);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        QMenu menu;
        menu.addAction(tr("Save as PNG…"), this, [this, view] { saveChart(view); });
        menu.addAction(tr("Save its data as CSV…"), this, [this, view] { saveChartData(view); });
        menu.exec(view->mapToGlobal(pos));
    });
    view->viewport()->installEventFilter(this);
    m_views.append(view);
    return view;
}

bool LiveCharts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        for (QChartView *view : std::as_const(m_views)) {
            if (view->viewport() != watched)
                continue;
            const auto *help = static_cast<QHelpEvent *>(event);
            const QString values = valuesAt(view, help->pos());
            if (values.isEmpty())
                return false; // the chart's explanation, from the view itself
            QToolTip::showText(help->globalPos(), values, view);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

namespace {
/// The y of the point of `points` (sorted by x) nearest to `x`; nullopt when none is within `reach`.
std::optional<double> valueNear(const QList<QPointF> &points, double x, double reach)
{
    const auto after
        = std::lower_bound(points.cbegin(), points.cend(), x, [](const QPointF &p, double v) { return p.x() < v; });
    std::optional<QPointF> best;
    if (after != points.cend())
        best = *after;
    if (after != points.cbegin() && (!best || x - std::prev(after)->x() < best->x() - x))
        best = *std::prev(after);
    if (!best || std::abs(best->x() - x) > reach)
        return std::nullopt;
    return best->y();
}
} // namespace

QString LiveCharts::valuesAt(QChartView *view, const QPoint &viewPos) const
{
    QChart *chart = view->chart();
    const QPointF scenePos = view->mapToScene(viewPos);
    const QPointF chartPos = chart->mapFromScene(scenePos);
    if (!chart->plotArea().contains(chartPos) || chart->series().isEmpty())
        return {};
    const QLocale locale;
    if (auto *bars = qobject_cast<QStackedBarSeries *>(chart->series().first())) {
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
        const int bucket = int(std::floor(chart->mapToValue(chartPos, bars).x() + 0.5));
        if (!axis || bucket < 0 || bucket >= axis->count())
            return {};
        QStringList counts;
        for (const QBarSet *set : bars->barSets())
            counts << tr("%1: %2").arg(set->label(), locale.toString(set->at(bucket), 'f', 0));
        return tr("%1 — %2").arg(axis->at(bucket), counts.join(tr(" · ")));
    }
    QAbstractSeries *first = chart->series().first();
    const double x = chart->mapToValue(chartPos, first).x();
    // Within about 3 px of a point: a gap in the data stays a gap.
    const double reach = 3 * std::max(1e-9, x - chart->mapToValue(chartPos - QPointF(1, 0), first).x());
    QStringList values;
    for (QAbstractSeries *series : chart->series()) {
        if (!series->isVisible())
            continue;
        if (series == m_breaker) {
            if (const auto v = valueNear(m_breaker->points(), x, reach))
                values << tr("breaker %1").arg(*v >= 2 ? tr("open") : *v >= 1 ? tr("half-open") : tr("closed"));
        } else if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            const auto upper = valueNear(area->upperSeries()->points(), x, reach);
            const auto lower = valueNear(area->lowerSeries()->points(), x, reach);
            if (upper)
                values << tr("%1: %2").arg(area->name(), locale.toString(*upper - lower.value_or(0), 'f', 1));
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            if (const auto v = valueNear(line->points(), x, reach))
                values << tr("%1: %2").arg(line->name(), locale.toString(*v, 'f', 1));
        }
    }
    if (values.isEmpty())
        return tr("%1 s: no data").arg(locale.toString(x, 'f', 1));
    return tr("%1 s — %2").arg(locale.toString(x, 'f', 1), values.join(tr(" · ")));
}

void LiveCharts::saveChart(QChartView *view)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart"), view->chart()->title() + QStringLiteral(".png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!view->grab().save(path, "PNG"))
        QMessageBox::warning(this, tr("Save chart"),
                             tr("Could not write %1. Choose a folder you can write to.").arg(isolate(path)));
}

void LiveCharts::saveChartData(QChartView *view)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart data"), view->chart()->title() + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csvOf(view).toUtf8()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Save chart data"),
                             tr("Could not write %1 (%2). Choose a folder you can write to.")
                                 .arg(isolate(path), isolate(file.errorString())));
}

namespace {
/// A CSV field: quoted when it holds a separator, a quote or a line break.
QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}
} // namespace

QString LiveCharts::csvOf(QChartView *view) const
{
    // Plain numbers (a dot, no grouping) and the series' names as the header, for a spreadsheet.
    QChart *chart = view->chart();
    QStringList lines;
    if (auto *bars = qobject_cast<QStackedBarSeries *>(chart->series().value(0))) {
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
        QStringList header { tr("bucket") };
        for (const QBarSet *set : bars->barSets())
            header << csvField(set->label());
        lines << header.join(QLatin1Char(','));
        for (int i = 0; axis && i < axis->count(); ++i) {
            QStringList row { csvField(axis->at(i)) };
            for (const QBarSet *set : bars->barSets())
                row << QString::number(set->at(i), 'f', 0);
            lines << row.join(QLatin1Char(','));
        }
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    // Time series: one row per time any series has a point; a value where that series has one.
    QList<std::pair<QString, std::map<double, double>>> columns;
    for (QAbstractSeries *series : chart->series()) {
        std::map<double, double> values;
        if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            const QList<QPointF> lower = area->lowerSeries() ? area->lowerSeries()->points() : QList<QPointF>();
            const QList<QPointF> upper = area->upperSeries()->points();
            for (int i = 0; i < upper.size(); ++i)
                values[upper[i].x()] = upper[i].y() - (i < lower.size() ? lower[i].y() : 0.0);
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            for (const QPointF &p : line->points())
                values[p.x()] = p.y();
        } else {
            continue;
        }
        columns << std::pair { series->name(), std::move(values) };
    }
    std::set<double> times;
    for (const auto &[name, values] : columns)
        for (const auto &[t, v] : values)
            times.insert(t);
    QStringList header { tr("seconds") };
    for (const auto &[name, values] : columns)
        header << csvField(name);
    lines << header.join(QLatin1Char(','));
    for (double t : times) {
        QStringList row { QString::number(t, 'f', 3) };
        for (const auto &[name, values] : columns) {
            const auto it = values.find(t);
            row << (it == values.end() ? QString() : QString::number(it->second, 'g', 10));
        }
        lines << row.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void LiveCharts::setRefreshHz(int hz)
{
    m_intervalMs = 1000 / std::clamp(hz, 1, 60);
}

void LiveCharts::scheduleRefresh()
{
    // Each snapshot gets its own frame (a free-running timer beside a 10 Hz source would skip
    // some), no more often than the refresh rate, and none while hidden.
    if (!m_following || !isVisible() || m_timer.isActive())
        return;
    // A tenth of the interval of slack: anchored on the last redraw, each one would otherwise
    // wait for the full interval plus the timer's own delay, drift behind a source of exactly
    // the refresh rate, and drop a frame now and then (9.93 Hz measured against 10 Hz snapshots).
    const qint64 due = m_intervalMs - m_intervalMs / 10;
    m_timer.start(int(std::max<qint64>(0, due - m_sinceRefresh.elapsed())));
}

void LiveCharts::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        scheduleRefresh();
}

void LiveCharts::setWindowSeconds(int seconds)
{
    m_windowSeconds = seconds;
    refresh();
}

void LiveCharts::setFollowing(bool follow)
{
    m_following = follow;
    if (m_follow->isChecked() != follow)
        m_follow->setChecked(follow);
    if (follow)
        refresh();
}

int LiveCharts::pointsShown() const
{
    return int(m_inFlight->count());
}

void LiveCharts::refresh()
{
    m_stageTimer.stop();
    m_frame = beginFrame();
    for (int stage = 0; stage < kStages; ++stage)
        applyStage(stage);
}

void LiveCharts::refreshInStages()
{
    // One chart per turn of the event loop: each chart's scene and layout work runs as posted
    // events right after its update, and all five in one turn kept every timer of the window
    // (and input) waiting for the sum (docs/dashboard.md; fathom-bench-gui measures it).
    m_frame = beginFrame();
    m_nextStage = 0;
    applyNextStage();
}

void LiveCharts::applyNextStage()
{
    applyStage(m_nextStage++);
    if (m_nextStage < kStages)
        m_stageTimer.start();
}

ChartFrame LiveCharts::beginFrame()
{
    m_dirty = false;
    ++m_refreshes;
    m_sinceRefresh.restart();
    return chartFrame(m_history->points(), m_history->latest().data(), m_windowSeconds);
}

void LiveCharts::applyStage(int stage)
{
    const ChartFrame &f = m_frame;
    // Axes first: a range change recomputes every series on the chart, a replace only its own.
    if (stage < m_timeAxes.size()) {
        QValueAxis *x = m_timeAxes[stage];
        if (x->min() != f.axisStart || x->max() != f.axisEnd) {
            x->setRange(f.axisStart, f.axisEnd);
            x->setTickCount(roundTickCount(f.axisEnd - f.axisStart, true));
        }
    }
    switch (stage) {
    case 0:
        setRoundTop(m_poolY, f.maxPool * 1.1, true);
        m_inFlight->replace(f.inFlight);
        m_queued->replace(f.queued);
        m_poolSize->replace(f.poolSize);
        break;
    case 1:
        m_breaker->replace(f.breaker);
        break;
    case 2:
        setRoundTop(m_rateY, f.maxRate * 1.1, true);
        m_overloadedBase->replace(f.base);
        m_overloaded->replace(f.overloaded);
        m_fiberTop->replace(f.fiberTop);
        m_timeouts->replace(f.timeouts);
        m_otherErrors->replace(f.others);
        break;
    case 3:
        setRoundTop(m_latencyY, f.maxLatency * 1.1, true);
        m_p50->replace(f.p50);
        m_p90->replace(f.p90);
        m_p99->replace(f.p99);
        break;
    case 4: {
        double maxCount = 1;
        for (int i = 0; i < f.answered.size(); ++i) {
            // Bar by bar (QBarSet has no bulk replace), and only those that changed: each replace
            // lays out the whole bar chart again.
            if (m_answeredBars->at(i) != f.answered[i])
                m_answeredBars->replace(i, f.answered[i]);
            if (m_rejectedBars->at(i) != f.rejected[i])
                m_rejectedBars->replace(i, f.rejected[i]);
            if (m_failedBars->at(i) != f.failed[i])
                m_failedBars->replace(i, f.failed[i]);
            maxCount = std::max(maxCount, f.answered[i] + f.rejected[i] + f.failed[i]);
        }
        setRoundTop(m_histogramY, maxCount * 1.1, true);
        break;
    }
    }
}

void LiveCharts::showOrigin()
{
    const RunOrigin &origin = m_history->origin();
    const QString text = origin.isEmpty() ? QString() : tr("Measurements of %1").arg(origin.describe());
    if (m_origin->text() != text)
        m_origin->setText(text);
}

} // namespace fathom
