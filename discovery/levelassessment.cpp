#include "discovery/levelassessment.h"

#include "discovery/discoveryresult.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <queue>
#include <random>

namespace fathom {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("fathom", text, disambiguation, n);
}
} // namespace

QJsonObject SaturationTolerance::toJson() const
{
    return {
        { QStringLiteral("latency_factor"), latencyFactor },
        { QStringLiteral("latency_slack_ms"), latencySlackMs },
    };
}

SaturationTolerance SaturationTolerance::fromJson(const QJsonObject &o)
{
    SaturationTolerance t;
    t.latencyFactor = o.value(QStringLiteral("latency_factor")).toDouble(t.latencyFactor);
    t.latencySlackMs = o.value(QStringLiteral("latency_slack_ms")).toDouble(t.latencySlackMs);
    return t;
}

qint64 Baseline::medianUs() const
{
    if (latenciesUs.isEmpty())
        return 0;
    const qsizetype n = latenciesUs.size();
    return n % 2 ? latenciesUs[n / 2] : (latenciesUs[n / 2 - 1] + latenciesUs[n / 2]) / 2;
}

qint64 Baseline::slowLimitUs(const SaturationTolerance &t) const
{
    const double margin = std::max(double(medianUs()) * t.latencyFactor, t.latencySlackMs * 1000.0);
    return slowestUs() + qint64(margin);
}

QJsonObject Baseline::toJson(const SaturationTolerance &t) const
{
    QJsonArray samples;
    for (qint64 us : latenciesUs)
        samples.append(double(us) / 1000.0);
    return {
        { QStringLiteral("jobs"), jobs() },
        { QStringLiteral("failed"), failed },
        { QStringLiteral("p50_ms"), double(medianUs()) / 1000.0 },
        { QStringLiteral("slowest_ms"), double(slowestUs()) / 1000.0 },
        { QStringLiteral("slow_limit_ms"), isValid() ? QJsonValue(double(slowLimitUs(t)) / 1000.0) : QJsonValue() },
        { QStringLiteral("latencies_ms"), samples },
    };
}

QList<qint64> latenciesFromJson(const QJsonArray &ms)
{
    QList<qint64> us;
    for (const QJsonValue &v : ms) {
        // A damaged or hostile value (1e300 ms) must not overflow the conversion.
        if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 1e12)
            us.append(qint64(std::llround(v.toDouble() * 1000.0)));
    }
    std::sort(us.begin(), us.end());
    return us;
}

Baseline Baseline::fromJson(const QJsonObject &o)
{
    Baseline b;
    b.latenciesUs = latenciesFromJson(o.value(QStringLiteral("latencies_ms")).toArray());
    b.failed = std::max(0, o.value(QStringLiteral("failed")).toInt());
    return b;
}

double precedenceTest(int k, int n, int baselineJobs)
{
    if (k <= 0)
        return 1;
    if (k > n)
        return 0;
    // C(n, k) / C(n + m, k): the chance that the k slowest of all n + m jobs are the level's.
    double logP = 0;
    for (int i = 0; i < k; ++i)
        logP += std::log(double(n - i)) - std::log(double(n + baselineJobs - i));
    return std::exp(logP);
}

double shiftedRankTest(const QList<qint64> &level, const QList<qint64> &baseline, double marginUs)
{
    const double n = double(level.size()), k = double(baseline.size());
    if (n == 0 || k == 0)
        return 1;
    // Mann–Whitney U of (level − margin) against the baseline, normal approximation.
    double u = 0;
    for (qint64 x : level) {
        const double shifted = double(x) - marginUs;
        for (qint64 y : baseline)
            u += shifted > double(y) ? 1.0 : shifted == double(y) ? 0.5 : 0.0;
    }
    const double mean = n * k / 2, sd = std::sqrt(n * k * (n + k + 1) / 12);
    return 0.5 * std::erfc((u - mean) / sd / std::sqrt(2.0));
}

int estimateSlots(const QList<qint64> &burstLatenciesUs, const Baseline &b)
{
    const int n = int(burstLatenciesUs.size());
    if (n < 2 || !b.isValid())
        return -1;
    const double observed = std::accumulate(burstLatenciesUs.cbegin(), burstLatenciesUs.cend(), 0.0) / double(n);
    constexpr int kReplicates = 64;
    // The expected mean latency of the burst with `slots` slots; the same draws for every
    // candidate (common random numbers), so that it falls steadily as slots grow.
    auto meanWith = [&](int slots) {
        std::mt19937_64 rng(quint64(n) * 7919u);
        std::uniform_int_distribution<qsizetype> pick(0, b.latenciesUs.size() - 1);
        double total = 0;
        std::priority_queue<double, std::vector<double>, std::greater<>> freeAt;
        for (int r = 0; r < kReplicates; ++r) {
            freeAt = {};
            for (int i = 0; i < slots; ++i)
                freeAt.push(0);
            for (int i = 0; i < n; ++i) {
                const double start = freeAt.top();
                freeAt.pop();
                const double end = start + double(b.latenciesUs[pick(rng)]);
                freeAt.push(end);
                total += end;
            }
        }
        return total / (double(kReplicates) * n);
    };
    // The smallest slot count whose expected mean is within the observed one.
    int lo = 1, hi = n;
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (meanWith(mid) <= observed)
            hi = mid;
        else
            lo = mid + 1;
    }
    // ...or the one below it, if that is nearer.
    if (lo > 1 && std::abs(meanWith(lo - 1) - observed) < std::abs(meanWith(lo) - observed))
        --lo;
    return lo;
}

LevelEvidence assessLevel(const StepResult &s, const Baseline &b, const SaturationTolerance &t)
{
    LevelEvidence e;
    if (!s.passed) {
        e.kind = LevelEvidence::Kind::Failed;
        if (b.isValid() && !s.latenciesUs.isEmpty()) {
            const qint64 limit = b.slowLimitUs(t);
            e.servedAtOnce = int(std::count_if(s.latenciesUs.cbegin(), s.latenciesUs.cend(),
                                               [limit](qint64 us) { return us <= limit; }));
        }
        return e;
    }
    if (!b.isValid() || s.latenciesUs.isEmpty())
        return e;
    const qint64 limit = b.slowLimitUs(t);
    e.jobs = int(s.latenciesUs.size());
    e.slow
        = int(std::count_if(s.latenciesUs.cbegin(), s.latenciesUs.cend(), [limit](qint64 us) { return us > limit; }));
    e.servedAtOnce = e.jobs - e.slow;
    // Two rank tests, each at half the risk, valid whatever the distribution of job lengths
    // (under no queue the level's jobs and the warm-up's are alike): too many jobs past the
    // warm-up's slowest (the upper tail moves as soon as jobs wait), and the whole level slower
    // by more than the margin (the median moves once many wait; one long warm-up job must not
    // hide that).
    const double tail = precedenceTest(e.slow, e.jobs, b.jobs());
    const double shift = shiftedRankTest(s.latenciesUs, b.latenciesUs, double(limit - b.slowestUs()));
    e.pValue = std::min(1.0, 2 * std::min(tail, shift));
    e.kind = e.pValue < LevelEvidence::kAlpha ? LevelEvidence::Kind::Queued : LevelEvidence::Kind::Parallel;
    return e;
}

SaturationDecision decideSaturation(const std::map<int, const StepResult *> &levels, const Baseline &b,
                                    const SaturationTolerance &t)
{
    SaturationDecision d;
    if (!b.isValid()) {
        d.note = b.jobs() == 0
            ? tr("no warm-up jobs were measured, so there is nothing to compare the levels with")
            : tr("only %n warm-up job(s) succeeded, too few to know how long a job takes", nullptr, b.jobs());
        return d;
    }
    std::map<int, LevelEvidence> evidence;
    for (const auto &[level, s] : levels)
        evidence[level] = assessLevel(*s, b, t);
    // A server that could not serve a level at once cannot serve a higher one at once either: a
    // level that read as bad below one served in parallel was the machine's hiccup or a stray
    // rejection, not where the server's slots end. The lowest bad level counts only when no
    // level above it was served in parallel.
    const LevelEvidence *lowestBad = nullptr;
    for (const auto &[level, e] : evidence) {
        if (e.kind == LevelEvidence::Kind::Parallel) {
            d.firstBad = 0;
            lowestBad = nullptr;
        } else if (e.isBad() && !lowestBad) {
            d.firstBad = level;
            lowestBad = &e;
        }
    }
    int highestGood = 0; // below the lowest bad level
    bool unknownBelow = false;
    for (const auto &[level, e] : evidence) {
        if (d.firstBad && level >= d.firstBad)
            break;
        if (e.kind == LevelEvidence::Kind::Unknown)
            unknownBelow = true;
        else if (e.kind == LevelEvidence::Kind::Parallel)
            highestGood = level;
    }
    for (const auto &[level, e] : evidence) {
        if (e.kind == LevelEvidence::Kind::Queued && d.firstBad && level >= d.firstBad)
            d.queuedLevels.append(level);
    }
    if (!d.firstBad) {
        d.atLeast = highestGood;
        if (unknownBelow && highestGood == 0)
            d.note = tr("the levels recorded no job latencies, so saturation cannot be judged");
        else if (highestGood > 0)
            d.note = tr("every level that passed, up to %1, was served in parallel: saturation lies above it")
                         .arg(highestGood);
        else
            d.note = tr("no level passed, so there is nothing to compare the levels with");
        return d;
    }
    // A failure proves itself; waiting must show at two levels (each is wrong 1 time in 100).
    const bool proven = lowestBad->kind == LevelEvidence::Kind::Failed || d.queuedLevels.size() >= 2;
    if (!proven) {
        d.atLeast = highestGood;
        d.note = tr("at level %1, %2 of %3 jobs took longer than the slowest of %4 warm-up jobs, but no other level "
                    "confirmed that they waited")
                     .arg(d.firstBad)
                     .arg(lowestBad->slow)
                     .arg(lowestBad->jobs)
                     .arg(b.jobs());
        return d;
    }
    if (highestGood == 0) {
        d.note = tr("level %1, the lowest tried, was not served in parallel").arg(d.firstBad);
        return d;
    }
    if (lowestBad->kind == LevelEvidence::Kind::Failed) {
        // Jobs were turned away, not kept waiting: every level below was served in parallel as
        // far as its jobs tell. (Counting the failed level's fast jobs would read the ordinary
        // spread of its slowest as waiting.)
        d.level = highestGood;
        return d;
    }
    // Job lengths for the estimate: the warm-up's, and those of the levels served in parallel
    // at most a quarter of the lowest bad one, far enough below it that none of their jobs is
    // likely to have waited. (Ten warm-up jobs alone leave the mean job length, and so the
    // slots, some 20 % uncertain when lengths vary; choosing levels by how fast their jobs
    // were would bias it.)
    Baseline lengths = b;
    for (const auto &[level, s] : levels) {
        if (4 * level <= d.firstBad && evidence[level].kind == LevelEvidence::Kind::Parallel)
            lengths.latenciesUs += s->latenciesUs;
    }
    std::sort(lengths.latenciesUs.begin(), lengths.latenciesUs.end());
    // Jobs of nearly one length (the warm-up's within 25 %): a job past the slow limit waited,
    // one within it did not, so the jobs served at once count the slots exactly, and stay right
    // where the load itself slows every job a little (Apache's CGI jobs at 16 took 1.1 s, not
    // 1.0: the model would read that as one slot fewer).
    const bool nearlyFixed
        = b.latenciesUs.constFirst() > 0 && double(b.slowestUs()) <= 1.25 * double(b.latenciesUs.constFirst());
    QList<int> slots;
    for (int level : std::as_const(d.queuedLevels)) {
        const int estimate
            = nearlyFixed ? evidence[level].servedAtOnce : estimateSlots(levels.at(level)->latenciesUs, lengths);
        if (estimate > 0)
            slots.append(estimate);
    }
    std::sort(slots.begin(), slots.end());
    d.slotEstimates = slots;
    const int pointsTo = slots.isEmpty() ? highestGood : slots[(slots.size() - 1) / 2];
    d.level = std::clamp(pointsTo, 1, d.firstBad - 1);
    return d;
}

LevelObservation observeLevel(const StepResult &s, const Baseline &b, const SaturationTolerance &t, const Slo &slo)
{
    LevelObservation o;
    o.passed = s.passed;
    o.ok = s.ok;
    o.rejected = s.rejected();
    const LevelEvidence e = assessLevel(s, b, t);
    // Where jobs waited, the slots that explain their latencies; estimated here only, not in
    // assessLevel(), which the verdict and degradation() call for every level again.
    const int slots = e.kind == LevelEvidence::Kind::Queued ? estimateSlots(s.latenciesUs, b) : -1;
    o.servedAtOnce = slots > 0 ? slots : e.servedAtOnce;
    if (e.kind == LevelEvidence::Kind::Parallel || e.kind == LevelEvidence::Kind::Queued)
        o.parallel = e.kind == LevelEvidence::Kind::Parallel;
    if (slo.isSet())
        o.meetsSlo = meetsSlo(s, slo);
    return o;
}

double errorRate(const StepResult &s)
{
    const int jobs = s.ok + s.failed;
    return jobs > 0 ? double(s.failed) / double(jobs) : 0.0;
}

bool meetsSlo(const StepResult &s, const Slo &slo)
{
    if (s.ok == 0)
        return false;
    if (errorRate(s) > slo.allowedErrorRate() + 1e-12)
        return false;
    return !slo.p99Ms || double(s.p99Us) <= *slo.p99Ms * 1000.0;
}

bool rejectionsWereBunched(std::vector<PacedSend> sends, double ratePerS)
{
    std::sort(sends.begin(), sends.end(), [](const PacedSend &a, const PacedSend &b) { return a.sentUs < b.sentUs; });
    const double gapUs = 1e6 / ratePerS;
    bool anyRefused = false;
    for (size_t i = 0; i < sends.size(); ++i) {
        if (!sends[i].rateLimited)
            continue;
        anyRefused = true;
        if (i == 0 || double(sends[i].sentUs - sends[i - 1].sentUs) >= 0.9 * gapUs)
            return false; // refused at the pace asked: the server's limit
    }
    return anyRefused;
}

} // namespace fathom
