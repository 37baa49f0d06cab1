#include "discovery/levelplanner.h"

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

/// A server that serves `parallel` jobs at once, queues the excess and rejects (503) what is
/// beyond `capacity` (nginx limit_conn: parallel == capacity; HAProxy maxconn with a queue
/// timeout: parallel < capacity).
struct ModelServer
{
    int parallel;
    int capacity;
    LevelObservation observe(int level) const
    {
        LevelObservation o;
        o.ok = std::min(level, capacity);
        o.rejected = level - o.ok;
        o.passed = o.rejected == 0;
        o.parallel = level <= parallel;
        o.servedAtOnce = std::min(level, parallel);
        return o;
    }
};

LevelPlanner driveModel(LevelPlanner::Strategy s, const ModelServer &server, int maxLevel = 10'000,
                        QList<int> *tried = nullptr)
{
    LevelPlanner p(s, 1, maxLevel, 3);
    for (int guard = 0; !p.done() && guard < 100'000; ++guard) {
        if (tried && (tried->isEmpty() || tried->constLast() != p.level()))
            tried->append(p.level());
        p.record(server.observe(p.level()));
    }
    return p;
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
    void rejectingServerInFewLevels_data();
    void rejectingServerInFewLevels();
    void queueingServer_data();
    void queueingServer();
    void aSingleRejectionIsRepeatedManyAreNot();
    void timeoutsGiveNoHint();
    void sloCapacity();
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

void TestLevelPlanner::rejectingServerInFewLevels_data()
{
    QTest::addColumn<int>("capacity");
    for (int c : { 1, 2, 3, 7, 8, 9, 37, 64, 150, 151, 999 })
        QTest::addRow("capacity %d", c) << c;
}

void TestLevelPlanner::rejectingServerInFewLevels()
{
    // Where the excess is rejected, the failed level says how many it served: no halving.
    QFETCH(int, capacity);
    QList<int> tried;
    const LevelPlanner p = driveModel(LevelPlanner::Strategy::Bisect, { capacity, capacity }, 10'000, &tried);
    QCOMPARE(p.reason(), StopReason::CapacityFound);
    QCOMPARE(p.capacity(), capacity);
    QVERIFY(tried.contains(capacity) && tried.contains(capacity + 1)); // what decideSaturation() needs
    QCOMPARE_LE(p.levelsTried(), int(std::ceil(std::log2(capacity))) + 3);
    // The plain bisect of before spent 12 levels and 20 attempts on 37.
    if (capacity == 37) {
        QCOMPARE(p.levelsTried(), 9);
        QCOMPARE_LT(p.attemptsMade(), 20);
    }
}

void TestLevelPlanner::queueingServer_data()
{
    QTest::addColumn<int>("parallel");
    QTest::addColumn<int>("capacity");
    QTest::addRow("haproxy 37, queue to 145") << 37 << 145;
    QTest::addRow("7 workers, queue to 400") << 7 << 400;
    QTest::addRow("1 at once") << 1 << 20;
    QTest::addRow("100, queue to 101") << 100 << 101;
}

void TestLevelPlanner::queueingServer()
{
    QFETCH(int, parallel);
    QFETCH(int, capacity);
    QList<int> tried;
    const LevelPlanner p = driveModel(LevelPlanner::Strategy::Bisect, { parallel, capacity }, 10'000, &tried);
    QCOMPARE(p.capacity(), capacity);
    // The level the queued one pointed to (served at once) was tried: decideSaturation() then
    // has a level served in parallel right at the saturation.
    QVERIFY(tried.contains(parallel));
    // Both boundaries from hints: about log2 of the capacity plus two per boundary.
    QCOMPARE_LE(p.levelsTried(), int(std::ceil(std::log2(capacity))) + 5);
}

void TestLevelPlanner::aSingleRejectionIsRepeatedManyAreNot()
{
    LevelPlanner p(LevelPlanner::Strategy::Bisect, 64, 64, 3);
    LevelObservation many;
    many.ok = 37;
    many.rejected = 27;
    p.record(many); // 64 → 27 rejected: conclusive at once
    QCOMPARE(p.level(), 37);
    QCOMPARE(p.attempt(), 1);
    LevelObservation pass;
    pass.passed = true;
    pass.ok = 37;
    p.record(pass);
    QCOMPARE(p.level(), 38);
    LevelObservation one;
    one.ok = 37;
    one.rejected = 1;
    LevelObservation reset; // a job lost to a reset, not rejected
    reset.ok = 37;
    p.record(one);
    QCOMPARE(p.level(), 38); // one job rejected next to a pass: repeated
    QCOMPARE(p.attempt(), 2);
    p.record(reset);
    QCOMPARE(p.attempt(), 3);
    p.record(one);
    QVERIFY(p.done());
    QCOMPARE(p.capacity(), 37);
    // The same single rejection twice in a row is the server's answer.
    LevelPlanner q(LevelPlanner::Strategy::Bisect, 38, 38, 3);
    q.record(one);
    QCOMPARE(q.attempt(), 2);
    q.record(one);
    QCOMPARE_NE(q.level(), 38);
}

void TestLevelPlanner::timeoutsGiveNoHint()
{
    // Every job failing without a rejection count (timeouts): halving, three attempts each.
    LevelPlanner p(LevelPlanner::Strategy::Bisect, 1, 10'000, 3);
    int guard = 0;
    while (!p.done() && ++guard < 1000) {
        LevelObservation o;
        o.passed = p.level() <= 37;
        o.ok = o.passed ? p.level() : 0;
        p.record(o);
    }
    QCOMPARE(p.capacity(), 37);
    // 1, 2, 4, 8, 16, 32 pass; 64, 48, 40 fail thrice; 36 passes; 38 fails thrice; 37 passes.
    QCOMPARE(p.levelsTried(), 12); // as before this planner: the fallback is plain bisect
    QCOMPARE(p.attemptsMade(), 6 + 3 + 3 + 3 + 1 + 3 + 1);
}

void TestLevelPlanner::sloCapacity()
{
    // p99 within the SLO up to 20 on a server of capacity 37.
    LevelPlanner p(LevelPlanner::Strategy::Bisect, 1, 10'000, 3);
    int guard = 0;
    while (!p.done() && ++guard < 1000) {
        LevelObservation o = ModelServer { 37, 37 }.observe(p.level());
        o.meetsSlo = o.passed && p.level() <= 20;
        p.record(o);
    }
    QCOMPARE(p.capacity(), 37);
    QCOMPARE(p.sloCapacity(), 20);
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
