#include "diagnosis/diagnosis.h"

#include "diagnosis/bidi.h"
#include "diagnosis/categories.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <numeric>

namespace fathom {

QString evidenceSourceId(Evidence::Source s)
{
    switch (s) {
    case Evidence::Source::TestRun:
        return QStringLiteral("test_run");
    case Evidence::Source::Profile:
        return QStringLiteral("profile");
    case Evidence::Source::Measurement:
        return QStringLiteral("measurement");
    case Evidence::Source::NotMeasured:
        return QStringLiteral("not_measured");
    }
    return {};
}

namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', share < 0.1 ? 1 : 0) + QLatin1Char('%');
}

QString seconds(double s)
{
    return QLocale().toString(s, 'f', s < 10 ? 1 : 0);
}

/// How often each number captured by `re` (group 1) appears in the group's texts.
std::map<double, int> numbersIn(const ImportedRun &run, const QList<int> &failures, const QRegularExpression &re)
{
    std::map<double, int> seen;
    for (int i : failures) {
        const TestFailure &f = run.failures[i];
        for (const QString *text : { &f.message, &f.trace, &f.output }) {
            auto it = re.globalMatch(*text);
            while (it.hasNext()) {
                bool ok = false;
                const double v = it.next().captured(1).toDouble(&ok);
                if (ok)
                    ++seen[v];
            }
        }
    }
    return seen;
}

QString listNumbers(const std::map<double, int> &seen, const QString &unit)
{
    QStringList parts;
    for (const auto &[v, n] : seen)
        parts << QLocale().toString(v) + unit;
    return parts.join(QStringLiteral(", "));
}

/// The latest measurement of `kind` ("discovery" — a capacity discovery or a Locust ramp
/// imported — or a probe kind such as "health"); with `measuredOnly`, of a capacity measured.
const Measurement *latest(const DiagnosisInputs &in, const QString &kind, bool measuredOnly = false)
{
    const Measurement *best = nullptr;
    for (const Measurement &m : in.measurements) {
        if (measuredOnly && !m.capacity)
            continue;
        const bool match = kind == QLatin1String("discovery") ? m.kind == Measurement::Kind::Capacity
                                                              : m.kind == Measurement::Kind::Probe && m.probe == kind;
        if (match && (!best || m.startedAt > best->startedAt))
            best = &m;
    }
    return best;
}

/// A probe's kind in words where model/ gave them, else its id.
QString probeTitleOf(const Measurement &m)
{
    return m.probeTitle.isEmpty() ? m.probe : m.probeTitle;
}

QString runRef(const Measurement &m)
{
    return RootCauseAnalysis::tr("run #%1, %2").arg(m.id).arg(QLocale().toString(m.startedAt, QLocale::ShortFormat));
}

/// The most tests running at once, from their start times and durations (sweep line).
int maxOverlap(const std::vector<TestTiming> &timings)
{
    std::vector<std::pair<qint64, int>> events;
    for (const TestTiming &t : timings) {
        if (t.startMs < 0)
            continue;
        events.push_back({ t.startMs, +1 });
        events.push_back({ t.startMs + std::max<qint64>(1, qint64(t.durationS * 1000)), -1 });
    }
    std::sort(events.begin(), events.end()); // an end before a start at the same instant
    int now = 0, most = 0;
    for (const auto &e : events)
        most = std::max(most, now += e.second);
    return most;
}

struct RunSpan
{
    qint64 startMs = -1, endMs = -1;
    bool estimated = false;
};

RunSpan spanOf(const ImportedRun &run)
{
    RunSpan s;
    for (const TestTiming &t : run.timings) {
        if (t.startMs < 0)
            continue;
        s.startMs = s.startMs < 0 ? t.startMs : std::min(s.startMs, t.startMs);
        s.endMs = std::max(s.endMs, t.startMs + qint64(t.durationS * 1000));
    }
    for (const TestFailure &f : run.failures)
        s.estimated = s.estimated || f.startEstimated;
    return s;
}

/// When a group's failures happened: the densest window, and whether it is the run's start.
std::optional<Evidence> clusterEvidence(const ImportedRun &run, const RunSpan &span, const QList<int> &failures,
                                        bool *atRampUp)
{
    std::vector<qint64> starts;
    for (int i : failures)
        if (run.failures[i].startedAt.isValid())
            starts.push_back(run.failures[i].startedAt.toMSecsSinceEpoch());
    if (starts.size() < 2 || span.startMs < 0 || span.endMs <= span.startMs)
        return std::nullopt;
    std::sort(starts.begin(), starts.end());
    const qint64 runMs = span.endMs - span.startMs;
    const qint64 window = std::max<qint64>(1000, runMs / 10);
    size_t best = 0, bestFrom = 0;
    for (size_t from = 0, to = 0; to < starts.size(); ++to) {
        while (starts[to] - starts[from] > window)
            ++from;
        if (to - from + 1 > best) {
            best = to - from + 1;
            bestFrom = from;
        }
    }
    const qint64 at = starts[bestFrom] - span.startMs;
    const double where = double(at) / double(runMs);
    *atRampUp = best * 2 > starts.size() && where < 0.2;
    const QString estimated
        = span.estimated ? RootCauseAnalysis::tr(" (times estimated from the tests' durations)") : QString();
    const QString when
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(starts[bestFrom]).time(), QStringLiteral("HH:mm:ss"));
    if (best * 2 <= starts.size())
        return Evidence { Evidence::Source::TestRun,
                          RootCauseAnalysis::tr(
                              "They are spread over the run: at most %1 of %2 started within %3 s of each other%4.")
                              .arg(best)
                              .arg(starts.size())
                              .arg(seconds(window / 1000.0))
                              .arg(estimated) };
    return Evidence { Evidence::Source::TestRun,
                      RootCauseAnalysis::tr(
                          "%1 of %2 started within %3 s of each other, at %4, %5 s into the run (%6 of its "
                          "length)%7.")
                          .arg(best)
                          .arg(starts.size())
                          .arg(seconds((starts[bestFrom + best - 1] - starts[bestFrom]) / 1000.0))
                          .arg(when)
                          .arg(seconds(at / 1000.0))
                          .arg(percent(where))
                          .arg(estimated) };
}

ServerFacts serverFacts(const DiagnosisInputs &in)
{
    ServerFacts facts;
    if (const Measurement *r = latest(in, QStringLiteral("discovery"), /*measuredOnly=*/true)) {
        facts.capacity = *r->capacity;
        facts.capacityRun = r->id;
        if (r->jobMs)
            facts.jobS = *r->jobMs / 1000.0;
    }
    return facts;
}

SuiteClient suiteClient(const ImportedRun &run)
{
    QList<int> all(run.failures.size());
    std::iota(all.begin(), all.end(), 0);
    SuiteClient client;
    client.poolSizes = numbersIn(run, all, QRegularExpression(QStringLiteral(R"(Connection pool size: (\d+))")));
    client.readTimeoutsS = numbersIn(run, all, QRegularExpression(QStringLiteral(R"(read timeout=(\d+(?:\.\d+)?))")));
    const auto batches
        = numbersIn(run, all, QRegularExpression(QStringLiteral(R"(\d+ \(of (\d+)\) futures unfinished)")));
    if (!batches.empty())
        client.largestBatch = int(batches.rbegin()->first);
    const auto workers = numbersIn(run, all, QRegularExpression(QStringLiteral(R"(max_workers\s*=\s*(\d+))")));
    if (!workers.empty())
        client.workers = int(workers.rbegin()->first);
    return client;
}

class Analyst
{
public:
    Analyst(Diagnosis *d)
        : m_d(*d)
        , m_run(d->run)
        , m_in(d->inputs)
        , m_span(spanOf(d->run))
    {
    }

    RootCause cause(const QString &category, const QList<int> &failures)
    {
        RootCause c;
        c.category = category;
        c.title = FailureRules::categoryTitle(category);
        c.infrastructure = FailureRules::isInfrastructure(category);
        c.count = int(failures.size());
        c.share = m_d.failedCount() > 0 ? double(c.count) / m_d.failedCount() : 0;
        c.failures = failures;
        for (int i : failures) {
            const QDateTime t = m_run.failures[i].startedAt;
            if (!t.isValid())
                continue;
            if (!c.first.isValid() || t < c.first)
                c.first = t;
            if (!c.last.isValid() || t > c.last)
                c.last = t;
        }
        m_cause = &c;
        m_failures = &failures;
        addCommonEvidence();
        settledEvidence();
        bool atStart = false;
        if (auto e = clusterEvidence(m_run, m_span, failures, &atStart))
            c.evidence << *e;
        explain(atStart ? whyAtTheStart() : QString());
        return c;
    }

private:
    void add(Evidence::Source s, const QString &text) { m_cause->evidence << Evidence { s, text }; }
    void notMeasured(const MissingMeasurement &measurement, const QString &text)
    {
        add(Evidence::Source::NotMeasured, RootCauseAnalysis::tr("Not measured: %1").arg(text));
        if (!m_d.missing.contains(measurement))
            m_d.missing << measurement;
    }

    /// The pool probe as the suite ran: its concurrency and its client's pool, where the run shows them.
    MissingMeasurement poolProbe(int concurrency) const
    {
        const SuiteClient client = suiteClient(m_run);
        MissingMeasurement m { QStringLiteral("pool") };
        m.requests = std::max(concurrency, client.workers);
        if (!client.poolSizes.empty())
            m.pool = int(client.poolSizes.begin()->first);
        return m;
    }

    /// Which failures a measurement decided, and how: their text alone fitted several causes.
    void settledEvidence()
    {
        QMap<QString, int> by;
        for (int i : *m_failures)
            if (!m_d.classifications[i].settledBy.isEmpty())
                ++by[m_d.classifications[i].settledBy];
        for (auto it = by.cbegin(); it != by.cend(); ++it)
            add(Evidence::Source::Measurement,
                RootCauseAnalysis::tr("%n of them said too little to tell this cause from another; %1.", nullptr,
                                      it.value())
                    .arg(it.key()));
    }

    void addCommonEvidence()
    {
        QStringList examples;
        for (int i : *m_failures) {
            if (examples.size() == 3)
                break;
            examples << isolate(m_run.failures[i].displayName());
        }
        add(Evidence::Source::TestRun,
            RootCauseAnalysis::tr("%n failed test(s), %1 of the failures, e.g. %2.", nullptr, m_cause->count)
                .arg(percent(m_cause->share), examples.join(QStringLiteral(", "))));
        std::map<QString, int> byRule;
        for (int i : *m_failures)
            ++byRule[m_d.classifications[i].rule];
        if (m_cause->category == QLatin1String("unknown"))
            return;
        QStringList rules;
        for (const auto &[rule, n] : byRule)
            rules << RootCauseAnalysis::tr("\"%1\" (%2)").arg(isolate(FailureRules::ruleTitle(rule))).arg(n);
        add(Evidence::Source::TestRun,
            RootCauseAnalysis::tr("Recognised by: %1.").arg(rules.join(QStringLiteral(", "))));
    }

    std::map<double, int> numbers(const QString &pattern)
    {
        return numbersIn(m_run, *m_failures, QRegularExpression(pattern));
    }

    /// The latest probe the evidence asks for, as `said` ("Health probe (%1): %2" with the run and
    /// its verdict); where there is none, what would measure it.
    const Measurement *probeEvidence(const MissingMeasurement &probe, const QString &said, const QString &missing)
    {
        const Measurement *m = latest(m_in, probe.kind);
        if (m)
            add(Evidence::Source::Measurement, said.arg(runRef(*m), m->verdict));
        else
            notMeasured(probe, missing);
        return m;
    }

    void healthEvidence(bool *down, bool *up)
    {
        if (const Measurement *h = probeEvidence(
                { QStringLiteral("health") }, RootCauseAnalysis::tr("Health probe (%1): %2"),
                RootCauseAnalysis::tr("whether the server was up — run the health probe (fathom probe --kind health) "
                                      "and diagnose again with --run ID."))) {
            *down = !h->passed;
            *up = h->passed;
        }
    }

    void capacityEvidence(int *capacity)
    {
        const Measurement *r = latest(m_in, QStringLiteral("discovery"), /*measuredOnly=*/true);
        if (!r) {
            // A run that measured no capacity says what it found, and is no capacity of 0.
            if (const Measurement *other = latest(m_in, QStringLiteral("discovery")))
                add(Evidence::Source::Measurement,
                    RootCauseAnalysis::tr("Capacity discovery (%1) against %2 measured no capacity: %3.")
                        .arg(runRef(*other), isolate(other->target), other->stopReasonText));
            notMeasured(
                { QStringLiteral("discovery") },
                RootCauseAnalysis::tr("the server's capacity — run capacity discovery (fathom discover) and diagnose "
                                      "again with --run ID."));
            return;
        }
        *capacity = *r->capacity;
        add(Evidence::Source::Measurement,
            (r->fromLocust
                 ? RootCauseAnalysis::tr("A Locust ramp (%1) against %2 succeeded at up to %n concurrent job(s) (%3).",
                                         nullptr, *r->capacity)
                 : RootCauseAnalysis::tr("Capacity discovery (%1) against %2 measured a capacity of %n concurrent "
                                         "job(s) (%3).",
                                         nullptr, *r->capacity))
                .arg(runRef(*r), isolate(r->target), r->stopReasonText));
    }

    void concurrencyEvidence(int *concurrency)
    {
        const int overlap = maxOverlap(m_run.timings);
        if (overlap > 1 && !m_span.estimated) {
            *concurrency = overlap;
            add(Evidence::Source::TestRun,
                RootCauseAnalysis::tr("Up to %n test(s) ran at the same time (from their start times).", nullptr,
                                      overlap));
        }
    }

    /// Fathom's own client settings for the target, as a profile saved by the user holds them:
    /// named as Fathom's, never as the suite's. An unnamed profile is Fathom's defaults, which
    /// say nothing about the suite: left out.
    void profileEvidence(bool pool, bool timeouts)
    {
        if (!m_in.profile || m_in.profile->name.trimmed().isEmpty())
            return;
        const ClientProfile &c = *m_in.profile;
        if (pool)
            add(Evidence::Source::Profile,
                RootCauseAnalysis::tr("Fathom's profile \"%1\" (how Fathom connects, not the suite): a pool of %2 "
                                      "connections, at most %3 requests at once.")
                    .arg(isolate(m_in.profile->name))
                    .arg(c.poolSize)
                    .arg(c.maxConcurrency > 0 ? QLocale().toString(c.maxConcurrency)
                                              : RootCauseAnalysis::tr("unlimited")));
        if (timeouts)
            add(Evidence::Source::Profile,
                RootCauseAnalysis::tr("Fathom's profile \"%1\" (how Fathom connects, not the suite): connect "
                                      "timeout %2 s, request timeout %3 s, %n retr(y/ies) with backoff.",
                                      nullptr, c.retries)
                    .arg(isolate(m_in.profile->name), seconds(c.connectTimeoutMs / 1000.0),
                         seconds(c.requestTimeoutMs / 1000.0)));
    }

    /// The suite's own client, from what its tests wrote, with the tests it came from: never
    /// generalised from one test, never Fathom's settings in its place.
    void suiteClientEvidence()
    {
        const QRegularExpression sizeRe(QStringLiteral(R"(Connection pool size: (\d+))"));
        const QRegularExpression discarding(QStringLiteral("(?i)Connection pool is full, discarding connection"));
        const QRegularExpression blocking(QStringLiteral("EmptyPoolError|Pool reached maximum size"));
        std::map<int, QStringList> testsBySize;
        int discarded = 0, blocked = 0;
        for (int i : *m_failures) {
            const TestFailure &f = m_run.failures[i];
            const QString all = f.message + QLatin1Char('\n') + f.trace + QLatin1Char('\n') + f.output;
            if (const auto m = sizeRe.match(all); m.hasMatch())
                testsBySize[m.captured(1).toInt()] << isolate(f.name);
            discarded += discarding.match(all).hasMatch();
            blocked += blocking.match(all).hasMatch();
        }
        for (const auto &[size, tests] : testsBySize) {
            const QString named = tests.size() <= 3
                ? tests.join(QStringLiteral(", "))
                : RootCauseAnalysis::tr("%1 and %n more", nullptr, int(tests.size()) - 2)
                      .arg(tests.mid(0, 2).join(QStringLiteral(", ")));
            add(Evidence::Source::TestRun,
                RootCauseAnalysis::tr("The suite's client kept a pool of %1 connections (\"Connection pool size: %1\" "
                                      "in the output of %n test(s): %2).",
                                      nullptr, int(tests.size()))
                    .arg(size)
                    .arg(named));
        }
        if (discarded > 0)
            add(Evidence::Source::TestRun,
                RootCauseAnalysis::tr("Its pool did not block (pool_block=False): urllib3 opened more connections than "
                                      "it keeps and discarded them after (\"Connection pool is full, discarding "
                                      "connection\" in %n test(s)). That is not why a request failed.",
                                      nullptr, discarded));
        if (blocked > 0)
            add(Evidence::Source::TestRun,
                RootCauseAnalysis::tr("Its pool blocked: requests waited for a free connection and gave up "
                                      "(EmptyPoolError in %n test(s)).",
                                      nullptr, blocked));
        // Worker threads, where the tests' own code in the trace names a number.
        const QRegularExpression workersRe(QStringLiteral(R"(max_workers\s*=\s*(\d+))"));
        std::map<int, QStringList> testsByWorkers;
        for (int i : *m_failures) {
            const TestFailure &f = m_run.failures[i];
            if (const auto m = workersRe.match(f.trace); m.hasMatch())
                testsByWorkers[m.captured(1).toInt()] << isolate(f.name);
        }
        for (const auto &[workers, tests] : testsByWorkers)
            add(Evidence::Source::TestRun,
                RootCauseAnalysis::tr("The tests' code starts %1 worker threads (max_workers=%1 in the trace of %n "
                                      "test(s): %2).",
                                      nullptr, int(tests.size()))
                    .arg(workers)
                    .arg(tests.size() <= 3 ? tests.join(QStringLiteral(", "))
                                           : RootCauseAnalysis::tr("%1 and %n more", nullptr, int(tests.size()) - 2)
                                                 .arg(tests.mid(0, 2).join(QStringLiteral(", ")))));
    }

    /// A test's own deadline (a harness timeout): how much work it gave, and, where the server's
    /// capacity and job time were measured, how long that work takes at the capacity.
    void deadlineEvidence()
    {
        RootCause &c = *m_cause;
        const auto batches = numbers(QStringLiteral(R"(\d+ \(of (\d+)\) futures unfinished)"));
        const int jobs = batches.empty() ? 0 : int(batches.rbegin()->first);
        if (jobs > 0)
            add(Evidence::Source::TestRun,
                RootCauseAnalysis::tr("The tests waited for batches of up to %n job(s) (\"futures unfinished\" in the "
                                      "error text).",
                                      nullptr, jobs));
        int capacity = -1;
        capacityEvidence(&capacity);
        double jobS = 0;
        if (const Measurement *r = latest(m_in, QStringLiteral("discovery"), /*measuredOnly=*/true); r && r->jobMs)
            jobS = *r->jobMs / 1000.0;
        if (jobS > 0)
            add(Evidence::Source::Measurement,
                RootCauseAnalysis::tr("One job takes %1 s (the median of the discovery's warm-up jobs, sent one at a "
                                      "time).")
                    .arg(seconds(jobS)));
        if (jobs > 0 && capacity > 0 && jobS > 0) {
            const int rounds = (jobs + capacity - 1) / capacity;
            c.statement += QLatin1Char(' ')
                + RootCauseAnalysis::tr("%n job(s) at %1 at a time (the server's capacity) take ⌈%n ÷ %1⌉ = %2 times "
                                        "one job's length: about %3 s, more with retries and their backoff.",
                                        nullptr, jobs)
                      .arg(capacity)
                      .arg(rounds)
                      .arg(seconds(rounds * jobS));
            // The fix is the "What to do" list's set_deadline, with the same numbers (groupIntoCauses).
        }
    }

    /// Why the group's failures cluster at the run's start, from what the run shows: tests that
    /// ran at the same time ramp up; tests that ran one after another failed first because the
    /// runner ran them first.
    QString whyAtTheStart() const
    {
        if (!m_span.estimated && maxOverlap(m_run.timings) > 1)
            return RootCauseAnalysis::tr(" They cluster at the start of the run, as the suite ramps up.");
        QStringList sources;
        for (int i : *m_failures) {
            const TestFailure &f = m_run.failures[i];
            const QString source = f.classname.isEmpty() ? f.file : f.classname;
            if (!source.isEmpty() && !sources.contains(source))
                sources << source;
        }
        if (sources.isEmpty() || sources.size() > 3)
            return RootCauseAnalysis::tr(" They cluster at the start of the run: the tests ran one after another, "
                                         "and these ran first.");
        return RootCauseAnalysis::tr(" They cluster at the start of the run because the runner ran %1 first (the "
                                     "tests ran one after another).")
            .arg(isolate(sources.join(QStringLiteral(", "))));
    }

    /// What the cause is and what to do: the category's own words (categories.cpp), made more
    /// exact where the run and the measurements tell more (each category's evidence below).
    void explain(const QString &rampText)
    {
        RootCause &c = *m_cause;
        const Category *category = builtInCategory(c.category);
        if (!category) {
            c.statement = RootCauseAnalysis::tr("These failures match the team's own category \"%1\".").arg(c.title);
            c.fix = RootCauseAnalysis::tr("See the category's description in the team's rules.");
            return;
        }
        c.statement = categoryStatement(*category);
        c.fix = categoryFix(*category);
        static const QHash<QString, void (Analyst::*)()> evidenceOf {
            { QStringLiteral("pool_exhausted"), &Analyst::poolEvidence },
            { QStringLiteral("overloaded_503"), &Analyst::overloadEvidence },
            { QStringLiteral("waiting_for_fiber_503"), &Analyst::fibreEvidence },
            { QStringLiteral("connect_timeout"), &Analyst::connectTimeoutEvidence },
            { QStringLiteral("read_timeout"), &Analyst::readTimeoutEvidence },
            { QStringLiteral("test_deadline"), &Analyst::deadlineEvidence },
            { QStringLiteral("connection_refused"), &Analyst::serverDownEvidence },
            { QStringLiteral("connection_reset"), &Analyst::serverDownEvidence },
            { QStringLiteral("auth"), &Analyst::authEvidence },
        };
        if (const auto gather = evidenceOf.value(c.category))
            (this->*gather)();
        if (category->comesWithLoad)
            c.statement += rampText;
    }

    void poolEvidence()
    {
        RootCause &c = *m_cause;
        const auto sizes = numbers(QStringLiteral(R"(Connection pool size: (\d+))"));
        suiteClientEvidence();
        profileEvidence(true, false);
        int concurrency = 0;
        concurrencyEvidence(&concurrency);
        probeEvidence(poolProbe(concurrency), RootCauseAnalysis::tr("Pool probe (%1): %2"),
                      RootCauseAnalysis::tr("how long requests wait for a connection at the suite's concurrency — run "
                                            "the pool probe (fathom probe --kind pool --requests N --pool P)."));
        if (!sizes.empty())
            c.statement = RootCauseAnalysis::tr("The test client ran out of connections: more requests were in flight "
                                                "than %1 holds, so requests waited for a free connection, or "
                                                "connections were discarded and opened again.")
                              .arg(RootCauseAnalysis::tr("its pool of %1").arg(listNumbers(sizes, {})));
        // The server decides: a pool larger than what the server takes only turns waits for a
        // connection into 503s (Recommendations::derive() says the same).
        int capacity = -1;
        capacityEvidence(&capacity);
        if (capacity > 0)
            c.fix = RootCauseAnalysis::tr("The server takes %n job(s) at once: limit the suite to %n (a semaphore "
                                          "around job creation) and give the client a pool of %n connection(s); a "
                                          "larger pool only turns waits for a connection into 503s.",
                                          nullptr, capacity);
    }

    void overloadEvidence()
    {
        RootCause &c = *m_cause;
        int capacity = -1, concurrency = 0;
        suiteClientEvidence();
        capacityEvidence(&capacity);
        concurrencyEvidence(&concurrency);
        const auto retryAfter = numbers(QStringLiteral(R"((?i)Retry-After\W{0,4}(\d+))"));
        if (!retryAfter.empty())
            add(Evidence::Source::TestRun,
                RootCauseAnalysis::tr("The server asked to retry after %1 s (Retry-After).")
                    .arg(listNumbers(retryAfter, QString())));
        if (capacity < 0)
            return;
        c.statement = RootCauseAnalysis::tr("The server was overloaded: its measured capacity is %n concurrent job(s), "
                                            "and the suite asked for more at once, so the server refused the rest with "
                                            "503.",
                                            nullptr, capacity);
        c.fix = RootCauseAnalysis::tr("Limit the suite's concurrency to at most %n job(s) (a semaphore around job "
                                      "creation), retry 503s with exponential backoff honouring Retry-After, or raise "
                                      "the server's capacity.",
                                      nullptr, capacity);
    }

    void fibreEvidence()
    {
        probeEvidence({ QStringLiteral("readiness") }, RootCauseAnalysis::tr("Readiness probe (%1): %2"),
                      RootCauseAnalysis::tr("whether the server is ready now — run the readiness probe (fathom probe "
                                            "--kind readiness)."));
        if (const Measurement *r = latest(m_in, QStringLiteral("discovery"));
            r && r->stopReason == QLatin1String("waiting_for_fiber"))
            add(Evidence::Source::Measurement,
                RootCauseAnalysis::tr("Capacity discovery (%1) stopped because the server was waiting for fibre.")
                    .arg(runRef(*r)));
    }

    void connectTimeoutEvidence()
    {
        RootCause &c = *m_cause;
        const auto limits = numbers(QStringLiteral(R"(connect timeout=(\d+(?:\.\d+)?))"));
        if (!limits.empty())
            add(Evidence::Source::TestRun,
                RootCauseAnalysis::tr("The client's connect timeout was %1 s (from the "
                                      "error text).")
                    .arg(listNumbers(limits, {})));
        profileEvidence(false, true);
        bool down = false, up = false;
        healthEvidence(&down, &up);
        if (down)
            c.statement
                = RootCauseAnalysis::tr("The server could not be reached: connections timed out, and the health "
                                        "probe failed too. The infrastructure was down; this is not a product "
                                        "bug.");
        else if (up)
            c.statement = RootCauseAnalysis::tr("Connections timed out although the server answers its health check: "
                                                "its accept queue was full (too many connections at once) or the "
                                                "network dropped packets.");
    }

    void readTimeoutEvidence()
    {
        RootCause &c = *m_cause;
        // Each test's own timeout, with the test it came from: one test's value is not the suite's.
        const QRegularExpression timeoutRe(QStringLiteral(R"(read timeout=(\d+(?:\.\d+)?))"));
        const auto limits = numbers(timeoutRe.pattern());
        QStringList perTest;
        for (int i : *m_failures) {
            const TestFailure &f = m_run.failures[i];
            const auto m = timeoutRe.match(f.message + QLatin1Char('\n') + f.trace);
            if (m.hasMatch())
                perTest << RootCauseAnalysis::tr("%1: %2 s").arg(isolate(f.name), m.captured(1));
        }
        if (!perTest.isEmpty() && perTest.size() <= 5)
            add(Evidence::Source::TestRun,
                RootCauseAnalysis::tr("The tests' own read timeouts (from their error "
                                      "texts): %1.")
                    .arg(perTest.join(QStringLiteral("; "))));
        else if (!perTest.isEmpty())
            add(Evidence::Source::TestRun,
                RootCauseAnalysis::tr("Read timeouts in %n test(s)' error texts: %1 s.", nullptr, int(perTest.size()))
                    .arg(listNumbers(limits, {})));
        profileEvidence(false, true);
        const ServerFacts server = serverFacts(m_in);
        if (const Measurement *j = latest(m_in, QStringLiteral("job")))
            add(Evidence::Source::Measurement, RootCauseAnalysis::tr("Job probe (%1): %2").arg(runRef(*j), j->verdict));
        else if (server.jobS)
            add(Evidence::Source::Measurement,
                RootCauseAnalysis::tr("One job takes %1 s (the median of the discovery's warm-up jobs, sent one at a "
                                      "time).")
                    .arg(seconds(*server.jobS)));
        else
            notMeasured({ QStringLiteral("job") },
                        RootCauseAnalysis::tr("how long one job takes — run the job probe (fathom probe --kind job)."));
        int capacity = -1;
        capacityEvidence(&capacity);
        const bool allShorter = server.jobS && !limits.empty() && limits.rbegin()->first < *server.jobS;
        const bool allLonger = server.jobS && !limits.empty() && limits.begin()->first >= *server.jobS;
        // A timeout shorter than one job is the tests' own setting, not the infrastructure's.
        c.infrastructure = !allShorter;
        if (allShorter) {
            c.statement
                = RootCauseAnalysis::tr("The tests' own read timeouts (%1 s) are shorter than one job takes (%2 "
                                        "s, measured): the answers could not come in time.")
                      .arg(listNumbers(limits, {}), seconds(*server.jobS));
            c.fix = RootCauseAnalysis::tr("Raise these tests' read timeouts above one job's time, with a margin (at "
                                          "least %1 s). Fewer jobs at once would not help: one job alone takes "
                                          "longer.")
                        .arg(seconds(*server.jobS * Recommendations::kMargin));
        } else if (allLonger) {
            c.statement
                = RootCauseAnalysis::tr("One job takes %1 s (measured), within the tests' timeouts (%2 s): these "
                                        "requests waited before they were served — for a slot on the server or "
                                        "a connection in the client's pool — under the load the suite put on "
                                        "it.")
                      .arg(seconds(*server.jobS), listNumbers(limits, {}));
            c.fix = RootCauseAnalysis::tr("Limit the suite to the server's capacity so that no request waits for a "
                                          "slot or a connection; then these timeouts hold.");
        }
    }

    /// Refused or reset connections: whether the server was up, from the health probe.
    void serverDownEvidence()
    {
        bool down = false, up = false;
        healthEvidence(&down, &up);
    }

    void authEvidence()
    {
        if (m_in.profile)
            add(Evidence::Source::Profile,
                RootCauseAnalysis::tr("Profile \"%1\" authenticates with %2.")
                    .arg(isolate(m_in.profile->name),
                         m_in.profile->auth == ClientProfile::Auth::OAuth2 ? RootCauseAnalysis::tr("OAuth2 client "
                                                                                                   "credentials")
                             : m_in.profile->auth == ClientProfile::Auth::Bearer
                             ? RootCauseAnalysis::tr("a bearer token")
                             : m_in.profile->auth == ClientProfile::Auth::Basic
                             ? RootCauseAnalysis::tr("a user name and password (basic)")
                             : RootCauseAnalysis::tr("nothing")));
        probeEvidence({ QStringLiteral("auth") }, RootCauseAnalysis::tr("Auth probe (%1): %2"),
                      RootCauseAnalysis::tr("whether the credentials work now — run the auth probe (fathom probe "
                                            "--kind auth)."));
    }

    Diagnosis &m_d;
    const ImportedRun &m_run;
    const DiagnosisInputs &m_in;
    RunSpan m_span;
    RootCause *m_cause = nullptr;
    const QList<int> *m_failures = nullptr;
};

FailureTimeline timelineOf(const Diagnosis &d)
{
    FailureTimeline t;
    const RunSpan span = spanOf(d.run);
    if (span.startMs < 0)
        return t;
    constexpr int kBuckets = 40;
    const qint64 length = std::max<qint64>(1000, span.endMs - span.startMs);
    t.start = QDateTime::fromMSecsSinceEpoch(span.startMs);
    t.bucketMs = (length + kBuckets - 1) / kBuckets;
    t.estimated = span.estimated;
    auto bucket = [&](qint64 ms) { return int(std::clamp<qint64>((ms - span.startMs) / t.bucketMs, 0, kBuckets - 1)); };
    t.started = QList<int>(kBuckets, 0);
    for (const TestTiming &x : d.run.timings)
        if (x.startMs >= 0)
            ++t.started[bucket(x.startMs)];
    for (int i = 0; i < d.run.failures.size(); ++i) {
        const QDateTime s = d.run.failures[i].startedAt;
        if (!s.isValid())
            continue;
        auto &row = t.failures[d.classifications[i].category];
        if (row.isEmpty())
            row = QList<int>(kBuckets, 0);
        ++row[bucket(s.toMSecsSinceEpoch())];
    }
    return t;
}

// A cause's failures by signature: the most frequent error first, at equal counts the earliest seen.
QList<UniqueError> uniqueErrorsOf(const Diagnosis &d, const RootCause &cause)
{
    QList<UniqueError> errors;
    QHash<QString, qsizetype> byId;
    for (int i : cause.failures) {
        const FailureSignature &s = d.signatures[i];
        auto it = byId.constFind(s.id);
        if (it == byId.cend()) {
            it = byId.insert(s.id, errors.size());
            errors.append(UniqueError { s.text, s.id, cause.category, {}, {}, {}, d.inputs.knownIssues.value(s.id) });
        }
        UniqueError &e = errors[*it];
        e.failures << i;
        const QDateTime &at = d.run.failures[i].startedAt;
        if (at.isValid()) {
            if (!e.first.isValid() || at < e.first)
                e.first = at;
            if (!e.last.isValid() || at > e.last)
                e.last = at;
        }
    }
    std::stable_sort(errors.begin(), errors.end(),
                     [](const UniqueError &a, const UniqueError &b) { return a.count() > b.count(); });
    return errors;
}

void groupIntoCauses(Diagnosis *d)
{
    if (d->signatures.size() != d->run.failures.size()) { // a diagnosis made without them (a test's)
        d->signatures.clear();
        for (const TestFailure &f : std::as_const(d->run.failures))
            d->signatures << FailureSignature::of(f);
    }
    QHash<QString, QList<int>> groups;
    QStringList order;
    for (int i = 0; i < d->classifications.size(); ++i) {
        const QString &c = d->classifications[i].category;
        if (!groups.contains(c))
            order << c;
        groups[c] << i;
    }
    // The largest causes are explained first, so what they miss is measured first.
    std::stable_sort(order.begin(), order.end(),
                     [&](const QString &a, const QString &b) { return groups[a].size() > groups[b].size(); });
    Analyst analyst(d);
    d->rootCauses.clear();
    d->missing.clear();
    for (const QString &c : order) {
        d->rootCauses << analyst.cause(c, groups[c]);
        d->rootCauses.last().uniqueErrors = uniqueErrorsOf(*d, d->rootCauses.last());
    }
    // Impact first; at equal counts the infrastructure causes, which block everything behind them.
    std::stable_sort(d->rootCauses.begin(), d->rootCauses.end(), [](const RootCause &a, const RootCause &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.infrastructure && !b.infrastructure;
    });
    d->timeline = timelineOf(*d);
    QStringList categories;
    for (const RootCause &c : std::as_const(d->rootCauses))
        categories << c.category;
    d->recommendations = Recommendations::derive(categories, serverFacts(d->inputs), suiteClient(d->run));
    // A cause's fix is the list's where the list derived one from measurements: one advice, said
    // once, never two that disagree.
    for (RootCause &c : d->rootCauses) {
        for (const Recommendation &r : std::as_const(d->recommendations)) {
            const bool measured = r.concurrency || r.pool || r.timeoutS || r.deadlineS;
            if (measured && r.addresses.contains(c.category)) {
                c.fix = r.text;
                break;
            }
        }
    }
    // Every cause is in the one list: those the measurements speak for (above) in their order,
    // the others with their own fix, before the assertions (which are not the infrastructure's).
    QSet<QString> covered;
    for (const Recommendation &r : std::as_const(d->recommendations))
        for (const QString &c : r.addresses)
            covered << c;
    qsizetype at = d->recommendations.size();
    if (at > 0 && d->recommendations.constLast().id == QLatin1String("review_assertions"))
        --at;
    for (const RootCause &c : std::as_const(d->rootCauses)) {
        if (covered.contains(c.category))
            continue;
        Recommendation r;
        r.id = QStringLiteral("fix_") + c.category;
        r.addresses = { c.category };
        r.text = c.fix;
        r.because = c.statement;
        d->recommendations.insert(at++, r);
    }
}

} // namespace

QString MissingMeasurement::command() const
{
    if (kind == QLatin1String("discovery"))
        return QStringLiteral("fathom discover");
    QString c = QStringLiteral("fathom probe --kind ") + kind;
    if (requests > 0)
        c += QStringLiteral(" --requests ") + QString::number(std::min(requests, 10'000));
    if (pool > 0)
        c += QStringLiteral(" --pool ") + QString::number(pool);
    return c;
}

namespace {

/// Keeps the measurements of the servers the tests talked to, and says which it left out.
void joinTestedTargets(Diagnosis *d, const DiagnosisInputs &inputs)
{
    d->testedTargets = testedTargets(d->run.failures);
    d->inputs = inputs;
    if (d->testedTargets.isEmpty())
        return;
    constexpr int kNamed = 3;
    QStringList named;
    for (const TestedTarget &t : d->testedTargets.mid(0, kNamed))
        named
            << RootCauseAnalysis::tr("%1 (%n failure(s) name it)", nullptr, t.failures).arg(isolate(t.endpoint.text()));
    if (d->testedTargets.size() > kNamed)
        named << RootCauseAnalysis::tr("%n other(s)", nullptr, int(d->testedTargets.size() - kNamed));
    d->targetNotes << RootCauseAnalysis::tr("The tests talked to %1.").arg(QLocale().createSeparatedList(named));
    auto isNamed = [&](const Endpoint &e) {
        return std::any_of(d->testedTargets.cbegin(), d->testedTargets.cend(),
                           [&](const TestedTarget &t) { return t.endpoint.sameServer(e); });
    };
    // Failures that name the profile's token server (an OAuth2 token URL) were on their way to
    // the profile's server: its measurements are of the server the tests used.
    const Endpoint tokenServer = inputs.profile ? Endpoint::fromUrl(inputs.profile->tokenUrl) : Endpoint();
    const Endpoint profileServer = inputs.profile ? Endpoint::fromUrl(inputs.profile->baseUrl) : Endpoint();
    const bool throughItsTokenServer = tokenServer.isValid() && isNamed(tokenServer) && !isNamed(profileServer);
    if (throughItsTokenServer)
        d->targetNotes << RootCauseAnalysis::tr("%1 is the token server of the profile \"%2\", whose server is %3: "
                                                "the measurements of %3 apply.")
                              .arg(isolate(tokenServer.text()), isolate(inputs.profile->name),
                                   isolate(profileServer.text()));
    auto tested = [&](const QString &url) {
        const Endpoint e = Endpoint::fromUrl(QUrl(url));
        return !e.isValid() || isNamed(e) || (throughItsTokenServer && e.sameServer(profileServer));
    };
    QStringList targets;
    for (const TestedTarget &t : d->testedTargets.mid(0, kNamed))
        targets << isolate(t.endpoint.text());
    if (d->testedTargets.size() > kNamed)
        targets << RootCauseAnalysis::tr("%n other(s)", nullptr, int(d->testedTargets.size() - kNamed));
    const QString them = QLocale().createSeparatedList(targets);
    d->inputs.measurements.clear();
    for (const Measurement &r : inputs.measurements) {
        if (tested(r.target)) {
            d->inputs.measurements << r;
            continue;
        }
        const QString what = r.kind == Measurement::Kind::Probe
            ? RootCauseAnalysis::tr("The %1 probe of %2 (%3)").arg(probeTitleOf(r), isolate(r.target), runRef(r))
            : RootCauseAnalysis::tr("The capacity measured for %1 (%2)").arg(isolate(r.target), runRef(r));
        d->targetNotes << RootCauseAnalysis::tr("%1 does not apply: the tests talked to %2.").arg(what, them);
    }
    if (inputs.profile && !tested(inputs.profile->baseUrl.toString())) {
        d->inputs.profile.reset();
        d->targetNotes << RootCauseAnalysis::tr("The profile \"%1\" is for %2: the tests talked to %3, so its "
                                                "settings are not used.")
                              .arg(inputs.profile->name, isolate(inputs.profile->baseUrl.toString()), them);
    }
}

/// The cause a stored probe met, as a category id ("" for none it can settle).
QString categoryOfProbeOutcome(const Measurement &probe)
{
    const QString &outcome = probe.outcome;
    if (outcome == QLatin1String("tls_error"))
        return QStringLiteral("tls_failure");
    if (outcome == QLatin1String("request_timeout"))
        return QStringLiteral("read_timeout");
    static const QStringList same { QStringLiteral("connect_timeout"), QStringLiteral("connection_refused"),
                                    QStringLiteral("connection_reset"), QStringLiteral("dns_failure"),
                                    QStringLiteral("waiting_for_fiber_503") };
    return same.contains(outcome) ? outcome : QString();
}

/// Where a failure's text fits several causes, a measurement of the tested server may decide:
/// a health or readiness probe that met one of them (a connect that timed out, a refusal, the
/// server waiting for fibre), or a readiness probe that found the server ready with a measured
/// capacity below what the suite ran at once (then a 503 that did not say why is overload).
/// Decided failures are "likely" (the probe ran at another time) and say what decided them.
void settleWithMeasurements(Diagnosis *d)
{
    const Measurement *health = latest(d->inputs, QStringLiteral("health"));
    const Measurement *readiness = latest(d->inputs, QStringLiteral("readiness"));
    const Measurement *discovery = latest(d->inputs, QStringLiteral("discovery"), true);
    struct Decider
    {
        const Measurement *run;
        QString category;
        QString why;
    };
    QList<Decider> deciders;
    for (const Measurement *probe : { health, readiness }) {
        if (!probe)
            continue;
        const QString met = categoryOfProbeOutcome(*probe);
        if (!met.isEmpty())
            deciders << Decider { probe, met,
                                  RootCauseAnalysis::tr("the %1 probe (%2) met it: %3")
                                      .arg(probeTitleOf(*probe), runRef(*probe), probe->verdict) };
    }
    // What the suite ran at once is read (a sweep of every test, the logs' worker counts) only
    // where a capacity can be compared with it.
    const int atOnce = readiness && readiness->passed && discovery ? d->suiteConcurrency() : 0;
    if (atOnce > 0 && discovery && atOnce > *discovery->capacity)
        deciders << Decider { readiness, QStringLiteral("overloaded_503"),
                              RootCauseAnalysis::tr("the readiness probe (%1) found the server ready, and its "
                                                    "measured capacity (%2, %3) is below the %4 tests the suite ran "
                                                    "at once")
                                  .arg(runRef(*readiness))
                                  .arg(*discovery->capacity)
                                  .arg(runRef(*discovery))
                                  .arg(atOnce) };
    if (deciders.isEmpty())
        return;
    for (int i = 0; i < d->classifications.size(); ++i) {
        Classification &c = d->classifications[i];
        if (c.confidence != QLatin1String("ambiguous"))
            continue;
        // A probe speaks for its server: for failures that name it, or name none.
        const QList<Endpoint> named = endpointsNamedBy(d->run.failures[i]);
        for (const Decider &decider : std::as_const(deciders)) {
            if (decider.category != c.category && !c.alternatives.contains(decider.category))
                continue;
            const Endpoint probed = Endpoint::fromUrl(QUrl(decider.run->target));
            if (!named.isEmpty() && probed.isValid()
                && std::none_of(named.cbegin(), named.cend(), [&](const Endpoint &e) { return e.sameServer(probed); }))
                continue;
            c.category = decider.category;
            c.confidence = QStringLiteral("likely");
            c.alternatives.clear();
            c.settledBy = decider.why;
            break;
        }
    }
}

} // namespace

Diagnosis RootCauseAnalysis::analyse(ImportedRun run, const FailureRules &rules, const DiagnosisInputs &inputs,
                                     const QDateTime &now)
{
    Diagnosis d;
    d.run = std::move(run);
    joinTestedTargets(&d, inputs);
    d.createdAt = now;
    d.classifications.reserve(d.run.failures.size());
    d.signatures.reserve(d.run.failures.size());
    for (const TestFailure &f : d.run.failures) {
        d.classifications << rules.classify(f);
        d.signatures << FailureSignature::of(f);
    }
    settleWithMeasurements(&d);
    groupIntoCauses(&d);
    return d;
}

Diagnosis RootCauseAnalysis::reclassify(const Diagnosis &old, const FailureRules &rules)
{
    Diagnosis d = old;
    d.classifications.clear();
    for (const TestFailure &f : d.run.failures)
        d.classifications << rules.classify(f);
    settleWithMeasurements(&d);
    groupIntoCauses(&d);
    return d;
}

QJsonObject Diagnosis::toJson() const
{
    const TestRunCounts &c = run.counts;
    QJsonObject summary { { QStringLiteral("total"), c.total },
                          { QStringLiteral("passed"), c.passed },
                          { QStringLiteral("failed"), c.failed },
                          { QStringLiteral("errors"), c.errors },
                          { QStringLiteral("skipped"), c.skipped },
                          { QStringLiteral("failed_share"), c.total > 0 ? double(failedCount()) / c.total : 0.0 },
                          { QStringLiteral("files"), QJsonArray::fromStringList(run.files) } };
    QJsonArray failures;
    for (int i = 0; i < run.failures.size(); ++i) {
        const TestFailure &f = run.failures[i];
        const Classification &k = classifications[i];
        QJsonObject o { { QStringLiteral("classname"), f.classname },
                        { QStringLiteral("name"), f.name },
                        { QStringLiteral("file"), f.file },
                        { QStringLiteral("line"), f.line },
                        { QStringLiteral("status"), testStatusId(f.status) },
                        { QStringLiteral("category"), k.category },
                        { QStringLiteral("rule"), k.rule },
                        { QStringLiteral("matched_text"), k.matchedText },
                        { QStringLiteral("message"), f.message.left(FailureRules::kMaxMatchedChars) },
                        { QStringLiteral("signature"), signatures.value(i).text },
                        { QStringLiteral("signature_id"), signatures.value(i).id } };
        if (!k.field.isEmpty())
            o.insert(QStringLiteral("matched_in"), k.field);
        if (k.likely)
            o.insert(QStringLiteral("likely"), true); // only the captured log spoke
        if (!k.confidence.isEmpty())
            o.insert(QStringLiteral("confidence"), k.confidence);
        if (!k.alternatives.isEmpty())
            o.insert(QStringLiteral("alternatives"), QJsonArray::fromStringList(k.alternatives));
        if (!k.settledBy.isEmpty())
            o.insert(QStringLiteral("settled_by"), k.settledBy);
        if (f.startedAt.isValid())
            o.insert(QStringLiteral("started_at"), f.startedAt.toString(Qt::ISODateWithMs));
        failures.append(o);
    }
    QJsonArray targets;
    for (const TestedTarget &t : testedTargets)
        targets.append(QJsonObject { { QStringLiteral("host"), t.endpoint.host },
                                     { QStringLiteral("port"), t.endpoint.port },
                                     { QStringLiteral("failures"), t.failures } });
    QJsonArray missingJson;
    for (const MissingMeasurement &m : missing) {
        QJsonObject o { { QStringLiteral("kind"), m.kind }, { QStringLiteral("command"), m.command() } };
        if (m.requests > 0)
            o.insert(QStringLiteral("requests"), m.requests);
        if (m.pool > 0)
            o.insert(QStringLiteral("pool"), m.pool);
        missingJson.append(o);
    }
    QJsonArray causes, uniqueErrors;
    for (const RootCause &rc : rootCauses) {
        for (const UniqueError &e : rc.uniqueErrors)
            uniqueErrors.append(e.toJson(run));
        QJsonArray evidence, sources;
        for (const Evidence &e : rc.evidence) {
            evidence.append(e.text);
            sources.append(evidenceSourceId(e.source));
        }
        causes.append(QJsonObject { { QStringLiteral("category"), rc.category },
                                    { QStringLiteral("title"), rc.title },
                                    { QStringLiteral("infrastructure"), rc.infrastructure },
                                    { QStringLiteral("count"), rc.count },
                                    { QStringLiteral("unique_errors"), int(rc.uniqueErrors.size()) },
                                    { QStringLiteral("share"), rc.share },
                                    { QStringLiteral("statement"), rc.statement },
                                    { QStringLiteral("evidence"), evidence },
                                    { QStringLiteral("evidence_sources"), sources },
                                    { QStringLiteral("fix"), rc.fix } });
    }
    QJsonArray advice;
    for (const Recommendation &r : recommendations)
        advice.append(r.toJson());
    return { { QStringLiteral("summary"), summary },
             { QStringLiteral("failures"), failures },
             { QStringLiteral("root_causes"), causes },
             { QStringLiteral("unique_errors"), uniqueErrors },
             { QStringLiteral("recommendations"), advice },
             { QStringLiteral("tested_targets"), targets },
             { QStringLiteral("missing_measurements"), missingJson },
             { QStringLiteral("target_notes"), QJsonArray::fromStringList(targetNotes) },
             { QStringLiteral("warnings"), QJsonArray::fromStringList(run.warnings) } };
}

int Diagnosis::suiteConcurrency() const
{
    return std::max(maxOverlap(run.timings), suiteClient(run).workers);
}

int Diagnosis::uniqueErrorCount() const
{
    int count = 0;
    for (const RootCause &rc : rootCauses)
        count += int(rc.uniqueErrors.size());
    return count;
}

QString UniqueError::headline(qsizetype maxChars) const
{
    const QString line = signature.section(QLatin1Char('\n'), 0, 0);
    return line.size() > maxChars ? line.left(maxChars - 1) + QStringLiteral("…") : line;
}

QString uniqueErrorsWords(int failures, int uniqueErrors)
{
    return RootCauseAnalysis::tr("%n failure(s)", nullptr, failures) + QStringLiteral(", ")
        + RootCauseAnalysis::tr("%n unique error(s)", nullptr, uniqueErrors);
}

QJsonObject UniqueError::toJson(const ImportedRun &run) const
{
    QJsonObject o { { QStringLiteral("signature"), signature },
                    { QStringLiteral("signature_id"), id },
                    { QStringLiteral("category"), category },
                    { QStringLiteral("count"), count() } };
    if (!issueKey.isEmpty())
        o.insert(QStringLiteral("issue_key"), issueKey);
    if (first.isValid())
        o.insert(QStringLiteral("first"), first.toString(Qt::ISODateWithMs));
    if (last.isValid())
        o.insert(QStringLiteral("last"), last.toString(Qt::ISODateWithMs));
    if (!failures.isEmpty() && failures.constFirst() < run.failures.size()) {
        const TestFailure &f = run.failures[failures.constFirst()];
        o.insert(QStringLiteral("example"),
                 QJsonObject { { QStringLiteral("classname"), f.classname },
                               { QStringLiteral("name"), f.name },
                               { QStringLiteral("file"), f.file },
                               { QStringLiteral("line"), f.line },
                               { QStringLiteral("message"), f.message.left(FailureRules::kMaxMatchedChars) } });
    }
    return o;
}

int Diagnosis::infrastructureCount() const
{
    int count = 0;
    for (const RootCause &rc : rootCauses)
        count += rc.infrastructure ? rc.count : 0;
    return count;
}

} // namespace fathom
