#include "network/latencyhistogram.h"

#include <QTest>

#include <random>

using namespace fathom;

class TestLatencyHistogram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void singleValuesWithinAQuarterPercent_data();
    void singleValuesWithinAQuarterPercent();
    void everyBucketWithinAQuarterPercent();
    void quantilesOfADistribution();
    void outOfRangeValues();
    void mergeAddsUp();
    void memoryDoesNotGrow();
};

void TestLatencyHistogram::singleValuesWithinAQuarterPercent_data()
{
    QTest::addColumn<qint64>("us");
    for (qint64 us :
         { 100LL, 101LL, 150LL, 999LL, 1000LL, 12'345LL, 58'000'000LL, 59'999'999LL, 123'456'789LL, 599'999'999LL })
        QTest::addRow("%lld us", static_cast<long long>(us)) << us;
}

void TestLatencyHistogram::singleValuesWithinAQuarterPercent()
{
    QFETCH(qint64, us);
    LatencyHistogram h;
    h.record(us);
    h.record(us * 2 < LatencyHistogram::kMaxUs ? us * 2 : us); // so min/max clamping does not hide the error
    const qint64 got = h.quantileUs(0.0);
    QVERIFY2(std::abs(double(got - us)) <= 0.0025 * double(us) + 1,
             qPrintable(QStringLiteral("%1 read back as %2").arg(us).arg(got)));
}

void TestLatencyHistogram::everyBucketWithinAQuarterPercent()
{
    // The bucket middle is within 0.25% of every value the bucket holds (and of the rounding to
    // whole microseconds, where buckets are narrower than one).
    for (int b = 1; b < LatencyHistogram::kBuckets - 1; ++b) {
        const double lo = double(LatencyHistogram::bucketLowerUs(b));
        const double hi = double(std::min(LatencyHistogram::bucketUpperUs(b), LatencyHistogram::kMaxUs));
        const double mid = double(LatencyHistogram::bucketMiddleUs(b));
        QVERIFY2(std::abs(mid - lo) <= 0.0025 * lo + 1 && std::abs(hi - mid) <= 0.0025 * hi + 1,
                 qPrintable(QString::number(b)));
        if (hi - lo >= 3)
            QCOMPARE(LatencyHistogram::bucketOf(qint64(lo) + 1), b);
    }
    // Every whole microsecond lands in a bucket no lower than the one before it.
    for (qint64 us = 1; us < 2'000; ++us)
        QCOMPARE_LE(LatencyHistogram::bucketOf(us - 1), LatencyHistogram::bucketOf(us));
}

void TestLatencyHistogram::quantilesOfADistribution()
{
    std::mt19937_64 rng(7);
    std::lognormal_distribution<double> dist(std::log(50'000.0), 1.0);
    std::vector<qint64> values;
    LatencyHistogram h;
    for (int i = 0; i < 100'000; ++i) {
        const qint64 v = std::clamp<qint64>(qint64(dist(rng)), 100, 600'000'000);
        values.push_back(v);
        h.record(v);
    }
    std::sort(values.begin(), values.end());
    for (double q : { 0.5, 0.9, 0.99, 0.999 }) {
        const qint64 exact = values[size_t(std::ceil(q * double(values.size()))) - 1];
        const qint64 got = h.quantileUs(q);
        QVERIFY2(std::abs(double(got - exact)) <= 0.0025 * double(exact) + 1,
                 qPrintable(QStringLiteral("q%1: %2 vs %3").arg(q).arg(got).arg(exact)));
    }
    QCOMPARE(h.count(), quint64(100'000));
    QCOMPARE(h.minUs(), values.front());
    QCOMPARE(h.maxUs(), values.back());
}

void TestLatencyHistogram::outOfRangeValues()
{
    LatencyHistogram h;
    h.record(-5);
    h.record(3);
    h.record(10'000'000'000LL);
    QCOMPARE(h.count(), quint64(3));
    QCOMPARE(h.bucketCount(0), quint64(2));
    QCOMPARE(h.bucketCount(LatencyHistogram::kBuckets - 1), quint64(1));
    QCOMPARE(h.maxUs(), 10'000'000'000LL);
}

void TestLatencyHistogram::mergeAddsUp()
{
    LatencyHistogram a, b;
    for (int i = 1; i <= 100; ++i)
        a.record(i * 1000);
    for (int i = 101; i <= 200; ++i)
        b.record(i * 1000);
    a.merge(b);
    QCOMPARE(a.count(), quint64(200));
    QCOMPARE(a.minUs(), 1000);
    QCOMPARE(a.maxUs(), 200'000);
    QVERIFY(std::abs(double(a.quantileUs(0.5) - 100'000)) <= 1000);
}

void TestLatencyHistogram::memoryDoesNotGrow()
{
    // A value type of fixed size: recording a million samples allocates nothing.
    static_assert(sizeof(LatencyHistogram) < 26 * 1024);
    static_assert(std::is_trivially_copyable_v<LatencyHistogram>);
    LatencyHistogram h;
    for (int i = 0; i < 1'000'000; ++i)
        h.record(i);
    QCOMPARE(h.count(), quint64(1'000'000));
}

QTEST_GUILESS_MAIN(TestLatencyHistogram)
#include "tst_latencyhistogram.moc"
