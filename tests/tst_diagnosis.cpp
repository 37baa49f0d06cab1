#include "diagnosis/categories.h"
#include "diagnosis/diagnosis.h"
#include "diagnosis/junitimporter.h"
#include "history/diagnosisinputs.h"
#include "storycauses.h"

#include <QJsonArray>
#include <QTest>

#include <functional>
#include <optional>

using namespace fathom;

namespace {

ImportedRun importData(const QStringList &names)
{
    QStringList paths;
    for (const QString &n : names)
        paths << QStringLiteral(FATHOM_TEST_DATA "/junit/") + n;
    ImportedRun run;
    QString error;
    JUnitImporter importer;
    if (!importer.importFiles(paths, &run, &error))
        qFatal("%s", qPrintable(error));
    return run;
}

const RootCause *causeOf(const Diagnosis &d, const QString &category)
{
    for (const RootCause &c : d.rootCauses)
        if (c.category == category)
            return &c;
    return nullptr;
}

bool hasEvidence(const RootCause &c, Evidence::Source source, const QString &part)
{
    for (const Evidence &e : c.evidence)
        if (e.source == source && e.text.contains(part))
            return true;
    return false;
}

StoredRun probeRun(qint64 id, const QString &kind, bool ok, const QString &verdict)
{
    StoredRun r;
    r.summary.id = id;
    r.summary.kind = "probe";
    r.summary.name = kind;
    r.summary.target = "http://127.0.0.1:8080";
    r.summary.startedAt = QDateTime(QDate(2025, 11, 7), QTime(9, 0));
    r.summary.status = "finished";
    r.result = QJsonObject { { "kind", kind }, { "ok", ok }, { "verdict", verdict } };
    return r;
}

StoredRun discoveryRun(qint64 id, int capacity)
{
    StoredRun r;
    r.summary.id = id;
    r.summary.kind = "discovery";
    r.summary.name = "focus";
    r.summary.target = "http://127.0.0.1:8080";
    r.summary.startedAt = QDateTime(QDate(2025, 11, 7), QTime(8, 0));
    r.summary.status = "finished";
    r.summary.capacity = capacity;
    r.summary.stopReason = "capacity_found";
    return r;
}

/// What the window and the command line hold before a diagnosis: a profile and stored runs,
/// made into a diagnosis's inputs as they make them (history/diagnosisinputs).
struct Stored
{
    std::optional<TargetProfile> profile;
    QList<StoredRun> runs;
    operator DiagnosisInputs() const { return diagnosisInputs(profile, runs); }
};

/// The measurements as of the server the run's tests talked to (fixtures are made for
/// 127.0.0.1:8080; a diagnosis joins only measurements of the tested server).
Stored ofTestedServer(Stored in, const ImportedRun &run)
{
    const QList<TestedTarget> tested = testedTargets(run.failures);
    if (tested.isEmpty())
        return in;
    const QString url = QStringLiteral("http://") + tested.first().endpoint.text();
    for (StoredRun &r : in.runs)
        r.summary.target = url;
    if (in.profile)
        in.profile->baseUrl = QUrl(url);
    return in;
}

/// The file's run joined with measurements of the server its tests talked to.
Diagnosis analyseMeasured(const QString &file, const Stored &in)
{
    const ImportedRun run = importData({ file });
    return RootCauseAnalysis::analyse(run, FailureRules::builtIn(), ofTestedServer(in, run));
}

/// The story's run joined with a discovery that measured 12 at once and a job of 1.0025 s (the
/// median of its warm-up).
Diagnosis storyMeasured()
{
    Stored in;
    StoredRun r = discoveryRun(3, 12);
    r.result = QJsonObject { { "saturation", QJsonObject { { "baseline", QJsonObject { { "p50_ms", 1002.5 } } } } } };
    in.runs << r;
    const ImportedRun run = importData({ "story-pytest-logs.xml" });
    return RootCauseAnalysis::analyse(run, FailureRules::builtIn(), ofTestedServer(in, run));
}

TestFailure timed(const QString &name, const QString &message, const QDateTime &at)
{
    TestFailure f;
    f.name = name;
    f.message = message;
    f.startedAt = at;
    f.durationS = 1;
    return f;
}

} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpusCategories_data();
    void corpusCategories();
    void rootCausesCountAndOrder();
    void everyCategorySaysWhatItIs();
    void theStorySortsEveryFailure();
    void aTestsDeadlineIsMeasuredAgainstTheWork();
    void aReadTimeoutShorterThanAJob();
    void workerCountsFromTheTestsOwnCode();
    void capacityJoinsTheOverloadCause();
    void measurementsOfAnotherServerAreLeftOut();
    void failuresAtTheTokenServerAreOfItsProfilesServer();
    void measurementsSettleWhatTheTextCannot();
    void aLocustRampCountsAsACapacityMeasurement();
    void aRunThatMeasuredNoCapacityIsNotZero_data();
    void aRunThatMeasuredNoCapacityIsNotZero();
    void withoutMeasurementsSaysNotMeasured();
    void healthProbeDecidesConnectTimeouts();
    void poolCauseCitesPoolSizes();
    void timeoutsClusteringAtRampUp();
    void jsonHasTheDocumentedShape();
    void uniqueErrorsGroupTheStorysFailures();
    void reclassifyWithOtherRules();
    void emptyRun();
};

void TestDiagnosis::corpusCategories_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("test");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("truth"); // the fault the test met: the category or one it names
    // The pytest suite of tests/data/junit/pytest-suite, run against fathom-sim faults by
    // tests/data/junit/generate-pytest-corpus: each test met one known fault.
    const QList<std::pair<const char *, const char *>> pytest = {
        { "test_metadata_schema", "assertion" },
        { "test_connect_timeout", "connect_timeout" },
        { "test_read_timeout", "read_timeout" },
        { "test_connection_refused", "connection_refused" },
        { "test_connection_reset", "connection_reset" },
        { "test_create_job_overloaded", "overloaded_503" },
        { "test_create_job_retries_exhausted", "overloaded_503" },
        { "test_metadata_ready", "waiting_for_fiber_503" },
        { "test_create_job_unauthorized", "auth" },
        { "test_malformed_answer", "unknown" },
    };
    for (const char *file : { "pytest-requests-xunit2.xml", "pytest-requests-xunit1.xml" })
        for (const auto &[test, category] : pytest)
            QTest::addRow("%s %s", file, test) << file << test << category << category;
    // With the captured output (xunit2, junit_logging=all) the log tells more than the exception:
    QTest::addRow("xunit2: fibre in the log") << "pytest-requests-xunit2.xml"
                                              << "test_job_after_fiber_check"
                                              << "waiting_for_fiber_503"
                                              << "waiting_for_fiber_503";
    // …but a warning in the log does not outvote the failure's own words: urllib3's "Connection
    // pool is full, discarding connection" beside a read timeout is a read timeout.
    QTest::addRow("xunit2: pool full in the log, a read timeout") << "pytest-requests-xunit2.xml"
                                                                  << "test_200_concurrent_jobs_pool_of_10"
                                                                  << "read_timeout"
                                                                  << "read_timeout";
    // …without it (pytest's default), only the exception speaks.
    QTest::addRow("xunit1: a bare 503 assertion") << "pytest-requests-xunit1.xml"
                                                  << "test_job_after_fiber_check"
                                                  << "overloaded_503"
                                                  << "waiting_for_fiber_503";
    QTest::addRow("xunit1: the read timeout alone") << "pytest-requests-xunit1.xml"
                                                    << "test_200_concurrent_jobs_pool_of_10"
                                                    << "read_timeout"
                                                    << "read_timeout";
    // The story (tests/story, by tests/data/junit/generate-story-corpus): a suite with a pool of
    // 10 and 40 worker threads against a server that takes 12 jobs at once. The same answer with
    // the captured logs and without them.
    for (const char *file : { "story-pytest-logs.xml", "story-pytest-nologs.xml" })
        for (const auto &[test, category] : kStoryCauses)
            QTest::addRow("%s %s", file, test) << file << test << category << category;
    const QList<std::tuple<const char *, const char *, const char *>> others = {
        { "surefire-TEST-com.example.JobApiIT.xml", "createsJobUnderLoad", "connect_timeout" },
        { "surefire-TEST-com.example.JobApiIT.xml", "leasesConnection", "pool_exhausted" },
        { "surefire-TEST-com.example.JobApiIT.xml", "readsResult", "read_timeout" },
        { "surefire-TEST-com.example.JobApiIT.xml", "returnsSchema", "assertion" },
        { "gradle-TEST-JobClientTest.xml", "okHttpCreatesJob()", "read_timeout" },
        { "gradle-TEST-JobClientTest.xml", "createsJob()", "waiting_for_fiber_503" },
        { "ctest-output-junit.xml", "client_go_deadline", "read_timeout" },
        { "ctest-output-junit.xml", "client_dns", "dns_failure" },
    };
    for (const auto &[file, test, category] : others)
        QTest::addRow("%s %s", file, test) << file << test << category << category;

    // The other stacks' suites (tests/data/junit/*-suite, run by generate-*-corpus against the
    // faults of with-faults): every client meets every fault. Where a client's words do not tell
    // the cause, Fathom says which causes they fit, and the truth is one of them.
    const QList<std::pair<const char *, const char *>> faults = {
        { "connect timeout", "connect_timeout" },
        { "read timeout", "read_timeout" },
        { "connection refused", "connection_refused" },
        { "connection reset", "connection_reset" },
        { "hang-up mid-answer", "connection_reset" },
        { "closed without an answer", "connection_reset" },
        { "unknown host", "dns_failure" },
        { "untrusted certificate", "tls_failure" },
        { "overloaded", "overloaded_503" },
        { "waiting for fibre", "waiting_for_fiber_503" },
        { "unauthorized", "auth" },
        { "forbidden", "auth" },
        { "server error", "server_error_5xx" },
    };
    // `says` gives Fathom's category where it is not the fault itself, "" where it is, and
    // nothing for a test that passed (its client did not notice the fault).
    using Says = std::function<std::optional<QString>(const QString &client, const QString &fault)>;
    auto addStack = [&](const char *file, const QStringList &clients, const QString &testName, const Says &says) {
        for (const QString &client : clients) {
            for (const auto &[fault, truth] : faults) {
                const std::optional<QString> said = says(client, QLatin1String(fault));
                if (!said)
                    continue;
                const QString test = testName.arg(client, QLatin1String(fault));
                QTest::addRow("%s %s", file, qPrintable(test))
                    << file << test << (said->isEmpty() ? QString::fromLatin1(truth) : *said) << truth;
            }
        }
    };
    auto extra = [](const char *file, const char *test, const char *category) {
        QTest::addRow("%s %s", file, test) << file << test << category << category;
    };

    // Node: jest + jest-junit and mocha + chai + mocha-junit-reporter.
    for (const char *file : { "node-jest-junit.xml", "node-mocha-junit.xml" }) {
        const bool chai = QByteArray(file).contains("mocha");
        addStack(file, { "axios", "fetch", "got", "node-fetch", "superagent" }, QStringLiteral("%1 %2"),
                 [chai](const QString &client, const QString &fault) -> std::optional<QString> {
                     static const QStringList fetchFailed { "connection refused", "connection reset",
                                                            "closed without an answer", "unknown host",
                                                            "untrusted certificate" };
                     if (fault == "connect timeout" && client != "got")
                         return QStringLiteral("read_timeout"); // only got says which phase
                     if (client == "fetch" && fetchFailed.contains(fault))
                         return QStringLiteral("unknown"); // "fetch failed", its cause not shown
                     // node-fetch 2 does not notice the hang-up and reports its body timeout instead.
                     if (client == "node-fetch" && fault == "hang-up mid-answer")
                         return QStringLiteral("read_timeout");
                     // chai's message carries the body ("waiting for fiber"), the clients' own errors do not.
                     if (fault == "waiting for fibre" && !(chai && (client == "fetch" || client == "node-fetch")))
                         return QStringLiteral("overloaded_503");
                     return QString();
                 });
        extra(file, "suite metadata has the sample rate", "assertion");
        extra(file, "suite a slow job within the test's own deadline", "test_deadline");
        extra(file, "suite two jobs through a pool of one", "read_timeout");
    }

    // Go (tests/data/junit/go-suite by generate-go-corpus): net/http under gotestsum, whose
    // failure element says only "Failed" and whose text is the test's output.
    const QList<std::tuple<const char *, const char *, const char *>> go = {
        { "TestConnectTimeoutDialer", "connect_timeout", "connect_timeout" },
        // Under the Client's timeout, a dial that timed out may have waited for a pool's slot.
        { "TestConnectTimeoutClientTimeout", "connect_timeout", "connect_timeout" },
        { "TestPoolOfOne", "connect_timeout", "pool_exhausted" },
        { "TestReadTimeoutClientTimeout", "read_timeout", "read_timeout" },
        { "TestReadTimeoutResponseHeaderTimeout", "read_timeout", "read_timeout" },
        { "TestReadTimeoutContextDeadline", "read_timeout", "read_timeout" },
        { "TestConnectionRefused", "connection_refused", "connection_refused" },
        { "TestConnectionReset", "connection_reset", "connection_reset" },
        { "TestHangUpMidAnswer", "connection_reset", "connection_reset" },
        { "TestClosedWithoutAnAnswer", "connection_reset", "connection_reset" },
        { "TestUnknownHost", "dns_failure", "dns_failure" },
        { "TestUntrustedCertificate", "tls_failure", "tls_failure" },
        { "TestOverloaded", "overloaded_503", "overloaded_503" },
        { "TestWaitingForFibre", "waiting_for_fiber_503", "waiting_for_fiber_503" },
        { "TestUnauthorized", "auth", "auth" },
        { "TestForbidden", "auth", "auth" },
        { "TestServerError", "server_error_5xx", "server_error_5xx" },
        { "TestMetadataSampleRate", "assertion", "assertion" },
    };
    for (const auto &[test, category, truth] : go)
        QTest::addRow("go %s", test) << "go-gotestsum-junit.xml" << test << category << truth;

    // Ruby: RSpec + rspec_junit_formatter; Net::HTTP compared by its status string, Faraday with
    // raise_error. Neither noticed the hang-up mid-answer.
    addStack("ruby-rspec-junit.xml", { "Net::HTTP", "Faraday" }, QStringLiteral("%1 %2"),
             [](const QString &, const QString &fault) -> std::optional<QString> {
                 if (fault == "hang-up mid-answer")
                     return std::nullopt;
                 return fault == "waiting for fibre" ? QStringLiteral("overloaded_503") : QString();
             });
    extra("ruby-rspec-junit.xml", "suite metadata has the sample rate", "assertion");
    extra("ruby-rspec-junit.xml", "suite waiting for fibre, with the body in the message", "waiting_for_fiber_503");

    // PHP: PHPUnit --log-junit, no message attribute; Guzzle (its exceptions carry the body) and
    // ext-curl (assertSame with the body).
    addStack("php-phpunit-junit.xml", { "testGuzzle", "testCurl" }, QStringLiteral("%1 with data set \"%2\""),
             [](const QString &, const QString &) -> std::optional<QString> { return QString(); });
    extra("php-phpunit-junit.xml", "testMetadataHasTheSampleRate", "assertion");

    // curl itself, from a shell suite under bats (its JUnit formatter): --fail-with-body prints
    // the body, so a 503 says why; curl 7.88's "Couldn't connect to server" is a likely refusal.
    addStack("curl-bats-junit.xml", { QString() }, QStringLiteral("%1%2"), // the test is named after its fault
             [](const QString &, const QString &) -> std::optional<QString> { return QString(); });

    // Java: JUnit 4 under Ant's junit task. java.net.http and OkHttp assert with the body as the
    // message, the other two without it; HttpURLConnection did not notice the hang-up.
    addStack("java-ant-TEST-com.example.jobs.JobClientsTest.xml",
             { "httpUrlConnection", "javaNetHttpClient", "apacheHttpClient", "okHttp" }, QStringLiteral("%1[%2]"),
             [](const QString &client, const QString &fault) -> std::optional<QString> {
                 if (client == "httpUrlConnection" && fault == "hang-up mid-answer")
                     return std::nullopt;
                 const bool withBody = client == "javaNetHttpClient" || client == "okHttp";
                 return fault == "waiting for fibre" && !withBody ? QStringLiteral("overloaded_503") : QString();
             });
}

void TestDiagnosis::corpusCategories()
{
    QFETCH(QString, file);
    QFETCH(QString, test);
    const Diagnosis d = RootCauseAnalysis::analyse(importData({ file }), FailureRules::builtIn(), {});
    QCOMPARE(d.classifications.size(), d.run.failures.size());
    for (int i = 0; i < d.run.failures.size(); ++i) {
        if (d.run.failures[i].name != test)
            continue;
        const Classification &c = d.classifications[i];
        QTEST(c.category, "category");
        QFETCH(QString, truth);
        // Right, or honest: ambiguous with the truth among the alternatives it names.
        QVERIFY2(c.category == truth || (c.confidence == QLatin1String("ambiguous") && c.alternatives.contains(truth)),
                 qPrintable(QStringLiteral("%1 (%2: %3) does not name %4")
                                .arg(c.category, c.confidence, c.alternatives.join(QLatin1Char(',')), truth)));
        return;
    }
    QFAIL("no such test in the file");
}

void TestDiagnosis::rootCausesCountAndOrder()
{
    const Diagnosis d
        = RootCauseAnalysis::analyse(importData({ "pytest-requests-xunit2.xml" }), FailureRules::builtIn(), {});
    QCOMPARE(d.failedCount(), 12);
    int sum = 0;
    for (int i = 0; i < d.rootCauses.size(); ++i) {
        const RootCause &c = d.rootCauses[i];
        sum += c.count;
        QCOMPARE(c.failures.size(), c.count);
        QCOMPARE(c.share, double(c.count) / 12);
        QVERIFY2(!c.statement.isEmpty() && !c.fix.isEmpty() && !c.evidence.isEmpty(), qPrintable(c.category));
        if (i > 0) // impact first
            QVERIFY(d.rootCauses[i - 1].count >= c.count);
    }
    QCOMPARE(sum, 12);
    const RootCause *fibre = causeOf(d, "waiting_for_fiber_503");
    QVERIFY(fibre);
    QCOMPARE(fibre->count, 2);
    QVERIFY(fibre->infrastructure);
    QVERIFY(fibre->statement.contains("environmental"));
    QVERIFY(!causeOf(d, "assertion")->infrastructure);
}

void TestDiagnosis::theStorySortsEveryFailure()
{
    // All 11 failures of the story sorted, with the logs or without: capturing more evidence
    // does not change the answer. Only the assertion is not the infrastructure's.
    for (const char *file : { "story-pytest-logs.xml", "story-pytest-nologs.xml" }) {
        const Diagnosis d = RootCauseAnalysis::analyse(importData({ file }), FailureRules::builtIn(), {});
        QCOMPARE(d.failedCount(), 11);
        QVERIFY(!causeOf(d, "pool_exhausted"));
        QVERIFY(!causeOf(d, "unknown"));
        QCOMPARE(causeOf(d, "overloaded_503")->count, 6);
        QCOMPARE(causeOf(d, "test_deadline")->count, 3);
        QVERIFY(!causeOf(d, "test_deadline")->infrastructure);
        QVERIFY(!causeOf(d, "assertion")->infrastructure);
        for (const Classification &k : d.classifications)
            QVERIFY(!k.likely);
        // The suite's own client, from its own words, with its tests: a pool of 10 that did not block.
        if (QString::fromLatin1(file).contains("-logs")) {
            QVERIFY(hasEvidence(*causeOf(d, "overloaded_503"), Evidence::Source::TestRun,
                                "The suite's client kept a pool of 10 connections"));
            QVERIFY(hasEvidence(*causeOf(d, "overloaded_503"), Evidence::Source::TestRun, "did not block"));
        }
        QVERIFY(causeOf(d, "read_timeout")->infrastructure); // unmeasured: not known to be the test's own
        // The 503s came first because test_bulk.py ran first, one test after another: no ramp-up.
        const QString overload = causeOf(d, "overloaded_503")->statement;
        QVERIFY2(overload.contains("the runner ran test_bulk first") && !overload.contains("ramps up"),
                 qPrintable(overload));
    }
}

void TestDiagnosis::aTestsDeadlineIsMeasuredAgainstTheWork()
{
    // With the capacity (12) and one job's time (1.0 s, the discovery's warm-up) measured, the
    // deadline's cause carries the arithmetic: 40 jobs at 12 at a time take 4 rounds, about 4 s.
    const Diagnosis d = storyMeasured();
    const RootCause *c = causeOf(d, "test_deadline");
    QVERIFY(c);
    QVERIFY(hasEvidence(*c, Evidence::Source::TestRun, "batches of up to 40 job"));
    QVERIFY(hasEvidence(*c, Evidence::Source::Measurement, "One job takes 1.0 s"));
    QVERIFY2(c->statement.contains("40 job(s) at 12 at a time") && c->statement.contains("= 4 times one job's length")
                 && c->statement.contains("about 4.0 s"),
             qPrintable(c->statement));
    // The cause's fix is the list's: one advice with one number.
    QVERIFY2(c->fix.contains("deadline of at least 6.1 s"), qPrintable(c->fix));
    QCOMPARE(d.recommendations[1].deadlineS, 6.1);
    // Without the measurements it says what would settle it.
    const Diagnosis unmeasured
        = RootCauseAnalysis::analyse(importData({ "story-pytest-logs.xml" }), FailureRules::builtIn(), {});
    QVERIFY(causeOf(unmeasured, "test_deadline")->fix.contains("fathom discover"));
}

void TestDiagnosis::aReadTimeoutShorterThanAJob()
{
    // The story's test_urgent_job set 0.8 s; a job takes 1.0 s. The timeout is that test's, not
    // the suite's, and with the job's time measured the cause is certain: no "slow or hung".
    const Diagnosis d = storyMeasured();
    const RootCause *c = causeOf(d, "read_timeout");
    QVERIFY(c);
    QVERIFY(hasEvidence(*c, Evidence::Source::TestRun, "test_urgent_job: 0.8 s"));
    QVERIFY(!hasEvidence(*c, Evidence::Source::TestRun, "The client's read timeout"));
    QVERIFY2(c->statement.contains("shorter than one job takes (1.0 s, measured)") && !c->statement.contains("hung"),
             qPrintable(c->statement));
    QVERIFY2(c->fix.contains("at least 1.6 s") && !c->fix.contains("lower the concurrency"), qPrintable(c->fix));
    QVERIFY(hasEvidence(*c, Evidence::Source::Measurement, "measured a capacity of 12"));
    QVERIFY(!c->infrastructure); // the test's own timeout, shorter than a job
    // Unmeasured, it says what is not known instead of guessing.
    const Diagnosis unmeasured
        = RootCauseAnalysis::analyse(importData({ "story-pytest-logs.xml" }), FailureRules::builtIn(), {});
    QVERIFY(causeOf(unmeasured, "read_timeout")->statement.contains("not measured"));
}

void TestDiagnosis::workerCountsFromTheTestsOwnCode()
{
    // A pytest trace quotes the test's code: a literal max_workers is the suite's own concurrency,
    // cited with its tests; where the server had room, the pool grows to it.
    ImportedRun run;
    for (const char *name : { "test_a", "test_b" }) {
        TestFailure f;
        f.name = name;
        f.message = "urllib3.exceptions.EmptyPoolError: HTTPConnectionPool(host='h', port=80): Pool reached "
                    "maximum size and no more connections are allowed.";
        f.trace = "    def test_batch():\n>       with ThreadPoolExecutor(max_workers=24) as pool:\n"
                  "E   urllib3.exceptions.EmptyPoolError: Pool reached maximum size";
        f.output = "WARNING Connection pool is full, discarding connection: h. Connection pool size: 8";
        run.failures << f;
    }
    run.counts.total = run.counts.failed = 2;
    Stored in;
    in.runs << discoveryRun(4, 40);
    const Diagnosis d = RootCauseAnalysis::analyse(run, FailureRules::builtIn(), ofTestedServer(in, run));
    const RootCause *c = causeOf(d, "pool_exhausted");
    QVERIFY(c);
    QVERIFY(hasEvidence(*c, Evidence::Source::TestRun, "starts 24 worker threads"));
    QVERIFY(hasEvidence(*c, Evidence::Source::TestRun, "pool of 8 connections"));
    QVERIFY(hasEvidence(*c, Evidence::Source::TestRun, "Its pool blocked"));
    QCOMPARE(d.recommendations.first().id, "size_pool");
    QCOMPARE(d.recommendations.first().pool, 24);
}

void TestDiagnosis::capacityJoinsTheOverloadCause()
{
    Stored in;
    in.runs << discoveryRun(12, 37);
    const Diagnosis d = analyseMeasured("pytest-requests-xunit2.xml", in);
    const RootCause *c = causeOf(d, "overloaded_503");
    QVERIFY(c);
    QVERIFY2(c->statement.contains("37"), qPrintable(c->statement));
    QVERIFY2(c->fix.contains("37"), qPrintable(c->fix));
    QVERIFY(hasEvidence(*c, Evidence::Source::Measurement, "run #12"));
    for (const Evidence &e : c->evidence)
        QVERIFY2(e.source != Evidence::Source::NotMeasured || !e.text.contains("capacity"), qPrintable(e.text));
}

void TestDiagnosis::measurementsOfAnotherServerAreLeftOut()
{
    // A discovery and a profile of another server do not explain this run's 503s: they are
    // left out, and the diagnosis says so and which servers the tests talked to.
    Stored in;
    in.runs << discoveryRun(12, 37);
    in.runs.first().summary.target = "http://staging.example:8080";
    QString error;
    in.profile
        = TargetProfile::fromJson({ { "name", "staging" }, { "base_url", "http://staging.example:8080" } }, &error);
    QVERIFY2(in.profile, qPrintable(error));
    const ImportedRun run = importData({ "surefire-TEST-com.example.JobApiIT.xml" });
    const Diagnosis d = RootCauseAnalysis::analyse(run, FailureRules::builtIn(), in);
    QCOMPARE(d.testedTargets.size(), 1);
    QCOMPARE(d.testedTargets.first().endpoint.text(), "focus.lab:8080");
    QVERIFY(d.inputs.measurements.isEmpty());
    QVERIFY(!d.inputs.profile);
    const QString notes = d.targetNotes.join('\n');
    QVERIFY2(notes.contains("The tests talked to") && notes.contains("focus.lab:8080"), qPrintable(notes));
    QVERIFY2(notes.contains("staging.example:8080") && notes.contains("run #12") && notes.contains("does not apply"),
             qPrintable(notes));
    QVERIFY2(notes.contains("\"staging\""), qPrintable(notes));
    const QJsonObject json = d.toJson();
    QCOMPARE(json["tested_targets"].toArray().first().toObject()["host"].toString(), "focus.lab");
    QCOMPARE(json["target_notes"].toArray().size(), 3);

    // The same measurements of the tested server are joined.
    in.runs.first().summary.target = "http://focus.lab:8080";
    in.profile->baseUrl = QUrl("http://focus.lab:8080");
    const Diagnosis joined = RootCauseAnalysis::analyse(run, FailureRules::builtIn(), in);
    QCOMPARE(joined.inputs.measurements.size(), 1);
    QVERIFY(joined.inputs.profile);
    QCOMPARE(joined.targetNotes.size(), 1);
}

void TestDiagnosis::failuresAtTheTokenServerAreOfItsProfilesServer()
{
    // Every test failed fetching its token: the failures name only the OAuth2 token server. They
    // were on their way to the profile's job server, whose measurements apply; a profile whose
    // token comes from elsewhere does not.
    ImportedRun run;
    for (int i = 0; i < 3; ++i) {
        TestFailure f;
        f.name = QStringLiteral("test_job_%1").arg(i);
        f.message = "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: "
                    "http://auth.lab:9443/oauth/token";
        run.failures << f;
        ++run.counts.failed;
        ++run.counts.total;
    }
    Stored in;
    StoredRun authProbe = probeRun(6, "auth", false, "The token server refused the client credentials (HTTP 401)");
    authProbe.summary.target = "http://focus.lab:8080";
    in.runs << authProbe;
    QString error;
    in.profile = TargetProfile::fromJson({ { "name", "focus" },
                                           { "base_url", "http://focus.lab:8080" },
                                           { "auth",
                                             QJsonObject { { "type", "oauth2" },
                                                           { "token_url", "http://auth.lab:9443/oauth/token" },
                                                           { "client_id", "qa" },
                                                           { "secret_key", "focus/client-secret" } } } },
                                         &error);
    QVERIFY2(in.profile, qPrintable(error));
    const Diagnosis d = RootCauseAnalysis::analyse(run, FailureRules::builtIn(), in);
    QCOMPARE(d.testedTargets.size(), 1);
    QCOMPARE(d.testedTargets.first().endpoint.text(), "auth.lab:9443");
    QCOMPARE(d.inputs.measurements.size(), 1);
    QVERIFY(d.inputs.profile);
    const QString notes = d.targetNotes.join('\n');
    QVERIFY2(notes.contains("token server of the profile") && notes.contains("focus.lab:8080"), qPrintable(notes));
    const RootCause *auth = causeOf(d, "auth");
    QVERIFY(auth);
    QVERIFY(hasEvidence(*auth, Evidence::Source::Measurement, "refused the client credentials"));

    // Its token from another server: the failures are not on their way to it.
    in.profile->auth.tokenUrl = "http://sso.other:9443/token";
    const Diagnosis other = RootCauseAnalysis::analyse(run, FailureRules::builtIn(), in);
    QVERIFY(other.inputs.measurements.isEmpty());
    QVERIFY(!other.inputs.profile);
}

void TestDiagnosis::measurementsSettleWhatTheTextCannot()
{
    auto probe = [](qint64 id, const QString &kind, const QString &target, bool ok, const QString &outcome,
                    const QString &verdict) {
        StoredRun r = probeRun(id, kind, ok, verdict);
        r.summary.target = target;
        r.result.insert("details", QJsonObject { { "outcome", outcome } });
        return r;
    };
    auto categoryOf = [](const Diagnosis &d, const QString &test) {
        for (int i = 0; i < d.run.failures.size(); ++i)
            if (d.run.failures[i].name == test)
                return d.classifications[i];
        return Classification();
    };
    // axios says "timeout of 1000ms exceeded" for a connect and a response timeout alike; a
    // health probe of the same server that timed out connecting settles it — for that server.
    const ImportedRun node = importData({ "node-jest-junit.xml" });
    QString blackhole;
    for (const TestFailure &f : node.failures)
        if (f.name == "node-fetch connect timeout")
            blackhole = "http://" + endpointsNamedBy(f).value(0).text();
    Stored in;
    in.runs << probe(7, "health", blackhole, false, "connect_timeout",
                     "The target did not accept a connection in time.");
    Diagnosis d = RootCauseAnalysis::analyse(node, FailureRules::builtIn(), in);
    const Classification settled = categoryOf(d, "node-fetch connect timeout");
    QCOMPARE(settled.category, "connect_timeout");
    QCOMPARE(settled.confidence, "likely");
    QVERIFY2(settled.settledBy.contains("run #7"), qPrintable(settled.settledBy));
    QCOMPARE(categoryOf(d, "node-fetch read timeout").category, "read_timeout"); // another server: not settled
    QCOMPARE(categoryOf(d, "node-fetch read timeout").confidence, "ambiguous");
    QVERIFY(hasEvidence(*causeOf(d, "connect_timeout"), Evidence::Source::Measurement, "said too little"));
    bool inJson = false;
    for (const QJsonValue &f : d.toJson()["failures"].toArray())
        inJson = inJson || f.toObject()["settled_by"].toString() == settled.settledBy;
    QVERIFY(inJson);

    // A 503 that does not say why: the readiness probe found the server waiting for fibre.
    ImportedRun bare;
    for (int i = 0; i < 10; ++i) {
        TestFailure f;
        f.name = QStringLiteral("test_job_%1").arg(i);
        f.message = "AxiosError: Request failed with status code 503";
        bare.failures << f;
        bare.timings.push_back({ 1'700'000'000'000, 2.0f, TestStatus::Failed, {}, 0, 0 }); // ten at once
    }
    bare.counts.total = bare.counts.failed = 10;
    Stored waiting;
    waiting.runs << probe(8, "readiness", "http://127.0.0.1:8080", false, "waiting_for_fiber_503", "waiting for fibre");
    d = RootCauseAnalysis::analyse(bare, FailureRules::builtIn(), waiting);
    QCOMPARE(d.classifications.first().category, "waiting_for_fiber_503");
    // Ready, and a measured capacity of 4 below the 10 the suite ran at once: overload.
    Stored ready;
    ready.runs << probe(9, "readiness", "http://127.0.0.1:8080", true, "ok", "The server is ready.")
               << discoveryRun(10, 4);
    d = RootCauseAnalysis::analyse(bare, FailureRules::builtIn(), ready);
    QCOMPARE(d.classifications.first().category, "overloaded_503");
    QCOMPARE(d.classifications.first().confidence, "likely");
    QVERIFY2(d.classifications.first().settledBy.contains("below the 10"),
             qPrintable(d.classifications.first().settledBy));
    // …but not with a capacity above it: the text still cannot tell.
    ready.runs[1].summary.capacity = 40;
    d = RootCauseAnalysis::analyse(bare, FailureRules::builtIn(), ready);
    QCOMPARE(d.classifications.first().confidence, "ambiguous");
}

void TestDiagnosis::aLocustRampCountsAsACapacityMeasurement()
{
    // A ramp run on a Locust cluster and imported (fathom import-locust) measures capacity too;
    // the latest capacity measurement wins, whichever tool made it.
    Stored in;
    in.runs << discoveryRun(12, 37);
    StoredRun locust = discoveryRun(14, 48);
    locust.summary.kind = "locust";
    locust.summary.startedAt = locust.summary.startedAt.addDays(1);
    in.runs << locust;
    const Diagnosis d = analyseMeasured("pytest-requests-xunit2.xml", in);
    const RootCause *c = causeOf(d, "overloaded_503");
    QVERIFY(c);
    QVERIFY2(c->statement.contains("48"), qPrintable(c->statement));
    QVERIFY(hasEvidence(*c, Evidence::Source::Measurement, "A Locust ramp (run #14"));
}

void TestDiagnosis::aRunThatMeasuredNoCapacityIsNotZero_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("stopReason");
    QTest::addColumn<int>("capacity");
    QTest::addRow("unreachable") << "finished"
                                 << "target_unreachable" << -1;
    QTest::addRow("nothing passed") << "finished"
                                    << "no_level_passed" << -1;
    QTest::addRow("cancelled at 4, stored before runs kept -1") << "cancelled"
                                                                << "cancelled" << 4;
    QTest::addRow("rate limited") << "finished"
                                  << "rate_limited" << -1;
}

void TestDiagnosis::aRunThatMeasuredNoCapacityIsNotZero()
{
    // Before: "measured capacity is 0 … limit the suite's concurrency to at most 0 jobs".
    QFETCH(QString, status);
    QFETCH(QString, stopReason);
    QFETCH(int, capacity);
    StoredRun r = discoveryRun(21, capacity);
    r.summary.status = status;
    r.summary.stopReason = stopReason;
    Stored in;
    in.runs << r;
    const Diagnosis d = analyseMeasured("pytest-requests-xunit2.xml", in);
    const RootCause *c = causeOf(d, "overloaded_503");
    QVERIFY(c);
    QVERIFY2(!c->statement.contains("capacity is"), qPrintable(c->statement));
    QVERIFY2(!c->fix.contains(" 0 ") && !c->fix.contains(QString::number(capacity)), qPrintable(c->fix));
    QVERIFY(hasEvidence(*c, Evidence::Source::Measurement, "run #21"));
    QVERIFY(hasEvidence(*c, Evidence::Source::Measurement, "measured no capacity"));
    QVERIFY(hasEvidence(*c, Evidence::Source::NotMeasured, "capacity"));
}

void TestDiagnosis::withoutMeasurementsSaysNotMeasured()
{
    const Diagnosis d
        = RootCauseAnalysis::analyse(importData({ "pytest-requests-xunit2.xml" }), FailureRules::builtIn(), {});
    QVERIFY(hasEvidence(*causeOf(d, "overloaded_503"), Evidence::Source::NotMeasured, "capacity"));
    QVERIFY(hasEvidence(*causeOf(d, "connect_timeout"), Evidence::Source::NotMeasured, "health probe"));
    const Diagnosis java = RootCauseAnalysis::analyse(importData({ "surefire-TEST-com.example.JobApiIT.xml" }),
                                                      FailureRules::builtIn(), {});
    QVERIFY(hasEvidence(*causeOf(java, "pool_exhausted"), Evidence::Source::NotMeasured, "pool probe"));
    QVERIFY(hasEvidence(*causeOf(d, "waiting_for_fiber_503"), Evidence::Source::NotMeasured, "readiness probe"));
    QVERIFY(!causeOf(d, "overloaded_503")->statement.contains("capacity is"));
}

void TestDiagnosis::healthProbeDecidesConnectTimeouts()
{
    const ImportedRun run = importData({ "surefire-TEST-com.example.JobApiIT.xml" });
    Stored down;
    down.runs << probeRun(3, "health", false, "The target did not answer its health check");
    Diagnosis d = RootCauseAnalysis::analyse(run, FailureRules::builtIn(), ofTestedServer(down, run));
    QVERIFY(causeOf(d, "connect_timeout")->statement.contains("not a product bug"));
    QVERIFY(hasEvidence(*causeOf(d, "connect_timeout"), Evidence::Source::Measurement, "did not answer"));

    Stored up;
    up.runs << probeRun(4, "health", true, "The target is healthy") << probeRun(2, "health", false, "older");
    up.runs[1].summary.startedAt = up.runs[0].summary.startedAt.addDays(-1); // the latest probe counts
    d = RootCauseAnalysis::analyse(run, FailureRules::builtIn(), ofTestedServer(up, run));
    QVERIFY(causeOf(d, "connect_timeout")->statement.contains("accept queue"));
    QVERIFY(hasEvidence(*causeOf(d, "connect_timeout"), Evidence::Source::Measurement, "run #4"));
}

void TestDiagnosis::poolCauseCitesPoolSizes()
{
    Stored in;
    QString error;
    in.profile = TargetProfile::fromJson({ { "name", "focus" },
                                           { "base_url", "http://127.0.0.1:8080" },
                                           { "client", QJsonObject { { "pool_size", 200 } } } },
                                         &error);
    QVERIFY2(in.profile, qPrintable(error));
    in.runs << probeRun(5, "pool", true, "200 concurrent requests through a pool of 10 waited up to 900 ms");
    // Apache HttpClient timed out waiting for a connection from its pool: a pool exhausted.
    // (urllib3's "Connection pool is full" in a log is no such failure; see corpusCategories.)
    const Diagnosis d = analyseMeasured("surefire-TEST-com.example.JobApiIT.xml", in);
    const RootCause *c = causeOf(d, "pool_exhausted");
    QVERIFY(c);
    // Fathom's profile is named as Fathom's, never as the suite's client.
    QVERIFY(hasEvidence(*c, Evidence::Source::Profile,
                        "Fathom's profile \"focus\" (how Fathom connects, not the "
                        "suite): a pool of 200"));
    // An unnamed profile is Fathom's defaults: it says nothing about the target or the suite.
    Stored unnamed = in;
    unnamed.profile->name.clear();
    const Diagnosis d2 = RootCauseAnalysis::analyse(importData({ "surefire-TEST-com.example.JobApiIT.xml" }),
                                                    FailureRules::builtIn(), unnamed);
    for (const RootCause &cause : d2.rootCauses)
        QVERIFY(!hasEvidence(cause, Evidence::Source::Profile, ""));
    QVERIFY(hasEvidence(*c, Evidence::Source::Measurement, "Pool probe (run #5"));
}

void TestDiagnosis::timeoutsClusteringAtRampUp()
{
    // 100 tests over ~100 s; the ten connect timeouts all start in the first second.
    ImportedRun run;
    const QDateTime t0(QDate(2025, 11, 7), QTime(10, 0));
    for (int i = 0; i < 100; ++i) {
        const QDateTime at = i < 10 ? t0.addMSecs(i * 50) : t0.addSecs(i);
        run.timings.push_back(
            { at.toMSecsSinceEpoch(), 1, i < 10 ? TestStatus::Failed : TestStatus::Passed, {}, 0, 0 });
        if (i < 10)
            run.failures << timed(QString("t%1").arg(i), "java.net.SocketTimeoutException: connect timed out", at);
    }
    run.counts = { 100, 90, 10, 0, 0 };
    const Diagnosis d = RootCauseAnalysis::analyse(run, FailureRules::builtIn(), {});
    QCOMPARE(d.rootCauses.size(), 1);
    const RootCause &c = d.rootCauses.first();
    QVERIFY2(c.statement.contains("ramps up"), qPrintable(c.statement));
    QVERIFY(hasEvidence(c, Evidence::Source::TestRun, "10 of 10 started within 0.5 s"));
    QCOMPARE(c.first, t0);
    QCOMPARE(d.timeline.failures.value("connect_timeout").first(), 10);
    int started = 0;
    for (int n : d.timeline.started)
        started += n;
    QCOMPARE(started, 100);
    QVERIFY(!d.timeline.estimated);

    // The same failures spread over the run do not cluster.
    for (int i = 0; i < 10; ++i)
        run.failures[i].startedAt = t0.addSecs(i * 10);
    const Diagnosis spread = RootCauseAnalysis::analyse(run, FailureRules::builtIn(), {});
    QVERIFY(!spread.rootCauses.first().statement.contains("ramps up"));
    QVERIFY(hasEvidence(spread.rootCauses.first(), Evidence::Source::TestRun, "spread over the run"));
}

void TestDiagnosis::jsonHasTheDocumentedShape()
{
    const Diagnosis d
        = RootCauseAnalysis::analyse(importData({ "pytest-requests-xunit2.xml" }), FailureRules::builtIn(), {});
    const QJsonObject json = d.toJson();
    const QJsonObject summary = json["summary"].toObject();
    QCOMPARE(summary["total"].toInt(), 15);
    QCOMPARE(summary["passed"].toInt(), 2);
    QCOMPARE(summary["failed"].toInt(), 12);
    QCOMPARE(summary["errors"].toInt(), 0);
    QCOMPARE(summary["skipped"].toInt(), 1);
    const QJsonArray failures = json["failures"].toArray();
    QCOMPARE(failures.size(), 12);
    for (const QJsonValue &v : failures) {
        const QJsonObject f = v.toObject();
        for (const char *key : { "classname", "name", "file", "status", "category", "rule", "matched_text" })
            QVERIFY2(f.contains(key), key);
        QVERIFY(FailureRules::builtInCategoryIds().contains(f["category"].toString()));
        QCOMPARE(f["status"].toString(), "failed");
        QVERIFY(f["file"].toString().endsWith("pytest-requests-xunit2.xml"));
        if (f["category"].toString() != "unknown")
            QVERIFY(!f["matched_text"].toString().isEmpty());
    }
    const QJsonArray causes = json["root_causes"].toArray();
    QCOMPARE(causes.size(), d.rootCauses.size());
    for (const QJsonValue &v : causes) {
        const QJsonObject c = v.toObject();
        for (const char *key : { "category", "count", "statement", "evidence", "fix" })
            QVERIFY2(c.contains(key), key);
        QVERIFY(c["evidence"].isArray() && !c["evidence"].toArray().isEmpty());
        QVERIFY(c["evidence"].toArray().first().isString());
    }
}

void TestDiagnosis::uniqueErrorsGroupTheStorysFailures()
{
    // The story's 6 overloaded jobs are one error at 6 job numbers; its 11 failures, 4 errors.
    const Diagnosis d
        = RootCauseAnalysis::analyse(importData({ "story-pytest-logs.xml" }), FailureRules::builtIn(), {});
    QCOMPARE(d.signatures.size(), d.run.failures.size());
    const RootCause *overload = causeOf(d, "overloaded_503");
    QVERIFY(overload);
    QCOMPARE(overload->uniqueErrors.size(), 1);
    const UniqueError &e = overload->uniqueErrors.first();
    QCOMPARE(e.count(), 6);
    QVERIFY2(e.signature.startsWith(QStringLiteral(
                 "AssertionError: job <num>: 503 {\"error\": \"Server overloaded\"}\nassert 503 == 201")),
             qPrintable(e.signature));
    QVERIFY(e.first.isValid() && e.last.isValid() && e.first <= e.last);
    QCOMPARE(d.uniqueErrorCount(), 4);

    const QJsonObject json = d.toJson();
    const QJsonArray unique = json["unique_errors"].toArray();
    QCOMPARE(unique.size(), 4);
    QSet<QString> ids;
    int counted = 0;
    for (const QJsonValue &v : unique) {
        const QJsonObject u = v.toObject();
        for (const char *key : { "signature", "signature_id", "category", "count", "example" })
            QVERIFY2(u.contains(key), key);
        QVERIFY(u["example"].toObject().contains("name"));
        ids << u["signature_id"].toString();
        counted += u["count"].toInt();
    }
    QCOMPARE(counted, 11);
    for (const QJsonValue &v : json["failures"].toArray()) {
        QVERIFY(!v["signature"].toString().isEmpty());
        QVERIFY(ids.contains(v["signature_id"].toString()));
    }
    QCOMPARE(json["root_causes"].toArray().first()["unique_errors"].toInt(),
             int(d.rootCauses.first().uniqueErrors.size()));
}

void TestDiagnosis::reclassifyWithOtherRules()
{
    const Diagnosis d
        = RootCauseAnalysis::analyse(importData({ "pytest-requests-xunit2.xml" }), FailureRules::builtIn(), {});
    QString error;
    const auto mine = FailureRules::fromJson(R"([{"name": "Everything", "matchedStatuses": ["failed"]}])", &error);
    QVERIFY2(mine, qPrintable(error));
    const Diagnosis again = RootCauseAnalysis::reclassify(d, *mine);
    QCOMPARE(again.rootCauses.size(), 1);
    QCOMPARE(again.rootCauses.first().category, "everything");
    QCOMPARE(again.rootCauses.first().count, 12);
    QCOMPARE(again.run.counts.total, 15);
}

void TestDiagnosis::emptyRun()
{
    const Diagnosis d = RootCauseAnalysis::analyse({}, FailureRules::builtIn(), {});
    QVERIFY(d.rootCauses.isEmpty());
    QVERIFY(d.timeline.isEmpty());
    QCOMPARE(d.toJson()["summary"].toObject()["total"].toInt(), 0);
}

void TestDiagnosis::everyCategorySaysWhatItIs()
{
    // The categories are one table: a rule per category and a failure for each give a cause per
    // category, which says the table's words where nothing is measured (categories.cpp).
    QList<FailureRule> rules;
    ImportedRun run;
    for (const Category &c : builtInCategories()) {
        FailureRule r;
        r.category = QString::fromLatin1(c.id);
        r.name = categoryTitle(c);
        r.messageRegex = QStringLiteral("^case %1$").arg(r.category);
        rules << r;
        TestFailure f;
        f.name = QStringLiteral("test_") + r.category;
        f.message = QStringLiteral("case ") + r.category;
        run.failures << f;
        ++run.counts.failed;
        ++run.counts.total;
    }
    QString error;
    const auto table = FailureRules::fromRules(rules, &error);
    QVERIFY2(table, qPrintable(error));
    const Diagnosis d = RootCauseAnalysis::analyse(run, *table, {});
    QCOMPARE(d.rootCauses.size(), qsizetype(builtInCategories().size()));
    for (const Category &c : builtInCategories()) {
        const RootCause *cause = causeOf(d, QString::fromLatin1(c.id));
        QVERIFY2(cause, c.id);
        QCOMPARE(cause->title, categoryTitle(c));
        QCOMPARE(cause->infrastructure, c.infrastructure);
        QVERIFY(!categoryStatement(c).isEmpty() && !categoryFix(c).isEmpty());
        QCOMPARE(cause->statement, categoryStatement(c));
        QCOMPARE(cause->fix, categoryFix(c));
    }
    // Every category the built-in rules sort into has its row.
    for (const FailureRule &r : FailureRules::builtIn().rules()) {
        QVERIFY2(builtInCategory(r.category), qPrintable(r.category));
        for (const QString &other : r.alternatives)
            QVERIFY2(builtInCategory(other), qPrintable(other));
    }
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
