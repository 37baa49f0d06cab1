// What a refresh of the live charts draws, worked out without a widget.
#include "ui/chartframe.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace fathom;

namespace {

std::deque<MetricsPoint> steadyRun(int seconds, double hz = 10)
{
    std::deque<MetricsPoint> points;
    for (int i = 0; i <= seconds * hz; ++i) {
        MetricsPoint p;
        p.tSeconds = i / hz;
        p.inFlight = 10;
        p.poolSize = 25;
        p.p50Ms = 100;
        p.p90Ms = 120;
        p.p99Ms = 150;
        points.push_back(p);
    }
    return points;
}

} // namespace

class TestChartFrame : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anEmptyHistoryDrawsNothingOnAUnitAxis();
    void theWindowMovesInTwelfths_data();
    void theWindowMovesInTwelfths();
    void theWholeRunEndsOnARoundAxis();
    void mergedPointsKeepTheirPeaks();
    void aBreakerChangeIsAStepNotASlope();
    void histogramBucketsCountByTime();
};

void TestChartFrame::anEmptyHistoryDrawsNothingOnAUnitAxis()
{
    const ChartFrame f = chartFrame({}, MetricsData {}, 60);
    QVERIFY(f.inFlight.isEmpty() && f.p99.isEmpty() && f.breaker.isEmpty());
    QCOMPARE(f.axisEnd - f.axisStart, 60.0);
    QCOMPARE(f.maxPool, 1.0); // never a zero-height axis
    QCOMPARE(f.answered.size(), kHistogramBucketEdgesMs.size() + 1);
}

void TestChartFrame::theWindowMovesInTwelfths_data()
{
    QTest::addColumn<double>("lastSecond");
    QTest::addColumn<double>("axisEnd");
    QTest::newRow("inside the first window") << 12.3 << 60.0;
    QTest::newRow("just past it") << 60.1 << 65.0; // steps of 60 / 12 = 5 s
    QTest::newRow("on a step") << 70.0 << 70.0;
}

void TestChartFrame::theWindowMovesInTwelfths()
{
    QFETCH(double, lastSecond);
    QFETCH(double, axisEnd);
    std::deque<MetricsPoint> points = steadyRun(1);
    points.back().tSeconds = lastSecond;
    const ChartFrame f = chartFrame(points, MetricsData {}, 60);
    QCOMPARE(f.axisEnd, axisEnd);
    QCOMPARE(f.axisStart, axisEnd - 60);
}

void TestChartFrame::theWholeRunEndsOnARoundAxis()
{
    const ChartFrame f = chartFrame(steadyRun(137), MetricsData {}, 0);
    QCOMPARE(f.axisStart, 0.0);
    QVERIFY2(f.axisEnd >= 137 && f.axisEnd <= 200, qPrintable(QString::number(f.axisEnd)));
    QCOMPARE(f.axisEnd, std::round(f.axisEnd));
}

void TestChartFrame::mergedPointsKeepTheirPeaks()
{
    // An hour at 10 Hz, drawn in about 300 points: one interval's burst of 503s and one slow
    // p99 must still show at their heights.
    std::deque<MetricsPoint> points = steadyRun(3600);
    points[20'001].overloadedPerSecond = 40;
    points[30'007].p99Ms = 2500;
    points[10'003].queued = 180;
    const ChartFrame f = chartFrame(points, MetricsData {}, 0);
    QVERIFY2(f.overloaded.size() <= kMaxDrawnPoints + 1, qPrintable(QString::number(f.overloaded.size())));
    QVERIFY(f.overloaded.size() > kMaxDrawnPoints / 2);
    const auto peak = [](const QList<QPointF> &series) {
        double most = 0;
        for (const QPointF &p : series)
            most = std::max(most, p.y());
        return most;
    };
    QCOMPARE(peak(f.overloaded), 40.0);
    QCOMPARE(peak(f.p99), 2500.0);
    QCOMPARE(peak(f.queued), 180.0);
    QCOMPARE(f.maxRate, 40.0);
    QCOMPARE(f.maxLatency, 2500.0);
    QCOMPARE(f.maxPool, 180.0);
}

void TestChartFrame::aBreakerChangeIsAStepNotASlope()
{
    std::deque<MetricsPoint> points = steadyRun(2);
    for (size_t i = 10; i < points.size(); ++i)
        points[i].breaker = BreakerState::Open;
    const ChartFrame f = chartFrame(points, MetricsData {}, 60);
    // At the change, two points at one time: the old height, then the new.
    int steps = 0;
    for (int i = 1; i < f.breaker.size(); ++i) {
        if (f.breaker[i].x() == f.breaker[i - 1].x()) {
            ++steps;
            QCOMPARE(f.breaker[i - 1].y(), 0.0);
            QCOMPARE(f.breaker[i].y(), 2.0);
        }
        QVERIFY(f.breaker[i].y() == f.breaker[i - 1].y() || f.breaker[i].x() == f.breaker[i - 1].x());
    }
    QCOMPARE(steps, 1);
}

void TestChartFrame::histogramBucketsCountByTime()
{
    MetricsData d;
    for (int i = 0; i < 7; ++i)
        d.latency.record(3'000); // 3 ms: "≤5 ms"
    d.rejected.record(150'000); // 150 ms: "≤200 ms"
    d.failureTime.record(90'000'000); // 90 s: above the last edge
    const ChartFrame f = chartFrame({}, d, 60);
    const int at5 = int(kHistogramBucketEdgesMs.indexOf(5));
    const int at200 = int(kHistogramBucketEdgesMs.indexOf(200));
    QCOMPARE(f.answered.at(at5), 7.0);
    QCOMPARE(f.rejected.at(at200), 1.0);
    QCOMPARE(f.failed.last(), 1.0);
    QCOMPARE(std::accumulate(f.answered.begin(), f.answered.end(), 0.0), 7.0);
}

QTEST_GUILESS_MAIN(TestChartFrame)
#include "tst_chartframe.moc"
