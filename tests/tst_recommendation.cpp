// One ordered list of what to change, derived from the causes and the measurements, and
// consistent: the server's capacity decides the limit, and the pool, deadlines and timeouts
// follow from it; a number that is not measured is not given.
#include "diagnosis/recommendation.h"

#include <QJsonArray>
#include <QTest>

using namespace fathom;

namespace {

ServerFacts measured(int capacity, double jobS)
{
    ServerFacts s;
    s.capacity = capacity;
    s.capacityRun = 7;
    s.jobS = jobS;
    return s;
}

QStringList ids(const QList<Recommendation> &list)
{
    QStringList out;
    for (const Recommendation &r : list)
        out << r.id;
    return out;
}

} // namespace

class TestRecommendation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theStory();
    void theServerIsTheLimitSoThePoolIsNotEnlarged_data();
    void theServerIsTheLimitSoThePoolIsNotEnlarged();
    void whereTheServerHadRoomThePoolGrows();
    void withoutMeasurementsNoNumbers();
    void deadlineArithmetic_data();
    void deadlineArithmetic();
    void onlyWhatTheCausesNeed();
};

void TestRecommendation::theStory()
{
    // 503s, the tests' own deadlines, a test's short timeout and an assertion; capacity 12 and a
    // job of 1.0 s measured; batches of up to 40, a read timeout of 0.8 s in the texts.
    SuiteClient client;
    client.largestBatch = 40;
    client.readTimeoutsS = { { 0.8, 1 } };
    client.poolSizes = { { 10, 9 } };
    const auto list = Recommendations::derive({ "overloaded_503", "test_deadline", "read_timeout", "assertion" },
                                              measured(12, 1.0), client);
    QCOMPARE(ids(list), (QStringList { "limit_concurrency", "set_deadline", "raise_timeout", "review_assertions" }));
    QCOMPARE(list[0].concurrency, 12);
    QCOMPARE(list[0].pool, 12);
    QVERIFY(list[0].because.contains("run #7"));
    QCOMPARE(list[1].deadlineS, 6.0); // ⌈40 ÷ 12⌉ = 4 rounds of 1.0 s, and half again
    QCOMPARE(list[1].forJobs, 40);
    QCOMPARE(list[2].timeoutS, 1.5);
    QVERIFY2(list[2].because.contains("0.8"), qPrintable(list[2].because));
    // Nothing for the assertion carries a number: no setting fixes a test's expectation.
    QVERIFY(!list[3].concurrency && !list[3].pool && !list[3].timeoutS && !list[3].deadlineS);
    const QJsonObject json = list[0].toJson();
    QCOMPARE(json.value("concurrency").toInt(), 12);
    QCOMPARE(json.value("pool").toInt(), 12);
    QCOMPARE(json.value("addresses").toArray().first().toString(), "overloaded_503");
}

void TestRecommendation::theServerIsTheLimitSoThePoolIsNotEnlarged_data()
{
    QTest::addColumn<QStringList>("categories");
    QTest::addRow("503s") << QStringList { "overloaded_503" };
    QTest::addRow("a pool exhausted") << QStringList { "pool_exhausted" };
    QTest::addRow("both") << QStringList { "pool_exhausted", "overloaded_503" };
}

void TestRecommendation::theServerIsTheLimitSoThePoolIsNotEnlarged()
{
    // The story's team enlarged the pool from 10 to 200 against a server that takes 12: the 503s
    // only grew. Whatever the suite's pool was, the advice is the server's capacity.
    QFETCH(QStringList, categories);
    SuiteClient client;
    client.poolSizes = { { 20, 3 } }; // a pool larger than the server takes: it is not the limit
    const auto list = Recommendations::derive(categories, measured(12, 1.0), client);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].id, "limit_concurrency");
    QCOMPARE(list[0].pool, 12);
    const QStringList addressed
        = categories.size() == 2 ? QStringList { "overloaded_503", "pool_exhausted" } : categories;
    QCOMPARE(list[0].addresses, addressed);
}

void TestRecommendation::whereTheServerHadRoomThePoolGrows()
{
    // No 503s, a pool of 10, a server that takes 30: requests waited for a connection, not for
    // the server. The pool grows to the suite's 20 workers where the tests name them.
    SuiteClient client;
    client.poolSizes = { { 10, 4 } };
    client.workers = 20;
    auto list = Recommendations::derive({ "pool_exhausted" }, measured(30, 1.0), client);
    QCOMPARE(ids(list), QStringList { "size_pool" });
    QCOMPARE(list[0].pool, 20);
    QVERIFY(!list[0].concurrency); // nothing to limit: the server has room
    QVERIFY2(list[0].because.contains("30 jobs at once"), qPrintable(list[0].because));
    // ...to the capacity where they do not, and never past it.
    client.workers = 0;
    QCOMPARE(Recommendations::derive({ "pool_exhausted" }, measured(30, 1.0), client)[0].pool, 30);
    client.workers = 100;
    QCOMPARE(Recommendations::derive({ "pool_exhausted" }, measured(30, 1.0), client)[0].pool, 30);
    // With 503s as well, the server is a limit too: the limit comes first, with a pool to match.
    list = Recommendations::derive({ "pool_exhausted", "overloaded_503" }, measured(30, 1.0), client);
    QCOMPARE(list[0].id, "limit_concurrency");
    QCOMPARE(list[0].pool, 30);
}

void TestRecommendation::withoutMeasurementsNoNumbers()
{
    SuiteClient client;
    client.largestBatch = 40;
    const auto list = Recommendations::derive({ "overloaded_503", "test_deadline", "read_timeout" }, {}, client);
    QCOMPARE(ids(list), (QStringList { "measure_capacity", "measure_for_deadline", "measure_for_timeout" }));
    for (const Recommendation &r : list) {
        QVERIFY(!r.concurrency && !r.pool && !r.timeoutS && !r.deadlineS);
        QVERIFY2(r.text.contains("fathom") || r.because.contains("fathom"), qPrintable(r.text));
    }
    // A capacity without one job's time gives the limit, and no deadline.
    ServerFacts capacityOnly;
    capacityOnly.capacity = 12;
    const auto some = Recommendations::derive({ "overloaded_503", "test_deadline" }, capacityOnly, client);
    QCOMPARE(ids(some), (QStringList { "limit_concurrency", "measure_for_deadline" }));
}

void TestRecommendation::deadlineArithmetic_data()
{
    QTest::addColumn<int>("jobs");
    QTest::addColumn<int>("capacity");
    QTest::addColumn<double>("jobS");
    QTest::addColumn<double>("deadlineS");
    QTest::addRow("40 at 12 of 1 s") << 40 << 12 << 1.0 << 6.0;
    QTest::addRow("12 at 12 of 1 s: one round") << 12 << 12 << 1.0 << 1.5;
    QTest::addRow("13 at 12: two rounds") << 13 << 12 << 1.0 << 3.0;
    QTest::addRow("rounded up, never down") << 30 << 12 << 1.0025 << 4.6; // 3 × 1.0025 × 1.5 = 4.511
}

void TestRecommendation::deadlineArithmetic()
{
    QFETCH(int, jobs);
    QFETCH(int, capacity);
    QFETCH(double, jobS);
    QFETCH(double, deadlineS);
    SuiteClient client;
    client.largestBatch = jobs;
    const auto list = Recommendations::derive({ "test_deadline" }, measured(capacity, jobS), client);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].deadlineS, deadlineS);
}

void TestRecommendation::onlyWhatTheCausesNeed()
{
    QVERIFY(Recommendations::derive({}, measured(12, 1.0), {}).isEmpty());
    QCOMPARE(ids(Recommendations::derive({ "assertion" }, measured(12, 1.0), {})), QStringList { "review_assertions" });
    QCOMPARE(ids(Recommendations::derive({ "waiting_for_fiber_503" }, {}, {})), QStringList { "skip_until_ready" });
}

QTEST_GUILESS_MAIN(TestRecommendation)
#include "tst_recommendation.moc"
