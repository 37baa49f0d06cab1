#include "report/roundscale.h"

#include <QTest>

#include <cmath>

using namespace fathom;

class TestRoundScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topsAreRound_data();
    void topsAreRound();
    void wholeNumbersHaveWholeTicks();
};

void TestRoundScale::topsAreRound_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("top");
    QTest::addColumn<int>("intervals");
    QTest::newRow("nothing") << 0.0 << 1.0 << 5;
    QTest::newRow("one") << 1.0 << 1.0 << 5;
    QTest::newRow("just above one") << 1.01 << 1.5 << 3;
    QTest::newRow("five") << 5.0 << 5.0 << 5;
    QTest::newRow("seven") << 7.0 << 8.0 << 4;
    QTest::newRow("37") << 37.0 << 40.0 << 4;
    QTest::newRow("220") << 220.0 << 250.0 << 5;
    QTest::newRow("9001") << 9001.0 << 10000.0 << 5;
}

void TestRoundScale::topsAreRound()
{
    QFETCH(double, value);
    QFETCH(double, top);
    QFETCH(int, intervals);
    const RoundScale s = roundScale(value, false);
    QCOMPARE(s.top, top);
    QCOMPARE(s.intervals, intervals);
    QCOMPARE(niceCeiling(value), top);
}

void TestRoundScale::wholeNumbersHaveWholeTicks()
{
    // Counts: every tick a whole number, none repeated once rounded, the top at or above the data
    // and not more than twice it.
    for (int most = 0; most <= 2000; ++most) {
        const RoundScale s = roundScale(most, true);
        QVERIFY(s.top >= most);
        QVERIFY2(most < 1 || s.top <= 2 * most, qPrintable(QString::number(most)));
        QVERIFY(s.intervals >= 1 && s.intervals <= 6);
        double previous = -1;
        for (int i = 0; i <= s.intervals; ++i) {
            const double t = s.tick(i);
            QVERIFY2(std::abs(t - std::round(t)) < 1e-9, qPrintable(QString("%1: tick %2").arg(most).arg(t)));
            QVERIFY(t > previous);
            previous = t;
        }
    }
}

QTEST_APPLESS_MAIN(TestRoundScale)
#include "tst_roundscale.moc"
