#include "network/retrypolicy.h"

#include <QTest>

using namespace fathom;

namespace {
AttemptRecord attempt(OutcomeClass c, int status = 0, qint64 retryAfterMs = -1)
{
    AttemptRecord a;
    a.outcome = c;
    a.httpStatus = status;
    a.retryAfterMs = retryAfterMs;
    return a;
}
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultScheduleIsOneTwoFourSeconds();
    void decisions_data();
    void decisions();
    void retryAfterIsALowerBound();
    void hugeRetryAfterGivesUp();
    void fullJitterStaysWithinTheBackoff();
    void parseRetryAfter_data();
    void parseRetryAfter();
};

void TestRetryPolicy::defaultScheduleIsOneTwoFourSeconds()
{
    RetryPolicy p;
    const AttemptRecord a = attempt(OutcomeClass::ConnectTimeout);
    QCOMPARE(p.nextDelayMs(a, "GET", 0, false), 1000);
    QCOMPARE(p.nextDelayMs(a, "GET", 1, false), 2000);
    QCOMPARE(p.nextDelayMs(a, "GET", 2, false), 4000);
    QVERIFY(!p.nextDelayMs(a, "GET", 3, false).has_value());
    p.maxDelayMs = 3000;
    QCOMPARE(p.nextDelayMs(a, "GET", 2, false), 3000);
}

void TestRetryPolicy::decisions_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("reachedServer");
    QTest::addColumn<bool>("retryNonIdempotent");
    QTest::addColumn<bool>("retried");
    using O = OutcomeClass;
    QTest::addRow("GET 503 overloaded") << int(O::Overloaded503) << 503 << QByteArray("GET") << true << false << true;
    QTest::addRow("GET waiting for fiber")
        << int(O::WaitingForFiber503) << 503 << QByteArray("GET") << true << false << false;
    QTest::addRow("POST waiting for fiber, even if allowed")
        << int(O::WaitingForFiber503) << 503 << QByteArray("POST") << true << true << false;
    QTest::addRow("GET 502") << int(O::ServerError5xx) << 502 << QByteArray("GET") << true << false << true;
    QTest::addRow("GET 504") << int(O::ServerError5xx) << 504 << QByteArray("GET") << true << false << true;
    QTest::addRow("GET 500") << int(O::ServerError5xx) << 500 << QByteArray("GET") << true << false << false;
    QTest::addRow("GET 404") << int(O::Http4xx) << 404 << QByteArray("GET") << true << false << false;
    QTest::addRow("GET ok") << int(O::Ok) << 200 << QByteArray("GET") << true << false << false;
    QTest::addRow("GET read timeout") << int(O::RequestTimeout) << 0 << QByteArray("GET") << true << false << true;
    QTest::addRow("GET reset") << int(O::ConnectionReset) << 0 << QByteArray("GET") << true << false << true;
    QTest::addRow("POST connect timeout (never sent)")
        << int(O::ConnectTimeout) << 0 << QByteArray("POST") << false << false << true;
    QTest::addRow("POST refused (never sent)")
        << int(O::ConnectionRefused) << 0 << QByteArray("POST") << false << false << true;
    QTest::addRow("POST read timeout (sent)")
        << int(O::RequestTimeout) << 0 << QByteArray("POST") << true << false << false;
    QTest::addRow("POST 503 (sent)") << int(O::Overloaded503) << 503 << QByteArray("POST") << true << false << false;
    QTest::addRow("POST 503, configured to retry")
        << int(O::Overloaded503) << 503 << QByteArray("POST") << true << true << true;
    QTest::addRow("DELETE reset (idempotent)")
        << int(O::ConnectionReset) << 0 << QByteArray("DELETE") << true << false << true;
    QTest::addRow("circuit open") << int(O::CircuitOpen) << 0 << QByteArray("GET") << false << false << false;
    QTest::addRow("pool wait timeout") << int(O::PoolWaitTimeout) << 0 << QByteArray("GET") << false << false << false;
    QTest::addRow("cancelled") << int(O::Cancelled) << 0 << QByteArray("GET") << false << false << false;
}

void TestRetryPolicy::decisions()
{
    QFETCH(int, outcome);
    QFETCH(int, status);
    QFETCH(QByteArray, method);
    QFETCH(bool, reachedServer);
    QFETCH(bool, retryNonIdempotent);
    QFETCH(bool, retried);
    RetryPolicy p;
    p.retryNonIdempotent = retryNonIdempotent;
    QCOMPARE(p.nextDelayMs(attempt(OutcomeClass(outcome), status), method, 0, reachedServer).has_value(), retried);
}

void TestRetryPolicy::retryAfterIsALowerBound()
{
    RetryPolicy p;
    QCOMPARE(p.nextDelayMs(attempt(OutcomeClass::Overloaded503, 503, 5000), "GET", 0, true), 5000);
    QCOMPARE(p.nextDelayMs(attempt(OutcomeClass::Overloaded503, 503, 500), "GET", 0, true), 1000);
    QCOMPARE(p.nextDelayMs(attempt(OutcomeClass::Overloaded503, 503, 0), "GET", 2, true), 4000);
}

void TestRetryPolicy::hugeRetryAfterGivesUp()
{
    RetryPolicy p;
    QVERIFY(!p.nextDelayMs(attempt(OutcomeClass::Overloaded503, 503, 3600 * 1000), "GET", 0, true).has_value());
}

void TestRetryPolicy::fullJitterStaysWithinTheBackoff()
{
    RetryPolicy p;
    p.fullJitter = true;
    std::mt19937_64 rng(42);
    qint64 lo = 1 << 30, hi = 0;
    for (int i = 0; i < 2000; ++i) {
        const qint64 d = *p.nextDelayMs(attempt(OutcomeClass::ConnectTimeout), "GET", 2, false, &rng);
        QVERIFY(d >= 0 && d <= 4000);
        lo = std::min(lo, d);
        hi = std::max(hi, d);
    }
    QCOMPARE_LT(lo, 400); // spread over the whole range, not a fixed value
    QCOMPARE_GT(hi, 3600);
    // Jitter never undercuts the server's Retry-After.
    QCOMPARE_GE(*p.nextDelayMs(attempt(OutcomeClass::Overloaded503, 503, 3000), "GET", 0, true, &rng), 3000);
}

void TestRetryPolicy::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("ms");
    QTest::addRow("seconds") << QByteArray("120") << qint64(120'000);
    QTest::addRow("zero") << QByteArray("0") << qint64(0);
    QTest::addRow("spaces") << QByteArray("  3 ") << qint64(3000);
    QTest::addRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::addRow("empty") << QByteArray() << qint64(-1);
    QTest::addRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::addRow("absurdly long") << QByteArray(10'000, '9') << qint64(-1);
    QTest::addRow("http-date 90 s ahead") << QByteArray("Thu, 01 Jan 2026 00:01:30 GMT") << qint64(90'000);
    QTest::addRow("http-date in the past") << QByteArray("Wed, 31 Dec 2025 23:00:00 GMT") << qint64(0);
    QTest::addRow("http-date malformed") << QByteArray("Thu, 32 Jan 2026 00:01:30 GMT") << qint64(-1);
}

void TestRetryPolicy::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, ms);
    const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(parseRetryAfterMs(value, now), ms);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
