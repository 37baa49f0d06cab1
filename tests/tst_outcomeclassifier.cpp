#include "network/outcomeclassifier.h"
#include "network/visibletext.h"

#include <QTest>

using namespace fathom;

class TestOutcomeClassifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data();
    void classify();
    void fiberBodies_data();
    void fiberBodies();
    void groupsAgree();
    void idsAreStableAndRoundTrip();
    void serverTextsShowTheirControls_data();
    void serverTextsShowTheirControls();
};

void TestOutcomeClassifier::classify_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("connectTimedOut");
    QTest::addColumn<bool>("requestTimedOut");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("truncated");

    using E = QNetworkReply;
    QTest::addRow("200") << int(E::NoError) << 200 << QByteArray("{}") << false << false << false << "ok" << false;
    QTest::addRow("204") << int(E::NoError) << 204 << QByteArray() << false << false << false << "ok" << false;
    // Only 2xx is a success: Fathom follows no redirect, and a final 1xx is no answer to the job.
    QTest::addRow("302 not followed") << int(E::NoError) << 302 << QByteArray() << false << false << false
                                      << "unexpected_status" << false;
    QTest::addRow("301") << int(E::NoError) << 301 << QByteArray() << false << false << false << "unexpected_status"
                         << false;
    QTest::addRow("final 101") << int(E::NoError) << 101 << QByteArray() << false << false << false
                               << "unexpected_status" << false;
    QTest::addRow("404") << int(E::ContentNotFoundError) << 404 << QByteArray("nope") << false << false << false
                         << "http_4xx" << false;
    QTest::addRow("401") << int(E::AuthenticationRequiredError) << 401 << QByteArray() << false << false << false
                         << "http_4xx" << false;
    QTest::addRow("429") << int(E::UnknownContentError) << 429 << QByteArray() << false << false << false
                         << "rate_limited" << false;
    QTest::addRow("503 overloaded json") << int(E::ServiceUnavailableError) << 503
                                         << QByteArray(R"({"error":"Server overloaded"})") << false << false << false
                                         << "overloaded_503" << false;
    QTest::addRow("503 empty body") << int(E::ServiceUnavailableError) << 503 << QByteArray() << false << false << false
                                    << "overloaded_503" << false;
    QTest::addRow("503 html") << int(E::ServiceUnavailableError) << 503
                              << QByteArray("<html><body>Service Unavailable</body></html>") << false << false << false
                              << "overloaded_503" << false;
    QTest::addRow("503 fiber json") << int(E::ServiceUnavailableError) << 503
                                    << QByteArray(R"({"error":"waiting for fiber"})") << false << false << false
                                    << "waiting_for_fiber_503" << false;
    QTest::addRow("503 fibre spelling, nested")
        << int(E::ServiceUnavailableError) << 503
        << QByteArray(R"({"detail":{"msg":"System is Waiting For Fibre data"}})") << false << false << false
        << "waiting_for_fiber_503" << false;
    QTest::addRow("503 fiber plain text")
        << int(E::ServiceUnavailableError) << 503 << QByteArray("still waiting for fiber...") << false << false << false
        << "waiting_for_fiber_503" << false;
    QTest::addRow("503 binary garbage") << int(E::ServiceUnavailableError) << 503 << QByteArray("\x00\xff\xfe{{{", 6)
                                        << false << false << false << "overloaded_503" << false;
    QTest::addRow("503 mentions fiber without waiting")
        << int(E::ServiceUnavailableError) << 503 << QByteArray(R"({"error":"fiber cut, overloaded"})") << false
        << false << false << "overloaded_503" << false;
    QTest::addRow("500") << int(E::InternalServerError) << 500 << QByteArray() << false << false << false
                         << "server_error_5xx" << false;
    QTest::addRow("502") << int(E::UnknownServerError) << 502 << QByteArray() << false << false << false
                         << "server_error_5xx" << false;
    QTest::addRow("504") << int(E::UnknownServerError) << 504 << QByteArray() << false << false << false
                         << "server_error_5xx" << false;
    QTest::addRow("refused") << int(E::ConnectionRefusedError) << 0 << QByteArray() << false << false << false
                             << "connection_refused" << false;
    QTest::addRow("closed without answer")
        << int(E::RemoteHostClosedError) << 0 << QByteArray() << false << false << false << "connection_reset" << false;
    QTest::addRow("closed mid-answer after 201") << int(E::RemoteHostClosedError) << 201 << QByteArray("{\"job_")
                                                 << false << false << false << "connection_reset" << false;
    QTest::addRow("dns") << int(E::HostNotFoundError) << 0 << QByteArray() << false << false << false << "dns_failure"
                         << false;
    QTest::addRow("tls") << int(E::SslHandshakeFailedError) << 0 << QByteArray() << false << false << false
                         << "tls_error" << false;
    QTest::addRow("connect timer") << int(E::OperationCanceledError) << 0 << QByteArray() << true << false << false
                                   << "connect_timeout" << false;
    QTest::addRow("request timer") << int(E::OperationCanceledError) << 0 << QByteArray() << false << true << false
                                   << "request_timeout" << false;
    QTest::addRow("request timer with partial 200") << int(E::OperationCanceledError) << 200 << QByteArray("{") << false
                                                    << true << false << "request_timeout" << false;
    QTest::addRow("cancelled") << int(E::OperationCanceledError) << 0 << QByteArray() << false << false << true
                               << "cancelled" << false;
    QTest::addRow("201 cut short without error (Qt 6.4 race)")
        << int(E::NoError) << 201 << QByteArray("{\"job_") << false << false << false << "connection_reset" << true;
    QTest::addRow("no status, no error") << int(E::NoError) << 0 << QByteArray() << false << false << false
                                         << "connection_reset" << false;
}

void TestOutcomeClassifier::classify()
{
    QFETCH(int, error);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, connectTimedOut);
    QFETCH(bool, requestTimedOut);
    QFETCH(bool, cancelled);
    QFETCH(QString, expected);
    QFETCH(bool, truncated);
    ReplyFacts f;
    f.truncated = truncated;
    f.error = QNetworkReply::NetworkError(error);
    f.httpStatus = status;
    f.body = body;
    f.connectTimedOut = connectTimedOut;
    f.requestTimedOut = requestTimedOut;
    f.cancelled = cancelled;
    QCOMPARE(outcomeId(classifyReply(f)), expected);
}

void TestOutcomeClassifier::fiberBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("fiber");
    QTest::addRow("empty") << QByteArray() << false;
    QTest::addRow("array") << QByteArray(R"(["x", {"e": "waiting for fiber"}])") << true;
    QTest::addRow("key only") << QByteArray(R"({"waiting for fiber": 1})") << false;
    QTest::addRow("deep nesting is bounded") << QByteArray(5000, '[') << false;
    QTest::addRow("huge body, phrase at the head")
        << (QByteArray("waiting for fiber ") + QByteArray(10'000'000, 'x')) << true;
    QTest::addRow("huge body, phrase far away") << (QByteArray(10'000'000, 'x') + "waiting for fiber") << false;
    QTest::addRow("invalid utf-8") << QByteArray("\xc3\x28 waiting  for the fiber") << true;
}

void TestOutcomeClassifier::fiberBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, fiber);
    QCOMPARE(bodySaysWaitingForFiber(body), fiber);
}

void TestOutcomeClassifier::groupsAgree()
{
    // One place decides what a class means: no answer, an error answer, turned away.
    for (OutcomeClass c : allOutcomeClasses()) {
        QVERIFY(!(isTransportFailure(c) && isErrorAnswer(c)));
        if (isUnreachable(c))
            QVERIFY(isTransportFailure(c));
    }
    QVERIFY(isTurnedAway(OutcomeClass::Overloaded503));
    QVERIFY(isTurnedAway(OutcomeClass::ConnectionRefused));
    QVERIFY(!isTurnedAway(OutcomeClass::RateLimited)); // a rate, not room
    QVERIFY(isErrorAnswer(OutcomeClass::RateLimited));
    QVERIFY(!isTransportFailure(OutcomeClass::Ok) && !isErrorAnswer(OutcomeClass::Ok));
}

void TestOutcomeClassifier::idsAreStableAndRoundTrip()
{
    const QStringList expected = { "ok",
                                   "http_4xx",
                                   "overloaded_503",
                                   "waiting_for_fiber_503",
                                   "server_error_5xx",
                                   "connect_timeout",
                                   "request_timeout",
                                   "pool_wait_timeout",
                                   "connection_refused",
                                   "connection_reset",
                                   "tls_error",
                                   "dns_failure",
                                   "circuit_open",
                                   "cancelled",
                                   "unexpected_status",
                                   "rate_limited" };
    QCOMPARE(int(allOutcomeClasses().size()), expected.size());
    for (OutcomeClass c : allOutcomeClasses()) {
        QCOMPARE(outcomeId(c), expected[int(c)]);
        QCOMPARE(outcomeFromId(outcomeId(c)), c);
    }
    QVERIFY(!outcomeFromId(u"nonsense").has_value());
}

void TestOutcomeClassifier::serverTextsShowTheirControls_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("shown");
    QTest::addRow("json error") << QByteArray(R"({"error": "Server overloaded"})") << "Server overloaded";
    QTest::addRow("escape in json") << QByteArray(R"({"error": "\u001b[2Jgone\u0007"})") << "\\x1b[2Jgone\\x07";
    QTest::addRow("raw escapes") << QByteArray("\x1b]0;title\x07 red \x1b[31m") << "\\x1b]0;title\\x07 red \\x1b[31m";
    QTest::addRow("8-bit csi in json") << QByteArray(R"({"message": "a\u009b31mb"})") << "a\\x9b31mb";
    QTest::addRow("delete") << QByteArray(R"({"detail": "x\u007fy"})") << "x\\x7fy";
    QTest::addRow("line breaks stay") << QByteArray(R"({"error": "one\r\ntwo\tthree"})") << "one\ntwo\tthree";
    // Shown, a control character takes four places; the text stays within its 200 (fuzz_response_body).
    QTest::addRow("many controls stay within 200") << QByteArray(150, '\0') + "AAAA" << QString("\\x00").repeated(50);
}

void TestOutcomeClassifier::serverTextsShowTheirControls()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, shown);
    QCOMPARE(serverMessage(body), shown);
    QCOMPARE(visibleControls(shown), shown); // shown once, stays as it is
}

QTEST_GUILESS_MAIN(TestOutcomeClassifier)
#include "tst_outcomeclassifier.moc"
