// The saturation decision over bursts of jobs whose lengths vary, as on every real job server:
// no saturation where nothing waits, and the slots located where jobs do wait.
#include "discovery/discoveryresult.h"
#include "discovery/levelassessment.h"
#include "model/translations.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <queue>
#include <random>

using namespace fathom;

namespace {

using Lengths = std::function<qint64(std::mt19937_64 &)>;

Lengths fixedMs(double ms)
{
    return [ms](std::mt19937_64 &) { return qint64(ms * 1000); };
}

Lengths lognormalMs(double medianMs, double sigma)
{
    return [=](std::mt19937_64 &rng) {
        std::lognormal_distribution<double> d(std::log(medianMs * 1000), sigma);
        return qint64(d(rng));
    };
}

/// `level` jobs arriving at once at a server of `slots` slots, first come first served; the
/// excess over `capacity` is rejected. Latency = wait + the job's own length + 0.2 ms of network.
StepResult burst(int level, int slots, int capacity, const Lengths &lengths, std::mt19937_64 &rng)
{
    StepResult s;
    s.level = level;
    const int served = std::min(level, capacity);
    std::priority_queue<qint64, std::vector<qint64>, std::greater<>> freeAt;
    for (int i = 0; i < slots; ++i)
        freeAt.push(0);
    for (int i = 0; i < served; ++i) {
        const qint64 start = freeAt.top();
        freeAt.pop();
        const qint64 end = start + lengths(rng) + 200;
        freeAt.push(end);
        s.latenciesUs.append(end);
    }
    std::sort(s.latenciesUs.begin(), s.latenciesUs.end());
    s.ok = served;
    s.failed = level - served;
    s.outcomes[size_t(OutcomeClass::Ok)] = quint64(served);
    s.outcomes[size_t(OutcomeClass::Overloaded503)] = quint64(s.failed);
    s.passed = s.failed == 0;
    return s;
}

Baseline warmUp(int jobs, const Lengths &lengths, std::mt19937_64 &rng)
{
    Baseline b;
    for (int i = 0; i < jobs; ++i)
        b.latenciesUs.append(lengths(rng) + 200);
    std::sort(b.latenciesUs.begin(), b.latenciesUs.end());
    return b;
}

/// A bisect discovery against that server, as CapacityDiscovery runs it: the warm-up, then the
/// planner's levels, each observed as the run observes it, and the decision over the steps.
struct Run
{
    QList<StepResult> steps;
    Baseline baseline;
    SaturationDecision decision;
    QList<int> levels; ///< in the order tried
};

/// What the machine does to a step beyond the server's queue (a stall, a stray rejection).
using Disturbance = std::function<void(StepResult &)>;

Run discover(int slots, int capacity, const Lengths &lengths, quint64 seed, int maxLevel,
             const Disturbance &disturb = {})
{
    std::mt19937_64 rng(seed);
    Run run;
    run.baseline = warmUp(10, lengths, rng);
    LevelPlanner planner(LevelPlanner::Strategy::Bisect, 1, maxLevel, 3);
    for (int guard = 0; !planner.done() && guard < 1000; ++guard) {
        StepResult s = burst(planner.level(), slots, capacity, lengths, rng);
        s.attempt = planner.attempt();
        if (disturb)
            disturb(s);
        if (run.levels.isEmpty() || run.levels.constLast() != s.level)
            run.levels.append(s.level);
        run.steps.append(s);
        planner.record(observeLevel(s, run.baseline, SaturationTolerance(), Slo()));
    }
    DiscoveryResult r;
    r.steps = run.steps;
    run.decision = decideSaturation(r.decidingSteps(), run.baseline, SaturationTolerance());
    return run;
}

QString join(const QList<int> &numbers)
{
    QStringList texts;
    for (int n : numbers)
        texts << QString::number(n);
    return texts.join(QLatin1Char(' '));
}

/// Fixed levels, no planner.
SaturationDecision decide(const QList<int> &levels, int slots, int capacity, const Lengths &lengths, quint64 seed)
{
    std::mt19937_64 rng(seed);
    const Baseline b = warmUp(10, lengths, rng);
    QList<StepResult> steps;
    for (int level : levels)
        steps.append(burst(level, slots, capacity, lengths, rng));
    std::map<int, const StepResult *> byLevel;
    for (const StepResult &s : steps)
        byLevel[s.level] = &s;
    return decideSaturation(byLevel, b, SaturationTolerance());
}

} // namespace

class TestLevelAssessment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void precedenceTest_data();
    void precedenceTest();
    void nothingWaitsNoSaturation_data();
    void nothingWaitsNoSaturation();
    void waitingJobsLocateTheSlots_data();
    void waitingJobsLocateTheSlots();
    void oneQueuedLevelIsNotEnough();
    void rejectedExcessIsSaturationAtCapacity();
    void aStallBelowAParallelLevelIsNotTheSlots_data();
    void aStallBelowAParallelLevelIsNotTheSlots();
    void withoutLatenciesItIsUnknown();
    void baselineRoundTrips();
    void verdictCountsInEnglish_data();
    void verdictCountsInEnglish();
    void jobsNothingDeletesAreSaid();
    void aTrialSpoiledByFathomsDelaysDoesNotCount_data();
    void aTrialSpoiledByFathomsDelaysDoesNotCount();
};

void TestLevelAssessment::precedenceTest_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("baseline");
    QTest::addColumn<double>("expected");
    QTest::addRow("none slow") << 0 << 10 << 10 << 1.0;
    QTest::addRow("one of one, one baseline job") << 1 << 1 << 1 << 0.5;
    QTest::addRow("two of two, two baseline jobs") << 2 << 2 << 2 << 1.0 / 6;
    QTest::addRow("more than n") << 4 << 3 << 10 << 0.0;
    // 6 of 16 past the slowest of 10: C(16,6) / C(26,6) = 8008 / 230230.
    QTest::addRow("6 of 16") << 6 << 16 << 10 << 8008.0 / 230230.0;
}

void TestLevelAssessment::precedenceTest()
{
    QFETCH(int, k);
    QFETCH(int, n);
    QFETCH(int, baseline);
    QFETCH(double, expected);
    const double p = fathom::precedenceTest(k, n, baseline);
    QVERIFY2(std::abs(p - expected) < 1e-9, qPrintable(QString::number(p)));
}

void TestLevelAssessment::nothingWaitsNoSaturation_data()
{
    QTest::addColumn<double>("sigma");
    QTest::addColumn<double>("medianMs");
    QTest::addRow("fixed 1 s") << 0.0 << 1000.0;
    QTest::addRow("lognormal 20 ms, sigma 0.3") << 0.3 << 20.0;
    QTest::addRow("lognormal 200 ms, sigma 0.5") << 0.5 << 200.0;
    QTest::addRow("lognormal 200 ms, sigma 1") << 1.0 << 200.0;
}

void TestLevelAssessment::nothingWaitsNoSaturation()
{
    // A server with a slot for every level: 30 discoveries up to 512 each. The old rule (one
    // baseline job, p99 against it) called such servers saturated at 1 to 32.
    QFETCH(double, sigma);
    QFETCH(double, medianMs);
    const Lengths lengths = sigma > 0 ? lognormalMs(medianMs, sigma) : fixedMs(medianMs);
    int queuedLevels = 0, levelsSeen = 0;
    for (quint64 seed = 1; seed <= 30; ++seed) {
        const Run run = discover(100'000, 100'000, lengths, seed, 512);
        const SaturationDecision &d = run.decision;
        QVERIFY2(!d.level, qPrintable(QStringLiteral("seed %1: saturation %2").arg(seed).arg(d.level.value_or(-1))));
        QCOMPARE(d.atLeast, 512);
        queuedLevels += int(d.queuedLevels.size());
        levelsSeen += int(run.levels.size());
    }
    // Each level reads as queued by chance at most 1 % of the time (kAlpha).
    QCOMPARE_LE(queuedLevels, levelsSeen / 50);
}

void TestLevelAssessment::waitingJobsLocateTheSlots_data()
{
    QTest::addColumn<double>("sigma");
    QTest::addColumn<int>("slots");
    QTest::addColumn<double>("low"); // the level found, as a share of the slots
    QTest::addColumn<double>("high");
    QTest::addRow("fixed, 4 slots (gunicorn sync)") << 0.0 << 4 << 1.0 << 1.0;
    QTest::addRow("fixed, 10 slots (HAProxy maxconn)") << 0.0 << 10 << 1.0 << 1.0;
    QTest::addRow("fixed, 37 slots") << 0.0 << 37 << 1.0 << 1.0;
    QTest::addRow("lognormal 0.3, 10 slots") << 0.3 << 10 << 0.7 << 1.4;
    QTest::addRow("lognormal 0.5, 8 slots") << 0.5 << 8 << 0.6 << 1.5;
    QTest::addRow("lognormal 0.5, 37 slots") << 0.5 << 37 << 0.7 << 1.4;
}

void TestLevelAssessment::waitingJobsLocateTheSlots()
{
    QFETCH(double, sigma);
    QFETCH(int, slots);
    QFETCH(double, low);
    QFETCH(double, high);
    const Lengths lengths = sigma > 0 ? lognormalMs(200, sigma) : fixedMs(500);
    int exact = 0;
    for (quint64 seed = 1; seed <= 12; ++seed) {
        const Run run = discover(slots, 100'000, lengths, seed, 256);
        const SaturationDecision &d = run.decision;
        QVERIFY2(d.level, qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(d.note)));
        QVERIFY2(*d.level >= low * slots && *d.level <= high * slots,
                 qPrintable(QStringLiteral("seed %1: %2 for %3 slots (levels %4; waited at %5; slots %6)")
                                .arg(seed)
                                .arg(*d.level)
                                .arg(slots)
                                .arg(join(run.levels), join(d.queuedLevels), join(d.slotEstimates))));
        exact += *d.level == slots;
        // Doubling to the top, then a few levels to confirm and locate.
        QVERIFY2(run.levels.size() <= 9 + 4,
                 qPrintable(QStringLiteral("seed %1: %2 levels").arg(seed).arg(run.levels.size())));
    }
    if (sigma == 0)
        QCOMPARE(exact, 12); // fixed lengths: exact
}

void TestLevelAssessment::oneQueuedLevelIsNotEnough()
{
    // 4 slots of 1 s jobs; level 16 shows waiting, no other level tried confirms it.
    const SaturationDecision d = decide({ 1, 2, 4, 16 }, 4, 100'000, fixedMs(1000), 1);
    QVERIFY(!d.level);
    QCOMPARE(d.firstBad, 16);
    QCOMPARE(d.atLeast, 4);
    QVERIFY2(d.note.contains("no other level confirmed"), qPrintable(d.note));
    // Level 32 confirms it.
    QCOMPARE(decide({ 1, 2, 4, 16, 32 }, 4, 100'000, fixedMs(1000), 1).level, 4);
    // The planner looks for the confirmation itself when the maximum level leaves one queued.
    const Run run = discover(4, 100'000, fixedMs(1000), 1, 16);
    QCOMPARE(run.decision.level, 4);
}

void TestLevelAssessment::rejectedExcessIsSaturationAtCapacity()
{
    // nginx limit_conn 37 with jobs of varying length: 37 served at once, the rest turned away.
    for (quint64 seed = 1; seed <= 10; ++seed) {
        const Run run = discover(37, 37, lognormalMs(20, 0.5), seed, 1000);
        QCOMPARE(run.decision.level, 37);
        QCOMPARE(run.decision.firstBad, 38);
        QVERIFY(run.decision.queuedLevels.isEmpty());
    }
}

void TestLevelAssessment::aStallBelowAParallelLevelIsNotTheSlots_data()
{
    QTest::addColumn<int>("disturbedLevel");
    QTest::addColumn<bool>("stall"); // else one job turned away
    for (int level : { 2, 4, 8, 16 }) {
        QTest::addRow("stall at %d", level) << level << true;
        QTest::addRow("stray 503 at %d", level) << level << false;
    }
}

void TestLevelAssessment::aStallBelowAParallelLevelIsNotTheSlots()
{
    // A server of 20 slots that rejects the excess, measured from a loaded machine: at one level
    // every job was held up 80 ms (the client or the server descheduled), or one job was turned
    // away by chance. Level 20, served at once above it, proves that level was not the limit.
    QFETCH(int, disturbedLevel);
    QFETCH(bool, stall);
    const Disturbance disturb = [&](StepResult &s) {
        if (s.level != disturbedLevel || s.attempt > 1)
            return;
        if (stall) {
            for (qint64 &us : s.latenciesUs)
                us += 80'000;
        } else {
            s.latenciesUs.removeLast();
            --s.ok;
            ++s.failed;
            s.outcomes[size_t(OutcomeClass::Ok)] = quint64(s.ok);
            s.outcomes[size_t(OutcomeClass::Overloaded503)] = 1;
            s.passed = false;
        }
    };
    const Run calm = discover(20, 20, fixedMs(100), 1, 1000);
    const Run run = discover(20, 20, fixedMs(100), 1, 1000, disturb);
    QCOMPARE(calm.decision.level, 20);
    QVERIFY2(run.decision.level == 20, qPrintable(run.decision.note + QStringLiteral(" levels ") + join(run.levels)));
    QCOMPARE(run.decision.firstBad, 21);
    QVERIFY(run.decision.queuedLevels.isEmpty());
    // The planner reads it the same way: it does not search below level 20 for the slots.
    QVERIFY2(std::all_of(run.levels.cbegin(), run.levels.cend(),
                         [&](int level) { return calm.levels.contains(level) || level > 20; }),
             qPrintable(join(run.levels) + QStringLiteral(" beside ") + join(calm.levels)));
}

void TestLevelAssessment::withoutLatenciesItIsUnknown()
{
    QList<StepResult> steps = discover(100'000, 100'000, fixedMs(100), 1, 64).steps;
    std::map<int, const StepResult *> byLevel;
    for (StepResult &s : steps) {
        s.latenciesUs.clear(); // as stored before they were recorded
        byLevel[s.level] = &s;
    }
    const SaturationDecision none = decideSaturation(byLevel, Baseline(), SaturationTolerance());
    QVERIFY(!none.level);
    QVERIFY2(none.note.contains("warm-up"), qPrintable(none.note));
    std::mt19937_64 rng(1);
    const SaturationDecision noSamples
        = decideSaturation(byLevel, warmUp(10, fixedMs(100), rng), SaturationTolerance());
    QVERIFY(!noSamples.level);
    QVERIFY2(noSamples.note.contains("no job latencies"), qPrintable(noSamples.note));
}

void TestLevelAssessment::baselineRoundTrips()
{
    std::mt19937_64 rng(5);
    const Baseline b = warmUp(10, lognormalMs(200, 0.5), rng);
    const SaturationTolerance t;
    const Baseline back = Baseline::fromJson(b.toJson(t));
    QCOMPARE(back.latenciesUs, b.latenciesUs);
    QCOMPARE(back.slowLimitUs(t), b.slowLimitUs(t));
    // The limit: the slowest warm-up job plus half the median, or 10 ms for fast jobs.
    QCOMPARE(b.slowLimitUs(t), b.slowestUs() + b.medianUs() / 2);
    // Damaged or hostile values are left out, never converted past what fits.
    QCOMPARE(latenciesFromJson(QJsonArray { 1.5, -1, 1e300, "x", 0.25 }), (QList<qint64> { 250, 1500 }));
    Baseline fast;
    fast.latenciesUs = { 300, 400, 500, 600, 700 };
    QCOMPARE(fast.slowLimitUs(t), 700 + 10'000);
}

void TestLevelAssessment::verdictCountsInEnglish_data()
{
    QTest::addColumn<int>("failedAttempts");
    QTest::addColumn<bool>("withoutRetries");
    QTest::addColumn<QString>("says");
    QTest::newRow("one attempt, retries unknown")
        << 1 << false
        << "Not even 1 concurrent job succeeded in 1 attempt. The jobs failed mostly as: 1 of 1 jobs at level 1: "
           "rejected as overloaded (HTTP 503). 1 level tried in 1 attempt (bisection).";
    QTest::newRow("one attempt") << 1 << true
                                 << "Not even 1 concurrent job succeeded in 1 attempt. "
                                    "The jobs failed mostly as: 1 of 1 jobs at level 1: rejected as overloaded "
                                    "(HTTP 503). 1 level tried in 1 attempt (bisection; jobs sent without retries).";
    QTest::newRow("three attempts") << 3 << true
                                    << "Not even 1 concurrent job succeeded in 3 attempts. "
                                       "The jobs failed mostly as: 1 of 1 jobs at level 1: rejected as "
                                       "overloaded (HTTP 503). 1 level tried in 3 attempts (bisection; jobs sent "
                                       "without retries).";
}

void TestLevelAssessment::verdictCountsInEnglish()
{
    // Each count in a sentence is inflected by its own number: "1 level tried in 3 attempts".
    QFETCH(int, failedAttempts);
    QFETCH(bool, withoutRetries);
    QFETCH(QString, says);
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    DiscoveryResult r;
    for (int a = 1; a <= failedAttempts; ++a) {
        StepResult s;
        s.level = 1;
        s.attempt = a;
        s.failed = 1;
        s.outcomes[size_t(OutcomeClass::Overloaded503)] = 1;
        r.steps.append(s);
    }
    r.stopReason = StopReason::NoLevelPassed;
    r.levelsTried = 1;
    r.attempts = failedAttempts;
    if (withoutRetries)
        r.config.jobRetries = 0;
    QCOMPARE(r.verdict(), says);
}

void TestLevelAssessment::jobsNothingDeletesAreSaid()
{
    // A job server whose jobs live until deleted, and no cleanup set: the warm-up's jobs, one at a
    // time, succeeded until they filled the server, then not even one job did. The verdict says
    // why, and what to set; with a cleanup set, or unknown, it does not guess.
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    DiscoveryResult r;
    StepResult s;
    s.level = 1;
    s.failed = 1;
    s.outcomes[size_t(OutcomeClass::Overloaded503)] = 1;
    r.steps = { s };
    r.stopReason = StopReason::NoLevelPassed;
    r.levelsTried = 1;
    r.attempts = 1;
    r.baseline.latenciesUs = { 400, 410, 420, 430, 440, 450, 460, 470 };
    r.baseline.failed = 2;
    r.config.jobsCleanedUp = false;
    QVERIFY2(r.verdict().contains("Yet 8 warm-up jobs, sent one at a time just before, succeeded")
                 && r.verdict().contains("--cleanup-path"),
             qPrintable(r.verdict()));
    r.config.jobsCleanedUp = true;
    QVERIFY2(!r.verdict().contains("warm-up"), qPrintable(r.verdict()));
    r.config.jobsCleanedUp.reset();
    QVERIFY2(!r.verdict().contains("warm-up"), qPrintable(r.verdict()));
    QCOMPARE(DiscoveryConfig::fromJson(r.config.toJson()).jobsCleanedUp, std::nullopt);
    r.config.jobsCleanedUp = false;
    QCOMPARE(DiscoveryConfig::fromJson(r.config.toJson()).jobsCleanedUp, false);
}

void TestLevelAssessment::aTrialSpoiledByFathomsDelaysDoesNotCount_data()
{
    // 16 jobs a second: 62.5 ms apart. When each job reached the wire (ms), and which got 429.
    QTest::addColumn<QList<int>>("sentMs");
    QTest::addColumn<QList<int>>("refused"); // indexes into sentMs
    QTest::addColumn<bool>("bunched");
    QTest::addRow("none refused") << QList<int> { 0, 63, 125, 188 } << QList<int> {} << false;
    QTest::addRow("refused at the pace: the server's limit")
        << QList<int> { 0, 63, 125, 188 } << QList<int> { 2 } << false;
    QTest::addRow("refused right behind a held-up job") << QList<int> { 0, 63, 160, 188 } << QList<int> { 3 } << true;
    QTest::addRow("one bunched, one at the pace")
        << QList<int> { 0, 63, 160, 188, 250, 313 } << QList<int> { 3, 5 } << false;
    QTest::addRow("the first refused has none before it") << QList<int> { 0, 63, 125 } << QList<int> { 0 } << false;
    QTest::addRow("order of answers is not order on the wire")
        << QList<int> { 188, 0, 160, 63 } << QList<int> { 0 } << true;
}

void TestLevelAssessment::aTrialSpoiledByFathomsDelaysDoesNotCount()
{
    QFETCH(QList<int>, sentMs);
    QFETCH(QList<int>, refused);
    QFETCH(bool, bunched);
    std::vector<PacedSend> sends;
    for (int i = 0; i < sentMs.size(); ++i)
        sends.push_back({ sentMs[i] * 1000LL, refused.contains(i) });
    QCOMPARE(rejectionsWereBunched(sends, 16), bunched);
}

QTEST_GUILESS_MAIN(TestLevelAssessment)
#include "tst_levelassessment.moc"
