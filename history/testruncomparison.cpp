#include "history/testruncomparison.h"

#include "diagnosis/failurerules.h"

#include <QJsonArray>

#include <algorithm>
#include <map>

namespace fathom {

namespace {

QJsonObject runSide(const RunSummary &s)
{
    return { { QStringLiteral("id"), s.id },
             { QStringLiteral("name"), s.name },
             { QStringLiteral("started_at"), s.startedAt.toString(Qt::ISODateWithMs) },
             { QStringLiteral("summary"), s.resultText() },
             { QStringLiteral("failed"), s.testsFailed },
             { QStringLiteral("total"), s.testsTotal } };
}

// The measurements of the server a test run can be read against: the latest discovery (or
// Locust ramp) and the latest probe of each kind that started before the test run ended.
QList<RunSummary> nearest(const QList<RunSummary> &runs, const RunSummary &testRun)
{
    std::map<QString, RunSummary> latest;
    const QDateTime until = testRun.finishedAt.isValid() ? testRun.finishedAt : testRun.startedAt;
    for (const RunSummary &r : runs) {
        if (!r.isMeasurement() || r.startedAt > until)
            continue;
        const QString key = r.kind == QLatin1String("probe") ? QStringLiteral("probe:") + r.name : r.kind;
        latest[key] = r; // runs come in id order: the last one wins
    }
    QList<RunSummary> out;
    for (const auto &[key, r] : latest)
        out << r;
    return out;
}

QList<TestRunComparison::Count> sorted(QHash<QString, TestRunComparison::Count> counts)
{
    QList<TestRunComparison::Count> out = counts.values();
    std::sort(out.begin(), out.end(), [](const TestRunComparison::Count &a, const TestRunComparison::Count &b) {
        const int da = std::abs(a.after - a.before), db = std::abs(b.after - b.before);
        if (da != db)
            return da > db;
        if (a.before + a.after != b.before + b.after)
            return a.before + a.after > b.before + b.after;
        return a.key < b.key;
    });
    return out;
}

} // namespace

QString testChangeId(TestChange c)
{
    switch (c) {
    case TestChange::NewFailure:
        return QStringLiteral("new_failure");
    case TestChange::StillFailing:
        return QStringLiteral("still_failing");
    case TestChange::ChangedFailure:
        return QStringLiteral("changed_failure");
    case TestChange::Fixed:
        return QStringLiteral("fixed");
    case TestChange::Passing:
        return QStringLiteral("passing");
    }
    return {};
}

int TestRunComparison::count(TestStability::Kind k) const
{
    return int(std::count_if(tests.cbegin(), tests.cend(), [k](const Test &t) { return t.stability.kind == k; }));
}

int TestRunComparison::count(TestChange c) const
{
    return int(std::count_if(tests.cbegin(), tests.cend(), [c](const Test &t) { return t.change == c; }));
}

QStringList TestRunComparison::summaryLines() const
{
    const auto share
        = [](const RunSummary &s) { return s.testsTotal > 0 ? qRound(100.0 * s.testsFailed / s.testsTotal) : 0; };
    QStringList lines { tr("%1 failed (%2%) → %3 failed (%4%)")
                            .arg(before.testsFailed)
                            .arg(share(before))
                            .arg(after.testsFailed)
                            .arg(share(after)) };
    lines << tr("%1 new failures, %2 fixed, %3 still failing, %4 failing otherwise")
                 .arg(count(TestChange::NewFailure))
                 .arg(count(TestChange::Fixed))
                 .arg(count(TestChange::StillFailing))
                 .arg(count(TestChange::ChangedFailure));
    for (const Count &c : rootCauses)
        lines << tr("%1 %2 → %3").arg(FailureRules::categoryTitle(c.key)).arg(c.before).arg(c.after);
    return lines;
}

QJsonObject TestRunComparison::toJson() const
{
    QJsonArray testsJson, causesJson, errorsJson;
    for (const Test &t : tests) {
        QJsonObject o { { QStringLiteral("name"), t.name }, { QStringLiteral("status"), testChangeId(t.change) } };
        if (!t.category.isEmpty())
            o.insert(QStringLiteral("category"), t.category);
        if (!t.signatureId.isEmpty())
            o.insert(QStringLiteral("signature_id"), t.signatureId);
        if (t.stability.kind != TestStability::Kind::Stable) {
            o.insert(QStringLiteral("stability"), TestStability::kindId(t.stability.kind));
            o.insert(QStringLiteral("stability_evidence"), t.stability.evidence);
        }
        testsJson.append(o);
    }
    for (const Count &c : rootCauses)
        causesJson.append(QJsonObject { { QStringLiteral("category"), c.key },
                                        { QStringLiteral("before"), c.before },
                                        { QStringLiteral("after"), c.after } });
    for (const Count &c : uniqueErrors) {
        QJsonObject o { { QStringLiteral("signature"), c.signature },
                        { QStringLiteral("signature_id"), c.key },
                        { QStringLiteral("category"), c.category },
                        { QStringLiteral("before"), c.before },
                        { QStringLiteral("after"), c.after } };
        if (!c.issueKey.isEmpty())
            o.insert(QStringLiteral("issue_key"), c.issueKey);
        errorsJson.append(o);
    }
    const auto measurements = [](const QList<RunSummary> &runs) {
        QJsonArray a;
        for (const RunSummary &r : runs)
            a.append(QJsonObject { { QStringLiteral("id"), r.id },
                                   { QStringLiteral("kind"), r.kind },
                                   { QStringLiteral("title"), r.title() },
                                   { QStringLiteral("result"), r.resultText() },
                                   { QStringLiteral("started_at"), r.startedAt.toString(Qt::ISODateWithMs) } });
        return a;
    };
    QJsonObject counts;
    for (TestChange c : { TestChange::NewFailure, TestChange::StillFailing, TestChange::ChangedFailure,
                          TestChange::Fixed, TestChange::Passing })
        counts.insert(testChangeId(c), count(c));
    for (TestStability::Kind k : { TestStability::Kind::Flaky, TestStability::Kind::LoadInduced })
        counts.insert(TestStability::kindId(k), count(k));
    return { { QStringLiteral("before"), runSide(before) },
             { QStringLiteral("after"), runSide(after) },
             { QStringLiteral("counts"), counts },
             { QStringLiteral("summary"), QJsonArray::fromStringList(summaryLines()) },
             { QStringLiteral("tests"), testsJson },
             { QStringLiteral("root_causes"), causesJson },
             { QStringLiteral("unique_errors"), errorsJson },
             { QStringLiteral("measurements"),
               QJsonObject { { QStringLiteral("before"), measurements(measurementsBefore) },
                             { QStringLiteral("after"), measurements(measurementsAfter) } } } };
}

qint64 previousTestRun(const RunStore &store, qint64 runId, const QString &suite, QString *error)
{
    const QList<RunSummary> runs = store.listRuns(error);
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        if (it->id >= runId || !it->isTestRun())
            continue;
        const auto run = store.loadRun(it->id, error);
        if (run && run->config.value(QStringLiteral("suite")).toString() == suite)
            return it->id;
    }
    return 0;
}

std::optional<TestRunComparison> compareTestRuns(const RunStore &store, qint64 beforeId, qint64 afterId, QString *error,
                                                 bool *notFound, int lastRuns)
{
    TestRunComparison cmp;
    QHash<QString, TestOutcome> sides[2];
    const qint64 ids[2] = { beforeId, afterId };
    for (int side = 0; side < 2; ++side) {
        const auto run = store.loadRun(ids[side], error, notFound);
        if (!run)
            return std::nullopt;
        if (!run->summary.isTestRun()) {
            if (notFound)
                *notFound = true; // a wrong id as much as one that is not there
            *error = TestRunComparison::tr("run %1 is a %2, not a test run: compare test runs with test runs")
                         .arg(ids[side])
                         .arg(run->summary.kindWords());
            return std::nullopt;
        }
        (side == 0 ? cmp.before : cmp.after) = run->summary;
        const auto cases = store.testCases(ids[side], error, true);
        if (!cases)
            return std::nullopt;
        sides[side] = testOutcomes(*cases);
    }
    const QHash<QString, TestOutcome> &before = sides[0], &after = sides[1];

    QHash<QString, TestRunComparison::Count> causes, errors;
    auto tally = [&](const TestOutcome &o, bool isBefore) {
        if (!o.failed)
            return;
        TestRunComparison::Count &c = causes[o.category];
        c.key = o.category;
        TestRunComparison::Count &e = errors[o.signatureId];
        e.key = o.signatureId;
        e.category = o.category;
        (isBefore ? c.before : c.after) += 1;
        (isBefore ? e.before : e.after) += 1;
    };
    for (const TestOutcome &o : before)
        tally(o, true);
    for (const TestOutcome &o : after) {
        tally(o, false);
        const auto was = before.constFind(o.test);
        const bool failedBefore = was != before.cend() && was->failed;
        TestRunComparison::Test t { o.test, TestChange::Passing, o.category, o.signatureId, {} };
        if (o.failed && !failedBefore)
            t.change = TestChange::NewFailure;
        else if (o.failed)
            t.change = was->signatureId == o.signatureId && was->category == o.category ? TestChange::StillFailing
                                                                                        : TestChange::ChangedFailure;
        else if (failedBefore) {
            t.change = TestChange::Fixed;
            t.category = was->category;
            t.signatureId = was->signatureId;
        }
        cmp.tests << t;
    }
    const auto stability
        = testStability(store, afterId, lastRuns, error, { { beforeId, sides[0] }, { afterId, sides[1] } });
    if (!stability)
        return std::nullopt;
    for (TestRunComparison::Test &t : cmp.tests)
        t.stability = stability->value(t.name);
    // The news first: what broke, what changed, what still fails, what was fixed; by name within.
    std::sort(cmp.tests.begin(), cmp.tests.end(),
              [](const TestRunComparison::Test &a, const TestRunComparison::Test &b) {
                  return a.change != b.change ? int(a.change) < int(b.change) : a.name < b.name;
              });
    cmp.rootCauses = sorted(causes);
    cmp.uniqueErrors = sorted(errors);
    const QHash<QString, QString> known = store.issueKeys();
    for (TestRunComparison::Count &e : cmp.uniqueErrors) {
        e.signature = store.signatureText(e.key);
        e.issueKey = known.value(e.key);
    }
    const QList<RunSummary> runs = store.listRuns(error);
    cmp.measurementsBefore = nearest(runs, cmp.before);
    cmp.measurementsAfter = nearest(runs, cmp.after);
    return cmp;
}

} // namespace fathom
