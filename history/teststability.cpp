#include "history/teststability.h"

#include <QJsonObject>

#include <algorithm>
#include <climits>

namespace fathom {

namespace {

struct RunFacts
{
    qint64 id = 0;
    QString revision;
    int jobsAtOnce = 0;
    int capacity = -1; ///< the latest measured before the run; -1 when none
    qint64 capacityRun = 0;
    QHash<QString, TestOutcome> outcomes;
};

} // namespace

QString TestStability::kindId(Kind k)
{
    switch (k) {
    case Kind::Stable:
        return QStringLiteral("stable");
    case Kind::Flaky:
        return QStringLiteral("flaky");
    case Kind::LoadInduced:
        return QStringLiteral("load_induced");
    }
    return {};
}

bool isLoadCategory(const QString &category)
{
    static const QStringList load { QStringLiteral("overloaded_503"),   QStringLiteral("read_timeout"),
                                    QStringLiteral("connect_timeout"),  QStringLiteral("pool_exhausted"),
                                    QStringLiteral("connection_reset"), QStringLiteral("test_deadline") };
    return load.contains(category);
}

std::optional<QHash<QString, TestStability>> testStability(const RunStore &store, qint64 runId, int lastRuns,
                                                           QString *error,
                                                           const QHash<qint64, QHash<QString, TestOutcome>> &known)
{
    const auto last = store.loadRun(runId, error);
    if (!last)
        return std::nullopt;
    const QString suite = last->config.value(QStringLiteral("suite")).toString();
    const QList<RunSummary> all = store.listRuns(error);

    // The suite's runs up to this one, the newest `lastRuns`; each with the capacity measured last before it.
    QList<RunFacts> runs;
    int capacity = -1;
    qint64 capacityRun = 0;
    for (const RunSummary &s : all) {
        if (s.id > runId)
            break;
        if (s.measuredCapacity()) {
            capacity = s.capacity;
            capacityRun = s.id;
            continue;
        }
        if (!s.isTestRun())
            continue;
        const auto run = s.id == runId ? last : store.loadRun(s.id, error);
        if (!run || run->config.value(QStringLiteral("suite")).toString() != suite)
            continue;
        runs.append({ s.id,
                      run->config.value(QStringLiteral("revision")).toString(),
                      run->result.value(QStringLiteral("jobs_at_once")).toInt(),
                      capacity,
                      capacityRun,
                      {} });
    }
    if (runs.size() > lastRuns)
        runs = runs.mid(runs.size() - lastRuns);
    for (RunFacts &r : runs) {
        if (const auto k = known.constFind(r.id); k != known.cend()) {
            r.outcomes = *k;
            continue;
        }
        const auto cases = store.testCases(r.id, error, true);
        if (!cases)
            return std::nullopt;
        r.outcomes = testOutcomes(*cases);
    }

    QHash<QString, TestStability> answer;
    if (runs.isEmpty())
        return answer;
    for (const TestOutcome &now : std::as_const(runs.constLast().outcomes)) {
        QList<const RunFacts *> failedIn, passedIn;
        bool flakyInRun = false, allLoad = true;
        QHash<QString, QPair<bool, bool>> byRevision; // passed, failed
        for (const RunFacts &r : std::as_const(runs)) {
            const auto o = r.outcomes.constFind(now.test);
            if (o == r.outcomes.cend())
                continue;
            flakyInRun = flakyInRun || o->flakyInRun;
            auto &seen = byRevision[r.revision];
            if (o->failed) {
                failedIn << &r;
                allLoad = allLoad && isLoadCategory(o->category);
                seen.second = true;
            } else {
                passedIn << &r;
                seen.first = true;
            }
        }
        const bool mixed = std::any_of(byRevision.cbegin(), byRevision.cend(),
                                       [](const QPair<bool, bool> &s) { return s.first && s.second; });
        if (!mixed && !flakyInRun)
            continue;
        TestStability s;
        // Load-induced: every failing run above the capacity measured before it, every passing run at or below.
        const bool measured = !failedIn.isEmpty()
            && std::all_of(failedIn.cbegin(), failedIn.cend(), [](const RunFacts *r) { return r->capacity > 0; })
            && std::all_of(passedIn.cbegin(), passedIn.cend(), [](const RunFacts *r) { return r->capacity > 0; });
        const bool aboveWhenFailing = std::all_of(failedIn.cbegin(), failedIn.cend(),
                                                  [](const RunFacts *r) { return r->jobsAtOnce > r->capacity; });
        const bool withinWhenPassing = std::all_of(passedIn.cbegin(), passedIn.cend(),
                                                   [](const RunFacts *r) { return r->jobsAtOnce <= r->capacity; });
        if (mixed && allLoad && measured && aboveWhenFailing && withinWhenPassing) {
            int leastFailing = INT_MAX, mostPassing = 0;
            for (const RunFacts *r : std::as_const(failedIn))
                leastFailing = std::min(leastFailing, r->jobsAtOnce);
            for (const RunFacts *r : std::as_const(passedIn))
                mostPassing = std::max(mostPassing, r->jobsAtOnce);
            const RunFacts &latest = *failedIn.constLast();
            s.kind = TestStability::Kind::LoadInduced;
            s.evidence = TestStability::tr("fails in the %n run(s) that ran %1 or more jobs at once", nullptr,
                                           int(failedIn.size()))
                             .arg(leastFailing)
                + QStringLiteral("; ")
                + TestStability::tr("capacity %1 (run #%2)").arg(latest.capacity).arg(latest.capacityRun)
                + QStringLiteral("; ")
                + TestStability::tr("passes in the %n that ran %1 or fewer", nullptr, int(passedIn.size()))
                      .arg(mostPassing);
        } else {
            s.kind = TestStability::Kind::Flaky;
            s.evidence = flakyInRun
                ? TestStability::tr("passed on a rerun after failing")
                : TestStability::tr("failed in %1 and passed in %2 of the last %n run(s) of the same code", nullptr,
                                    int(runs.size()))
                      .arg(failedIn.size())
                      .arg(passedIn.size());
            if (allLoad && !measured && !failedIn.isEmpty())
                s.evidence += QStringLiteral("; ")
                    + TestStability::tr("its failures are of load, but no capacity was measured before these runs: "
                                        "fathom discover would tell load-induced from flaky");
        }
        answer.insert(now.test, s);
    }
    return answer;
}

} // namespace fathom
