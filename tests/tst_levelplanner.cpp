#include "model/levelplanner.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace fathom;

namespace {
/// Drives a planner against a server of exact capacity; `flaky(level, attempt)` may fail an attempt anyway.
template<typename Flaky> LevelPlanner drive(LevelPlanner::Strategy s, int capacity, int maxLevel, Flaky flaky)
{
    LevelPlanner p(s, 1, maxLevel, 3);
    for (int guard = 0; !p.done() && guard < 100'000; ++guard)
        p.record(p.level() <= capacity && !flaky(p.level(), p.attempt()));
    return p;
}
LevelPlanner drive(LevelPlanner::Strategy s, int capacity, int maxLevel = 10'000)
{
    return drive(s, capacity, maxLevel, [](int, int) { return false; });
}
} // namespace

class TestLevelPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bisectAndLinearAgree_data();
    void bisectAndLinearAgree();
    void maxLevelStopsBoth();
    void nothingPasses();
    void aFailedAttemptIsRepeated();
    void externalStop();
    void reasonIdsRoundTrip();
};

void TestLevelPlanner::bisectAndLinearAgree_data()
{
    QTest::addColumn<int>("capacity");
    for (int c : { 1, 2, 3, 7, 8, 9, 37, 64, 150, 151, 999, 1000 })
        QTest::addRow("capacity %d", c) << c;
}

void TestLevelPlanner::bisectAndLinearAgree()
{
    QFETCH(int, capacity);
    const LevelPlanner linear = drive(LevelPlanner::Strategy::Linear, capacity);
    const LevelPlanner bisect = drive(LevelPlanner::Strategy::Bisect, capacity);
    QCOMPARE(linear.capacity(), capacity);
    QCOMPARE(bisect.capacity(), capacity);
    QCOMPARE(linear.reason(), StopReason::CapacityFound);
    QCOMPARE(bisect.reason(), StopReason::CapacityFound);
    QCOMPARE(linear.levelsTried(), capacity + 1);
    QCOMPARE_LE(double(bisect.levelsTried()), 2 * std::log2(capacity) + 4);
}

void TestLevelPlanner::maxLevelStopsBoth()
{
    for (auto s : { LevelPlanner::Strategy::Linear, LevelPlanner::Strategy::Bisect }) {
        const LevelPlanner p = drive(s, 1000, 50);
        QCOMPARE(p.capacity(), 50);
        QCOMPARE(p.reason(), StopReason::MaxLevelReached);
    }
}

void TestLevelPlanner::nothingPasses()
{
    for (auto s : { LevelPlanner::Strategy::Linear, LevelPlanner::Strategy::Bisect }) {
        const LevelPlanner p = drive(s, 0);
        QCOMPARE(p.capacity(), 0);
        QCOMPARE(p.reason(), StopReason::NoLevelPassed);
        QCOMPARE(p.attemptsMade(), 3);
    }
}

void TestLevelPlanner::aFailedAttemptIsRepeated()
{
    // Level 5 fails twice, then passes: it counts as passed.
    const LevelPlanner p = drive(LevelPlanner::Strategy::Linear, 6, 10'000,
                                 [](int level, int attempt) { return level == 5 && attempt < 3; });
    QCOMPARE(p.capacity(), 6);
    // A flaky server (each attempt fails 10% of the time) still gives the exact capacity:
    // three failures in a row at a level within capacity are rare enough (0.1%).
    std::mt19937 rng(3);
    std::bernoulli_distribution flaky(0.1);
    int wrong = 0;
    for (int run = 0; run < 100; ++run) {
        const LevelPlanner b = drive(LevelPlanner::Strategy::Bisect, 150, 10'000, [&](int, int) { return flaky(rng); });
        wrong += std::abs(b.capacity() - 150) > 1;
    }
    QCOMPARE_LE(wrong, 2);
}

void TestLevelPlanner::externalStop()
{
    LevelPlanner p(LevelPlanner::Strategy::Bisect, 1, 100, 3);
    p.record(true);
    p.stop(StopReason::WaitingForFiber);
    QVERIFY(p.done());
    QCOMPARE(p.reason(), StopReason::WaitingForFiber);
    QCOMPARE(p.capacity(), 1);
    p.record(true); // ignored once done
    QCOMPARE(p.capacity(), 1);
}

void TestLevelPlanner::reasonIdsRoundTrip()
{
    for (auto r : { StopReason::CapacityFound, StopReason::NoLevelPassed, StopReason::MaxLevelReached,
                    StopReason::TimeBudgetExhausted, StopReason::Cancelled, StopReason::WaitingForFiber,
                    StopReason::TargetUnreachable })
        QCOMPARE(stopReasonFromId(stopReasonId(r)), r);
    QCOMPARE(stopReasonId(StopReason::WaitingForFiber), QStringLiteral("waiting_for_fiber"));
}

QTEST_GUILESS_MAIN(TestLevelPlanner)
#include "tst_levelplanner.moc"
