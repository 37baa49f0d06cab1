#include "network/circuitbreaker.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace fathom;

class TestCircuitBreaker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensAfterFiveConsecutiveFailures();
    void successResetsTheCount();
    void onlyConfiguredOutcomesCount_data();
    void onlyConfiguredOutcomesCount();
    void openRejectsUntilTheDurationPasses();
    void halfOpenLetsTrialCallsThrough();
    void halfOpenFailureReopens();
    void cancelledTrialGivesThePermitBack();
    void failureRateMode();
    void transitionsCarryTimestamps();
    void disabledAlwaysAllows();
    void threadSafeUnderContention();
};

void TestCircuitBreaker::opensAfterFiveConsecutiveFailures()
{
    ManualClock clock;
    CircuitBreaker b({}, &clock);
    for (int i = 0; i < 4; ++i) {
        QVERIFY(b.tryAcquire());
        b.onResult(OutcomeClass::ConnectTimeout);
        QCOMPARE(b.state(), BreakerState::Closed);
    }
    QVERIFY(b.tryAcquire());
    b.onResult(OutcomeClass::ConnectionRefused);
    QCOMPARE(b.state(), BreakerState::Open);
    QVERIFY(!b.tryAcquire());
}

void TestCircuitBreaker::successResetsTheCount()
{
    ManualClock clock;
    CircuitBreaker b({}, &clock);
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 4; ++i)
            b.onResult(OutcomeClass::RequestTimeout);
        b.onResult(OutcomeClass::Ok);
    }
    QCOMPARE(b.state(), BreakerState::Closed);
    QCOMPARE(b.consecutiveFailures(), 0);
}

void TestCircuitBreaker::onlyConfiguredOutcomesCount_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<bool>("counts");
    QTest::addRow("connect timeout") << int(OutcomeClass::ConnectTimeout) << true;
    QTest::addRow("request timeout") << int(OutcomeClass::RequestTimeout) << true;
    QTest::addRow("refused") << int(OutcomeClass::ConnectionRefused) << true;
    QTest::addRow("reset") << int(OutcomeClass::ConnectionReset) << true;
    QTest::addRow("503 overloaded (not by default)") << int(OutcomeClass::Overloaded503) << false;
    QTest::addRow("waiting for fiber") << int(OutcomeClass::WaitingForFiber503) << false;
    QTest::addRow("404") << int(OutcomeClass::Http4xx) << false;
}

void TestCircuitBreaker::onlyConfiguredOutcomesCount()
{
    QFETCH(int, outcome);
    QFETCH(bool, counts);
    ManualClock clock;
    CircuitBreaker b({}, &clock);
    for (int i = 0; i < 5; ++i)
        b.onResult(OutcomeClass(outcome));
    QCOMPARE(b.state() == BreakerState::Open, counts);

    BreakerConfig withOverload;
    withOverload.failureOutcomes.insert(OutcomeClass::Overloaded503);
    CircuitBreaker b2(withOverload, &clock);
    for (int i = 0; i < 5; ++i)
        b2.onResult(OutcomeClass::Overloaded503);
    QCOMPARE(b2.state(), BreakerState::Open);
}

void TestCircuitBreaker::openRejectsUntilTheDurationPasses()
{
    ManualClock clock;
    CircuitBreaker b({}, &clock);
    for (int i = 0; i < 5; ++i)
        b.onResult(OutcomeClass::ConnectTimeout);
    clock.advanceMs(59'999);
    QVERIFY(!b.tryAcquire());
    QCOMPARE(b.state(), BreakerState::Open);
    clock.advanceMs(1);
    QCOMPARE(b.state(), BreakerState::HalfOpen);
}

void TestCircuitBreaker::halfOpenLetsTrialCallsThrough()
{
    ManualClock clock;
    BreakerConfig c;
    c.halfOpenTrialCalls = 2;
    CircuitBreaker b(c, &clock);
    for (int i = 0; i < 5; ++i)
        b.onResult(OutcomeClass::ConnectTimeout);
    clock.advanceMs(60'000);
    QVERIFY(b.tryAcquire());
    QVERIFY(b.tryAcquire());
    QVERIFY(!b.tryAcquire()); // only two trials
    b.onResult(OutcomeClass::Ok);
    QCOMPARE(b.state(), BreakerState::HalfOpen);
    b.onResult(OutcomeClass::Ok);
    QCOMPARE(b.state(), BreakerState::Closed);
    QVERIFY(b.tryAcquire());
}

void TestCircuitBreaker::halfOpenFailureReopens()
{
    ManualClock clock;
    CircuitBreaker b({}, &clock);
    for (int i = 0; i < 5; ++i)
        b.onResult(OutcomeClass::ConnectTimeout);
    clock.advanceMs(60'000);
    QVERIFY(b.tryAcquire());
    b.onResult(OutcomeClass::RequestTimeout);
    QCOMPARE(b.state(), BreakerState::Open);
    clock.advanceMs(30'000);
    QCOMPARE(b.state(), BreakerState::Open); // the open period starts again
    clock.advanceMs(30'000);
    QCOMPARE(b.state(), BreakerState::HalfOpen);
}

void TestCircuitBreaker::cancelledTrialGivesThePermitBack()
{
    ManualClock clock;
    CircuitBreaker b({}, &clock);
    for (int i = 0; i < 5; ++i)
        b.onResult(OutcomeClass::ConnectTimeout);
    clock.advanceMs(60'000);
    QVERIFY(b.tryAcquire());
    QVERIFY(!b.tryAcquire());
    b.onResult(OutcomeClass::Cancelled);
    QCOMPARE(b.state(), BreakerState::HalfOpen);
    QVERIFY(b.tryAcquire());
}

void TestCircuitBreaker::failureRateMode()
{
    ManualClock clock;
    BreakerConfig c;
    c.mode = BreakerConfig::Mode::FailureRate;
    c.windowSize = 10;
    c.minimumCalls = 10;
    c.failureRatePercent = 50;
    CircuitBreaker b(c, &clock);
    // Alternating failures never make 5 in a row, but are a 50% rate.
    for (int i = 0; i < 9; ++i) {
        b.onResult(i % 2 ? OutcomeClass::Ok : OutcomeClass::ConnectTimeout);
        QCOMPARE(b.state(), BreakerState::Closed); // below the minimum number of calls
    }
    b.onResult(OutcomeClass::ConnectTimeout);
    QCOMPARE(b.state(), BreakerState::Open);
    QVERIFY(b.transitions().constLast().reason.contains(QStringLiteral("60.0%")));

    // A sliding window: old failures fall out.
    CircuitBreaker b2(c, &clock);
    for (int i = 0; i < 4; ++i)
        b2.onResult(OutcomeClass::ConnectTimeout);
    for (int i = 0; i < 20; ++i)
        b2.onResult(OutcomeClass::Ok);
    for (int i = 0; i < 4; ++i)
        b2.onResult(OutcomeClass::ConnectTimeout);
    QCOMPARE(b2.state(), BreakerState::Closed); // 4 of the last 10
}

void TestCircuitBreaker::transitionsCarryTimestamps()
{
    ManualClock clock;
    CircuitBreaker b({}, &clock);
    QSignalSpy spy(&b, &CircuitBreaker::transitioned);
    for (int i = 0; i < 5; ++i)
        b.onResult(OutcomeClass::ConnectTimeout);
    const qint64 openedAt = clock.nowUs();
    clock.advanceMs(60'000);
    QVERIFY(b.tryAcquire());
    b.onResult(OutcomeClass::Ok);
    QCOMPARE(spy.size(), 3);
    const QList<BreakerTransition> t = b.transitions();
    QCOMPARE(t.size(), 3);
    QCOMPARE(t[0].from, BreakerState::Closed);
    QCOMPARE(t[0].to, BreakerState::Open);
    QCOMPARE(t[0].atUs, openedAt);
    QCOMPARE(t[0].reason, QStringLiteral("5 consecutive failures"));
    QCOMPARE(t[1].to, BreakerState::HalfOpen);
    QCOMPARE(t[1].atUs, openedAt + 60'000'000);
    QCOMPARE(t[1].atUtc, t[0].atUtc.addSecs(60));
    QCOMPARE(t[2].to, BreakerState::Closed);
    QCOMPARE(spy.at(0).at(0).value<BreakerTransition>().to, BreakerState::Open);
}

void TestCircuitBreaker::disabledAlwaysAllows()
{
    ManualClock clock;
    BreakerConfig c;
    c.enabled = false;
    CircuitBreaker b(c, &clock);
    for (int i = 0; i < 50; ++i) {
        QVERIFY(b.tryAcquire());
        b.onResult(OutcomeClass::ConnectTimeout);
    }
    QCOMPARE(b.state(), BreakerState::Closed);
}

void TestCircuitBreaker::threadSafeUnderContention()
{
    ManualClock clock;
    BreakerConfig c;
    c.failureThreshold = 1'000'000; // never opens: count every call exactly
    CircuitBreaker b(c, &clock);
    constexpr int kThreads = 4, kCalls = 20'000;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([&b] {
            for (int i = 0; i < kCalls; ++i) {
                if (b.tryAcquire())
                    b.onResult(OutcomeClass::ConnectTimeout);
            }
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        QVERIFY(t->wait(30'000));
    QCOMPARE(b.consecutiveFailures(), kThreads * kCalls);
}

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
