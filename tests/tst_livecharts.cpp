// The live charts: what they draw from a known history, that a short burst survives
// downsampling, the stepped time axis, and no redrawing while hidden.
#include "ui/livecharts.h"
#include "ui/metricshistory.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTest>
#include <QValueAxis>

using namespace fathom;

namespace {

// A snapshot at `tUs` with cumulative totals; the history differences them into rates.
MetricsSnapshot snapshot(qint64 tUs, int inFlight, quint64 overloadedTotal, BreakerState breaker = BreakerState::Closed)
{
    auto d = std::make_shared<MetricsData>();
    d->atUs = tUs;
    d->gauges.inFlight = inFlight;
    d->gauges.poolSize = 50;
    d->breaker = breaker;
    d->attemptTotals[size_t(OutcomeClass::Overloaded503)] = overloadedTotal;
    return MetricsSnapshot(d);
}

QLineSeries *seriesNamed(LiveCharts &charts, const QString &name)
{
    for (QChartView *v : charts.chartViews())
        for (QAbstractSeries *s : v->chart()->series())
            if (s->name() == name)
                return qobject_cast<QLineSeries *>(s);
    return nullptr;
}

double maxY(const QList<QPointF> &points)
{
    double m = 0;
    for (const QPointF &p : points)
        m = std::max(m, p.y());
    return m;
}

QValueAxis *timeAxis(LiveCharts &charts)
{
    const auto axes = charts.chartViews().first()->chart()->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
}

} // namespace

class TestLiveCharts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusalsAndFailuresAreTheirOwnBars()
    {
        // The demo's pool probe: 220 fast 503s, 20 jobs answered in ~300 ms, 3 timeouts at 60 s.
        auto d = std::make_shared<MetricsData>();
        d->atUs = 1'000'000;
        for (int i = 0; i < 220; ++i)
            d->rejected.record(600);
        for (int i = 0; i < 20; ++i)
            d->latency.record(300'000);
        for (int i = 0; i < 3; ++i)
            d->failureTime.record(60'000'000);
        MetricsHistory history;
        history.append(MetricsSnapshot(d));
        LiveCharts charts(&history);
        charts.refresh();
        QStackedBarSeries *bars = nullptr;
        for (QAbstractSeries *series : charts.chartViews().last()->chart()->series())
            bars = bars ? bars : qobject_cast<QStackedBarSeries *>(series);
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 3);
        const auto total = [](const QBarSet *set) {
            double sum = 0;
            for (int i = 0; i < set->count(); ++i)
                sum += set->at(i);
            return sum;
        };
        const QBarSet *answered = bars->barSets()[0];
        const QBarSet *refused = bars->barSets()[1];
        const QBarSet *failed = bars->barSets()[2];
        QCOMPARE(answered->label(), QStringLiteral("answered"));
        QCOMPARE(total(answered), 20.0);
        QCOMPARE(answered->at(0), 0.0); // no 503 among the answers in the fastest bucket
        QCOMPARE(total(refused), 220.0);
        QCOMPARE(refused->at(0), 220.0); // ≤ 1 ms
        QCOMPARE(total(failed), 3.0);
        QCOMPARE(failed->at(failed->count() - 2), 3.0); // ≤ 60 s, not a separate "timeout" column
    }

    void drawsTheHistory()
    {
        MetricsHistory history;
        LiveCharts charts(&history);
        for (int i = 0; i <= 50; ++i)
            history.append(snapshot(i * 100'000, i, 0));
        charts.refresh();
        QLineSeries *inFlight = seriesNamed(charts, "in flight");
        QVERIFY(inFlight);
        QCOMPARE(inFlight->count(), 51);
        QCOMPARE(inFlight->at(50), QPointF(5.0, 50.0));
        QCOMPARE(maxY(seriesNamed(charts, "pool size")->points()), 50.0);
    }

    void everyTickIsAWholeNumber()
    {
        // Counts and milliseconds: "0, 0, 1, 1, 2" on an axis reads as a bug — empty, and with
        // a failure rate of 1.4 a second.
        MetricsHistory history;
        LiveCharts charts(&history);
        const auto wholeTicks = [&]() -> QString {
            for (QChartView *view : charts.findChildren<QChartView *>())
                for (QAbstractAxis *axis : view->chart()->axes())
                    if (auto *v = qobject_cast<QValueAxis *>(axis); v && !qobject_cast<QCategoryAxis *>(axis)) {
                        const double step = (v->max() - v->min()) / (v->tickCount() - 1);
                        if (step < 1 || std::fmod(step, 1.0) != 0)
                            return v->titleText()
                                + QStringLiteral(" 0…%1 in %2 ticks").arg(v->max()).arg(v->tickCount());
                    }
            return QString();
        };
        QVERIFY2(wholeTicks().isEmpty(), qPrintable(wholeTicks()));
        for (int i = 0; i <= 20; ++i)
            history.append(snapshot(i * 100'000, 1, quint64(i / 7)));
        charts.refresh();
        QVERIFY2(wholeTicks().isEmpty(), qPrintable(wholeTicks()));
    }

    void aSmallWindowShowsWholeAxisLabels()
    {
        // The charts as a 1024×700 window gives them (the tab below the target bar): every axis
        // label and title drawn is whole — none cut to "…" — and no tick label repeats.
        MetricsHistory history;
        LiveCharts charts(&history);
        charts.resize(1000, 600);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        for (int i = 0; i <= 80; ++i)
            history.append(snapshot(i * 100'000, 40 + i % 7, quint64(i * 3)));
        charts.refresh();
        const auto problems = [&]() -> QStringList {
            QStringList found;
            for (QChartView *view : charts.chartViews()) {
                QStringList labels; // as drawn, in the order the scene holds them
                for (QGraphicsItem *item : view->scene()->items()) {
                    auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                    if (!text || !text->isVisible())
                        continue;
                    const QString shown = text->toPlainText();
                    if (shown.contains("...") || shown.contains(QChar(0x2026)))
                        found << view->chart()->title() + ": \"" + shown + "\"";
                    labels << shown;
                }
                for (QAbstractAxis *axis : view->chart()->axes(Qt::Vertical)) {
                    auto *v = qobject_cast<QValueAxis *>(axis);
                    if (!v || qobject_cast<QCategoryAxis *>(axis))
                        continue;
                    QStringList ticks; // as Qt Charts formats them
                    const QByteArray format = v->labelFormat().toLatin1();
                    for (int i = 0; i < v->tickCount(); ++i) {
                        const double at = v->min() + (v->max() - v->min()) * i / (v->tickCount() - 1);
                        ticks << (format.contains('d') ? QString::asprintf(format.constData(), int(at))
                                                       : QString::asprintf(format.constData(), at));
                    }
                    if (QSet<QString>(ticks.cbegin(), ticks.cend()).size() != ticks.size())
                        found << view->chart()->title() + ": ticks " + ticks.join(',');
                }
            }
            return found;
        };
        QTRY_VERIFY2(problems().isEmpty(), qPrintable(problems().join('\n')));
        // Small as they are, the charts still show their labels: the time axis' units and the
        // histogram's buckets.
        QStringList all;
        for (QChartView *view : charts.chartViews())
            for (QGraphicsItem *item : view->scene()->items())
                if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                    all << text->toPlainText();
        QVERIFY2(all.contains("20 s"), qPrintable(all.join(" | ")));
        QVERIFY2(all.contains(QString::fromUtf8("≤1 ms")), qPrintable(all.join(" | ")));
        QVERIFY2(all.contains(QString::fromUtf8("≤10 s")), qPrintable(all.join(" | ")));
    }

    void hoverShowsTheValuesUnderThePointer()
    {
        MetricsHistory history;
        LiveCharts charts(&history);
        charts.resize(1000, 600);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        for (int i = 0; i <= 50; ++i)
            history.append(snapshot(i * 100'000, i, 0));
        charts.refresh();
        QChartView *pool = charts.chartViews().first();
        QLineSeries *inFlight = seriesNamed(charts, "in flight");
        const auto at = [](QChartView *view, QAbstractSeries *series, QPointF value) {
            return view->mapFromScene(view->chart()->mapToScene(view->chart()->mapToPosition(value, series)));
        };
        QTRY_VERIFY(pool->chart()->plotArea().width() > 100);
        const QString values = charts.valuesAt(pool, at(pool, inFlight, QPointF(2.0, 10)));
        QVERIFY2(values.startsWith("2.0 s — "), qPrintable(values));
        QVERIFY2(values.contains("in flight: 20.0"), qPrintable(values));
        QVERIFY2(values.contains("pool size: 50.0"), qPrintable(values));
        // Past the data: no value, rather than the last one or a zero.
        const QString later = charts.valuesAt(pool, at(pool, inFlight, QPointF(30.0, 10)));
        QVERIFY2(later.endsWith("no data"), qPrintable(later));
        // Outside the plot the chart's own explanation shows.
        QVERIFY(charts.valuesAt(pool, QPoint(2, 2)).isEmpty());
        // The breaker in words, the histogram by bucket.
        QChartView *breaker = charts.chartViews()[1];
        const QString state
            = charts.valuesAt(breaker, at(breaker, breaker->chart()->series().first(), QPointF(2.0, 0)));
        QVERIFY2(state.contains("breaker closed"), qPrintable(state));
    }

    void chartDataExportsAsCsv()
    {
        MetricsHistory history;
        LiveCharts charts(&history);
        for (int i = 0; i <= 50; ++i)
            history.append(snapshot(i * 100'000, i, 0));
        charts.refresh();
        const QStringList pool = charts.csvOf(charts.chartViews().first()).split('\n');
        QCOMPARE(pool.first(), "seconds,in flight,waiting for a connection,pool size");
        QVERIFY2(pool.contains("2.000,20,0,50"), qPrintable(pool.mid(0, 25).join('\n')));
        QCOMPARE(pool.size(), 1 + 51 + 1); // the header, a row a point, the final line break
        // The histogram by bucket; a name with commas is quoted.
        const QStringList histogram = charts.csvOf(charts.chartViews().last()).split('\n');
        QCOMPARE(histogram.first(),
                 "bucket,answered,\"refused (503, 429, HTTP errors)\",\"no answer (timeouts, connection errors)\"");
        QCOMPARE(histogram.at(1), QString::fromUtf8("≤1 ms,0,0,0"));
    }

    void theBreakerSaysItsStateInWords()
    {
        // People read "closed", "half-open", "open" (in their language), not CLOSED/HALF_OPEN.
        MetricsHistory history;
        LiveCharts charts(&history);
        QStringList labels;
        for (QChartView *view : charts.findChildren<QChartView *>())
            for (QAbstractAxis *axis : view->chart()->axes())
                if (auto *categories = qobject_cast<QCategoryAxis *>(axis))
                    labels << categories->categoriesLabels();
        QCOMPARE(labels, (QStringList { "closed", "half-open", "open" }));
    }

    // Ten minutes at 10 Hz in the whole-run window is far more than is drawn; one interval with
    // 503s must still show at its full height.
    void aBurstSurvivesDownsampling()
    {
        MetricsHistory history;
        LiveCharts charts(&history);
        charts.setWindowSeconds(0);
        quint64 overloaded = 0;
        for (int i = 0; i <= 6000; ++i) {
            if (i == 3333)
                overloaded += 500; // 500 in 100 ms: 5000/s
            history.append(
                snapshot(qint64(i) * 100'000, 7, overloaded, i == 4444 ? BreakerState::Open : BreakerState::Closed));
        }
        charts.refresh();
        QVERIFY(charts.pointsShown() <= 300);
        QVERIFY(charts.pointsShown() > 150);
        QAreaSeries *area = nullptr;
        for (QAbstractSeries *s : charts.chartViews().at(2)->chart()->series())
            if (s->name() == "503 overloaded")
                area = qobject_cast<QAreaSeries *>(s);
        QVERIFY(area);
        QCOMPARE(maxY(area->upperSeries()->points()), 5000.0);
        QCOMPARE(maxY(seriesNamed(charts, "state")->points()), 2.0); // the one open interval
    }

    // The time axis advances in steps of a twelfth of the window, so its labels are not laid
    // out again on every refresh; the newest point is always inside it.
    void timeAxisMovesInSteps_data()
    {
        QTest::addColumn<double>("tEnd");
        QTest::addColumn<double>("axisMin");
        QTest::addColumn<double>("axisMax");
        QTest::addRow("before a minute") << 12.3 << 0.0 << 60.0;
        QTest::addRow("just past") << 60.1 << 5.0 << 65.0;
        QTest::addRow("inside a step") << 64.9 << 5.0 << 65.0;
        QTest::addRow("next step") << 65.2 << 10.0 << 70.0;
    }
    void timeAxisMovesInSteps()
    {
        QFETCH(double, tEnd);
        QFETCH(double, axisMin);
        QFETCH(double, axisMax);
        MetricsHistory history;
        LiveCharts charts(&history);
        charts.setWindowSeconds(60);
        history.append(snapshot(0, 1, 0));
        history.append(snapshot(qint64(tEnd * 1e6), 1, 0));
        charts.refresh();
        QValueAxis *x = timeAxis(charts);
        QVERIFY(x);
        QCOMPARE(x->min(), axisMin);
        QCOMPARE(x->max(), axisMax);
    }

    void noRedrawWhileHidden()
    {
        MetricsHistory history;
        LiveCharts charts(&history);
        charts.setRefreshHz(30);
        const int before = charts.refreshCount();
        for (int i = 0; i < 5; ++i)
            history.append(snapshot(i * 100'000, i, 0));
        QVERIFY(!charts.refreshPending());
        QCoreApplication::processEvents();
        QCOMPARE(charts.refreshCount(), before);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        QTRY_COMPARE(charts.refreshCount(), before + 1); // one frame for all five snapshots
        QCOMPARE(charts.pointsShown(), 5);
        history.append(snapshot(500'000, 9, 0));
        QTRY_COMPARE(charts.refreshCount(), before + 2);
    }

    void pausedChartsStayStill()
    {
        MetricsHistory history;
        LiveCharts charts(&history);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        history.append(snapshot(0, 1, 0));
        QTRY_COMPARE(charts.pointsShown(), 1);
        charts.setFollowing(false);
        history.append(snapshot(100'000, 2, 0));
        history.append(snapshot(200'000, 3, 0));
        QVERIFY(!charts.refreshPending());
        QCoreApplication::processEvents();
        QCOMPARE(charts.pointsShown(), 1);
        charts.setFollowing(true);
        QCOMPARE(charts.pointsShown(), 3);
    }
};

QTEST_MAIN(TestLiveCharts)
#include "tst_livecharts.moc"
