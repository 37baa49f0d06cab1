#include "network/tokenbucket.h"

#include <QTest>

using namespace fathom;

class TestTokenBucket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void burstThenRate();
    void neverSavesMoreThanTheBurst();
    void steadyRateOverTime();
};

void TestTokenBucket::burstThenRate()
{
    TokenBucket b(10, 3, 0); // 10/s, burst 3
    QCOMPARE(b.tryTake(0), 0);
    QCOMPARE(b.tryTake(0), 0);
    QCOMPARE(b.tryTake(0), 0);
    QCOMPARE(b.tryTake(0), 100'000); // the next one in 100 ms
    QCOMPARE(b.tryTake(50'000), 50'000);
    QCOMPARE(b.tryTake(100'000), 0);
}

void TestTokenBucket::neverSavesMoreThanTheBurst()
{
    TokenBucket b(10, 2, 0);
    QCOMPARE(b.available(3600'000'000LL), 2.0);
}

void TestTokenBucket::steadyRateOverTime()
{
    TokenBucket b(50, 1, 0);
    int taken = 0;
    for (qint64 us = 0; us <= 10'000'000; us += 1000)
        taken += b.tryTake(us) == 0;
    QCOMPARE(taken, 501); // 1 saved + 50/s for 10 s
}

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "tst_tokenbucket.moc"
