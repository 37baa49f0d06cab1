#include "diagnosis/failurerules.h"
#include "diagnosis/junitimporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fathom;

namespace {

TestFailure failure(const QString &message, const QString &trace = {}, const QString &output = {},
                    TestStatus status = TestStatus::Failed)
{
    TestFailure f;
    f.name = "t";
    f.message = message;
    f.trace = trace;
    f.output = output;
    f.status = status;
    return f;
}

} // namespace

class TestFailureRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInRulesLoadAndCoverEveryCategory();
    void everyBuiltInRuleLabelIsTranslatable();
    void classifiesEveryStack_data();
    void classifiesEveryStack();
    void sourceCodeInPytestTracesIsNotRead();
    void matchedTextPointsIntoTheField();
    void anAmbiguousMessageYieldsOnlyToOneOfItsCauses();
    void wordsOfACauseInAClientNoRuleKnows_data();
    void wordsOfACauseInAClientNoRuleKnows();
    void aFetchFailureIsItsCauseWhereShown();
    void evidenceHasAnOrder();
    void ruleLabelsNameTheStackThatMatched();
    void confidenceIsHonest_data();
    void confidenceIsHonest();
    void statusesLimitARule();
    void allureCategoriesImportWithFullMatch();
    void allureExportRoundTrip();
    void allureExportKeepsAnOpenQuoteInside();
    void allureExportLeavesOutWhatItCannotWrap_data();
    void allureExportLeavesOutWhatItCannotWrap();
    void fathomJsonRoundTrip();
    void invalidRulesNameTheRule_data();
    void invalidRulesNameTheRule();
    void anEndlessFileIsRefused();
};

void TestFailureRules::everyBuiltInRuleLabelIsTranslatable()
{
    // diagnosis/builtinrulelabels.cpp lists the labels for lupdate: in step with the rules
    // (scripts/update-rule-labels writes it), or a label stays English in Hebrew.
    QStringList listed;
    for (const char *label : FailureRules::builtInRuleLabels())
        listed << QString::fromUtf8(label);
    QStringList labels;
    for (const FailureRule &r : FailureRules::builtIn().rules())
        if (!r.rule.isEmpty())
            labels << r.rule;
    QCOMPARE(listed, labels);
    // A team's own label comes back as written.
    QCOMPARE(FailureRules::ruleTitle("our gateway: upstream gone"), "our gateway: upstream gone");
}

void TestFailureRules::builtInRulesLoadAndCoverEveryCategory()
{
    const FailureRules &rules = FailureRules::builtIn();
    QVERIFY(rules.rules().size() > 20);
    QSet<QString> used;
    for (const FailureRule &r : rules.rules())
        used << r.category;
    for (const QString &id : FailureRules::builtInCategoryIds()) {
        if (id != "unknown")
            QVERIFY2(used.contains(id), qPrintable(id));
        QVERIFY(!FailureRules::categoryTitle(id).isEmpty());
    }
    QCOMPARE(FailureRules::builtInCategoryIds().size(), 14);
    QVERIFY(FailureRules::isInfrastructure("pool_exhausted"));
    QVERIFY(!FailureRules::isInfrastructure("assertion"));
    QVERIFY(!FailureRules::isInfrastructure("unknown"));
    QVERIFY(!FailureRules::isInfrastructure("test_deadline")); // the test's own setting
}

void TestFailureRules::classifiesEveryStack_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("trace");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("category");

    // Python requests / urllib3 (the forms of ../shared/domain.md)
    // Node, as its clients really wrote it (tests/data/junit/node-suite): stack frames name code,
    // and a file's line number is not a status ("http.js:599:11" is not a 5xx).
    QTest::addRow("axios 401 with its stack")
        << ""
        << "AxiosError: Request failed with status code 401\n    at settle (/app/node_modules/axios/lib/core/"
           "settle.js:19:12)\n    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/lib/adapters/"
           "http.js:599:11)"
        << ""
        << "auth";
    QTest::addRow("a Java frame's line number is not a status")
        << ""
        << "java.lang.IllegalStateException: job queue closed\n\tat com.example.Http.send(Http.java:503)"
        << ""
        << "unknown";
    QTest::addRow("axios: the answer broke off") << "AxiosError: maxContentLength size of -1 exceeded"
                                                 << ""
                                                 << ""
                                                 << "connection_reset";
    QTest::addRow("got: the server aborted") << "ReadError: The server aborted pending request"
                                             << ""
                                             << ""
                                             << "connection_reset";
    QTest::addRow("undici: terminated") << "TypeError: terminated"
                                        << ""
                                        << ""
                                        << "connection_reset";
    QTest::addRow("superagent: Unauthorized") << "Error: Unauthorized"
                                              << ""
                                              << ""
                                              << "auth";
    QTest::addRow("superagent: response timeout") << "Error: Response timeout of 1000ms exceeded"
                                                  << ""
                                                  << ""
                                                  << "read_timeout";
    QTest::addRow("superagent's deadline is not mocha's") << "Error: Timeout of 5000ms exceeded"
                                                          << ""
                                                          << ""
                                                          << "read_timeout";
    QTest::addRow("mocha's deadline")
        << "Timeout of 500ms exceeded. For async tests and hooks, ensure \"done()\" is called; if returning a "
           "Promise, ensure it resolves."
        << ""
        << ""
        << "test_deadline";
    QTest::addRow("fetch: AbortSignal.timeout") << "TimeoutError: The operation was aborted due to timeout"
                                                << ""
                                                << ""
                                                << "read_timeout";
    QTest::addRow("fetch failed, its cause shown")
        << "fetch failed"
        << "TypeError: fetch failed\n    at node:internal/deps/undici/undici:13502:13\n  [cause]: Error: connect "
           "ECONNREFUSED 127.0.0.1:9"
        << ""
        << "connection_refused";

    // .NET's HttpClient cannot be run here: its texts from Microsoft's documentation.
    QTest::addRow(".NET HttpClient.Timeout")
        << "System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured "
           "HttpClient.Timeout of 100 seconds elapsing."
        << ""
        << ""
        << "read_timeout";
    QTest::addRow(".NET refused") << "System.Net.Http.HttpRequestException: No connection could be made because the "
                                     "target machine actively refused it. (localhost:5000)"
                                  << ""
                                  << ""
                                  << "connection_refused";
    QTest::addRow(".NET no such host") << "System.Net.Http.HttpRequestException: No such host is known. (jobs:80)"
                                       << ""
                                       << ""
                                       << "dns_failure";
    QTest::addRow(".NET TLS") << "System.Net.Http.HttpRequestException: The SSL connection could not be established, "
                                 "see inner exception."
                              << ""
                              << ""
                              << "tls_failure";
    QTest::addRow(".NET ended prematurely")
        << "System.Net.Http.HttpRequestException: An error occurred while sending the request.\n ---> "
           "System.IO.IOException: The response ended prematurely."
        << ""
        << ""
        << "connection_reset";
    QTest::addRow(".NET 503") << "System.Net.Http.HttpRequestException: Response status code does not indicate "
                                 "success: 503 (Service Unavailable)."
                              << ""
                              << ""
                              << "overloaded_503";
    QTest::addRow(".NET 401") << "System.Net.Http.HttpRequestException: Response status code does not indicate "
                                 "success: 401 (Unauthorized)."
                              << ""
                              << ""
                              << "auth";

    QTest::addRow("requests ConnectTimeout")
        << "requests.exceptions.ConnectTimeout: HTTPConnectionPool(host='h', port=80): Max retries exceeded with url: "
           "/x (Caused by ConnectTimeoutError(<urllib3.connection.HTTPConnection object at 0x7f>, 'Connection to h "
           "timed out. (connect timeout=60)'))"
        << ""
        << ""
        << "connect_timeout";
    QTest::addRow("requests ReadTimeout")
        << "requests.exceptions.ReadTimeout: HTTPConnectionPool(host='h', port=80): Read timed out. (read timeout=60)"
        << ""
        << ""
        << "read_timeout";
    // urllib3's "Connection pool is full, discarding connection" (pool_block=False) says it opened
    // more connections than it keeps: context, not why a request failed.
    QTest::addRow("a read timeout beside a pool-full warning")
        << "requests.exceptions.ReadTimeout: HTTPConnectionPool(host='h', port=80): Read timed out."
        << ""
        << "WARNING  urllib3.connectionpool:connectionpool.py:303 Connection pool is full, discarding connection: h. "
           "Connection pool size: 10"
        << "read_timeout";
    QTest::addRow("a 503 overloaded beside a pool-full warning")
        << "AssertionError: job 12: 503 {\"error\": \"Server overloaded\"}\nassert 503 == 201"
        << ""
        << "WARNING  urllib3.connectionpool:connectionpool.py:303 Connection pool is full, discarding connection: h. "
           "Connection pool size: 10"
        << "overloaded_503";
    QTest::addRow("a 503 overloaded beside a fibre log")
        << "AssertionError: job 3: 503 {\"error\": \"Server overloaded\"}"
        << ""
        << "INFO story.api: still waiting for fiber"
        << "overloaded_503";
    // An assertion about an HTTP status is an HTTP failure, in every stack's words.
    QTest::addRow("JUnit 4 status assertion, 503") << "expected:<201> but was:<503>"
                                                   << ""
                                                   << ""
                                                   << "overloaded_503";
    QTest::addRow("JUnit 5 status assertion, 500") << "org.opentest4j.AssertionFailedError: expected: <201> but was: "
                                                      "<500>"
                                                   << ""
                                                   << ""
                                                   << "server_error_5xx";
    QTest::addRow("jest status assertion, 503")
        << "expect(received).toBe(expected) // Object.is equality\n\nExpected: 201\nReceived: 503"
        << ""
        << ""
        << "overloaded_503";
    QTest::addRow("chai status assertion, 401") << "AssertionError: expected 401 to equal 201"
                                                << ""
                                                << ""
                                                << "auth";
    QTest::addRow("Go status assertion, 503") << ""
                                              << ""
                                              << "    jobs_test.go:31: POST /jobs: status 503, want 201\n--- FAIL: "
                                                 "TestCreate (0.01s)"
                                              << "overloaded_503";
    QTest::addRow("Go got/want, 502") << ""
                                      << ""
                                      << "    jobs_test.go:40: got 502, want 200\n--- FAIL: TestGet"
                                      << "server_error_5xx";
    QTest::addRow("RSpec status assertion, 503") << "expected: 201\n     got: 503\n\n(compared using ==)"
                                                 << ""
                                                 << ""
                                                 << "overloaded_503";
    QTest::addRow("PHPUnit status assertion, 403") << "Failed asserting that 403 is identical to 201."
                                                   << ""
                                                   << ""
                                                   << "auth";
    // A number that is no status stays an assertion.
    QTest::addRow("JUnit 4 other numbers") << "expected:<2048> but was:<1024>"
                                           << ""
                                           << ""
                                           << "assertion";
    QTest::addRow("Java read timeout") << "java.net.SocketTimeoutException: Read timed out"
                                       << ""
                                       << ""
                                       << "read_timeout";
    // Texts Node and Go write that were "unknown" (issue 15).
    QTest::addRow("Node self-signed") << "Error: self-signed certificate"
                                      << ""
                                      << ""
                                      << "tls_failure";
    QTest::addRow("Go x509 IP SANs")
        << ""
        << ""
        << "    jobs_test.go:20: Get \"https://127.0.0.1:8443/jobs\": tls: failed to verify certificate: x509: cannot "
           "validate certificate for 127.0.0.1 because it doesn't contain any IP SANs"
        << "tls_failure";
    QTest::addRow("node-fetch socket hang up")
        << "FetchError: request to http://127.0.0.1:8080/jobs failed, reason: socket hang up"
        << ""
        << ""
        << "connection_reset";
    QTest::addRow("undici other side closed")
        << "TypeError: fetch failed"
        << "TypeError: fetch failed\n    at node:internal/deps/undici/undici:11576:11 {\n  "
           "[cause]: SocketError: other side closed"
        << ""
        << "connection_reset";
    QTest::addRow("got connect timeout") << "RequestError: Timeout awaiting 'connect' for 500ms"
                                         << ""
                                         << ""
                                         << "connect_timeout";
    QTest::addRow("got response timeout") << "RequestError: Timeout awaiting 'response' for 500ms"
                                          << ""
                                          << ""
                                          << "read_timeout";
    QTest::addRow("undici headers timeout") << "TypeError: fetch failed"
                                            << "[cause]: HeadersTimeoutError: Headers Timeout Error"
                                            << ""
                                            << "read_timeout";
    QTest::addRow("jest toEqual") << "expect(received).toEqual(expected) // deep equality"
                                  << ""
                                  << ""
                                  << "assertion";
    QTest::addRow("Go want") << ""
                             << ""
                             << "    jobs_test.go:44: job 1 state = \"running\", want \"completed\"\n--- FAIL: "
                                "TestJobCompletes (1.00s)"
                             << "assertion";
    // The harness's own deadlines, stack by stack.
    QTest::addRow("concurrent.futures deadline") << "TimeoutError: 16 (of 40) futures unfinished"
                                                 << ""
                                                 << ""
                                                 << "test_deadline";
    QTest::addRow("asyncio.wait_for deadline")
        << "asyncio.exceptions.TimeoutError"
        << "    async def test_x():\n>       await asyncio.wait_for(job(), 1)\n\n"
           "/usr/lib/python3.11/asyncio/tasks.py:479: TimeoutError"
        << ""
        << "test_deadline";
    QTest::addRow("pytest-timeout") << "Failed: Timeout >3.0s"
                                    << ""
                                    << ""
                                    << "test_deadline";
    QTest::addRow("JUnit 5 @Timeout")
        << "java.util.concurrent.TimeoutException: createsJobs() timed out after 3 seconds"
        << ""
        << ""
        << "test_deadline";
    QTest::addRow("JUnit 5 assertTimeout") << "org.opentest4j.AssertionFailedError: execution exceeded timeout of 3000 "
                                              "ms by 1021 ms"
                                           << ""
                                           << ""
                                           << "test_deadline";
    QTest::addRow("JUnit 4 timeout=") << "org.junit.runners.model.TestTimedOutException: test timed out after 3000 "
                                         "milliseconds"
                                      << ""
                                      << ""
                                      << "test_deadline";
    QTest::addRow("jest") << "thrown: \"Exceeded timeout of 5000 ms for a test.\nAdd a timeout value to this test to "
                             "increase the timeout, if this is a long-running test.\""
                          << ""
                          << ""
                          << "test_deadline";
    QTest::addRow("mocha") << "Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure \"done()\" is "
                              "called; if returning a Promise, ensure it resolves."
                           << ""
                           << ""
                           << "test_deadline";
    QTest::addRow("go test") << ""
                             << ""
                             << "panic: test timed out after 30s\nrunning tests:\n\tTestBatch (30s)"
                             << "test_deadline";
    // A read timeout is still a read timeout.
    QTest::addRow("requests read timeout is no deadline")
        << "requests.exceptions.ReadTimeout: HTTPConnectionPool(host='127.0.0.1', port=80): Read timed out. (read "
           "timeout=0.8)"
        << ""
        << ""
        << "read_timeout";
    QTest::addRow("RemoteDisconnected")
        << "requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed "
           "connection without response'))"
        << ""
        << ""
        << "connection_reset";
    QTest::addRow("connection refused")
        << "requests.exceptions.ConnectionError: HTTPConnectionPool(host='h', port=80): Max retries exceeded with url: "
           "/x (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish "
           "a new connection: [Errno 111] Connection refused'))"
        << ""
        << ""
        << "connection_refused";
    QTest::addRow("HTTPError 503") << "requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: "
                                      "http://h/jobs"
                                   << ""
                                   << ""
                                   << "overloaded_503";
    QTest::addRow("RetryError 503") << "requests.exceptions.RetryError: HTTPConnectionPool(host='h', port=80): Max "
                                       "retries exceeded with url: /jobs (Caused by ResponseError('too many 503 error "
                                       "responses'))"
                                    << ""
                                    << ""
                                    << "overloaded_503";
    QTest::addRow("APIError fibre") << "APIError: 503: {\"error\": \"waiting for fiber\"}"
                                    << ""
                                    << ""
                                    << "waiting_for_fiber_503";
    QTest::addRow("assert on 503 status") << "assert 503 == 200\n +  where 503 = <Response [503]>.status_code"
                                          << ""
                                          << ""
                                          << "overloaded_503";
    QTest::addRow("assert on 503, fibre in the log")
        << "assert 503 == 200"
        << ""
        << "WARNING focus.api metadata answered 503: {\"error\":\"waiting for fibre\"}"
        << "waiting_for_fiber_503";
    QTest::addRow("HTTPError 500") << "requests.exceptions.HTTPError: 500 Server Error: Internal Server Error for url: "
                                      "http://h/jobs"
                                   << ""
                                   << ""
                                   << "server_error_5xx";
    QTest::addRow("HTTPError 504") << "requests.exceptions.HTTPError: 504 Server Error: Gateway Time-out for url: "
                                      "http://h/jobs"
                                   << ""
                                   << ""
                                   << "server_error_5xx";
    QTest::addRow("HTTPError 401") << "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: "
                                      "http://h/jobs"
                                   << ""
                                   << ""
                                   << "auth";
    QTest::addRow("DNS") << "requests.exceptions.ConnectionError: HTTPConnectionPool(host='focus.lab', port=80): Max "
                            "retries exceeded (Caused by NameResolutionError(\"Failed to resolve 'focus.lab' ([Errno "
                            "-2] Name or service not known)\"))"
                         << ""
                         << ""
                         << "dns_failure";
    QTest::addRow("TLS")
        << "requests.exceptions.SSLError: HTTPSConnectionPool(host='h', port=443): Max retries "
           "exceeded (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] "
           "certificate verify failed: self signed certificate')))"
        << ""
        << ""
        << "tls_failure";
    QTest::addRow("assertion") << "AssertionError: assert 'running' == 'done'"
                               << ""
                               << ""
                               << "assertion";
    QTest::addRow("nothing known") << "KeyError: 'job_id'"
                                   << ""
                                   << ""
                                   << "unknown";
    // httpx, aiohttp
    QTest::addRow("httpx PoolTimeout") << "httpx.PoolTimeout"
                                       << ""
                                       << ""
                                       << "pool_exhausted";
    QTest::addRow("httpx ConnectTimeout") << "httpx.ConnectTimeout: timed out"
                                          << ""
                                          << ""
                                          << "connect_timeout";
    QTest::addRow("httpx ReadTimeout") << "httpx.ReadTimeout: The read operation timed out"
                                       << ""
                                       << ""
                                       << "read_timeout";
    QTest::addRow("httpx RemoteProtocolError") << "httpx.RemoteProtocolError: Server disconnected without sending a "
                                                  "response."
                                               << ""
                                               << ""
                                               << "connection_reset";
    QTest::addRow("aiohttp connect") << "aiohttp.client_exceptions.ServerTimeoutError: Connection timeout to host "
                                        "http://h/jobs"
                                     << ""
                                     << ""
                                     << "connect_timeout";
    QTest::addRow("aiohttp read") << "aiohttp.client_exceptions.ServerTimeoutError: Timeout on reading data from socket"
                                  << ""
                                  << ""
                                  << "read_timeout";
    QTest::addRow("aiohttp disconnected") << "aiohttp.client_exceptions.ServerDisconnectedError: Server disconnected"
                                          << ""
                                          << ""
                                          << "connection_reset";
    // Java
    QTest::addRow("java connect timed out") << "java.net.SocketTimeoutException: connect timed out"
                                            << ""
                                            << ""
                                            << "connect_timeout";
    QTest::addRow("java read timed out") << "java.net.SocketTimeoutException: Read timed out"
                                         << ""
                                         << ""
                                         << "read_timeout";
    QTest::addRow("java.net.http timeout") << "java.net.http.HttpTimeoutException: request timed out"
                                           << ""
                                           << ""
                                           << "read_timeout";
    QTest::addRow("java.net.http connect") << "java.net.http.HttpConnectTimeoutException: HTTP connect timed out"
                                           << ""
                                           << ""
                                           << "connect_timeout";
    QTest::addRow("apache pool") << "org.apache.http.conn.ConnectionPoolTimeoutException: Timeout waiting for "
                                    "connection from pool"
                                 << ""
                                 << ""
                                 << "pool_exhausted";
    QTest::addRow("apache no response") << "org.apache.http.NoHttpResponseException: h:80 failed to respond"
                                        << ""
                                        << ""
                                        << "connection_reset";
    QTest::addRow("java refused") << "java.net.ConnectException: Connection refused"
                                  << ""
                                  << ""
                                  << "connection_refused";
    QTest::addRow("java reset") << "java.net.SocketException: Connection reset"
                                << ""
                                << ""
                                << "connection_reset";
    QTest::addRow("java dns") << "java.net.UnknownHostException: focus.lab: Name or service not known"
                              << ""
                              << ""
                              << "dns_failure";
    QTest::addRow("java tls") << "javax.net.ssl.SSLHandshakeException: PKIX path building failed"
                              << ""
                              << ""
                              << "tls_failure";
    QTest::addRow("okhttp timeout") << "java.net.SocketTimeoutException: timeout"
                                    << ""
                                    << ""
                                    << "read_timeout";
    QTest::addRow("okhttp eos") << "java.io.IOException: unexpected end of stream on http://h/..."
                                << ""
                                << ""
                                << "connection_reset";
    QTest::addRow("netty connect") << "io.netty.channel.ConnectTimeoutException: connection timed out: /10.0.0.7:8080"
                                   << ""
                                   << ""
                                   << "connect_timeout";
    QTest::addRow("reactor pool")
        << "reactor.netty.internal.shaded.reactor.pool.PoolAcquireTimeoutException: Pool#"
           "acquire(Duration) has been pending for more than the configured timeout of 45000ms"
        << ""
        << ""
        << "pool_exhausted";
    QTest::addRow("junit5 assertion") << "expected: <200> but was: <404>"
                                      << ""
                                      << ""
                                      << "assertion";
    // Go
    QTest::addRow("go client timeout") << "Post \"http://h/jobs\": context deadline exceeded (Client.Timeout exceeded "
                                          "while awaiting headers)"
                                       << ""
                                       << ""
                                       << "read_timeout";
    QTest::addRow("go pool wait") << "Get \"http://h/x\": net/http: request canceled while waiting for connection "
                                     "(Client.Timeout exceeded while awaiting headers)"
                                  << ""
                                  << ""
                                  << "pool_exhausted";
    QTest::addRow("go dial timeout") << "Get \"http://h/x\": dial tcp 10.0.0.7:80: i/o timeout"
                                     << ""
                                     << ""
                                     << "connect_timeout";
    QTest::addRow("go refused") << "Get \"http://h/x\": dial tcp 127.0.0.1:80: connect: connection refused"
                                << ""
                                << ""
                                << "connection_refused";
    QTest::addRow("go EOF") << "Post \"http://h/jobs\": EOF"
                            << ""
                            << ""
                            << "connection_reset";
    QTest::addRow("go dns") << "Get \"http://focus.lab/x\": dial tcp: lookup focus.lab: no such host"
                            << ""
                            << ""
                            << "dns_failure";
    QTest::addRow("go x509") << "Get \"https://h/x\": x509: certificate signed by unknown authority"
                             << ""
                             << ""
                             << "tls_failure";
    // curl
    QTest::addRow("curl connect") << "curl: (28) Connection timed out after 5001 milliseconds"
                                  << ""
                                  << ""
                                  << "connect_timeout";
    QTest::addRow("curl operation") << "curl: (28) Operation timed out after 30000 milliseconds with 0 bytes received"
                                    << ""
                                    << ""
                                    << "read_timeout";
    // Where the text is
    QTest::addRow("only in the trace") << ""
                                       << "E   requests.exceptions.ConnectTimeout: ..."
                                       << ""
                                       << "connect_timeout";
    QTest::addRow("bare failure, told in the output") << "Failed"
                                                      << ""
                                                      << "job_test.go:41: Post \"http://h/jobs\": context deadline "
                                                         "exceeded"
                                                      << "read_timeout";
}

void TestFailureRules::classifiesEveryStack()
{
    QFETCH(QString, message);
    QFETCH(QString, trace);
    QFETCH(QString, output);
    const Classification c = FailureRules::builtIn().classify(failure(message, trace, output));
    QTEST(c.category, "category");
    if (c.category != "unknown") {
        QVERIFY(!c.rule.isEmpty());
        QVERIFY(!c.matchedText.isEmpty());
        QVERIFY(c.ruleIndex >= 0);
    }
}

void TestFailureRules::sourceCodeInPytestTracesIsNotRead()
{
    // pytest quotes library source beside the errors: "except EmptyPoolError" is code, not the failure.
    const QString trace = "    def _get_conn(self, timeout=None):\n"
                          "        try:\n"
                          "            conn = self.pool.get(block=self.block, timeout=timeout)\n"
                          "        except EmptyPoolError:\n"
                          "            raise\n"
                          "        if 500 <= self.status_code < 600:\n"
                          "E       requests.exceptions.ConnectionError: ('Connection aborted.', "
                          "ConnectionResetError(104, 'Connection reset by peer'))\n"
                          "\n/usr/lib/python3/dist-packages/requests/adapters.py:501: ConnectionError\n";
    const Classification c = FailureRules::builtIn().classify(failure("", trace));
    QCOMPARE(c.category, "connection_reset");
    QCOMPARE(c.field, "trace");
    QCOMPARE(trace.mid(c.matchStart, c.matchLength), c.matchedText);

    // A plain Python traceback quotes one source line under each File line.
    const QString plain = "Traceback (most recent call last):\n"
                          "  File \"t.py\", line 3, in <module>\n"
                          "    raise EmptyPoolError(pool, 'Pool reached maximum size')\n"
                          "TimeoutError: [Errno 110] Connection timed out\n";
    QCOMPARE(FailureRules::builtIn().classify(failure("", plain)).category, "connect_timeout");
}

void TestFailureRules::matchedTextPointsIntoTheField()
{
    // A failure with neither message nor trace (go test, ctest) says it in its output.
    const TestFailure f = failure("", "", "line one\npanic: test timed out after 30s");
    const Classification c = FailureRules::builtIn().classify(f);
    QCOMPARE(c.category, "test_deadline");
    QCOMPARE(c.field, "output");
    QVERIFY(!c.likely);
    QCOMPARE(f.output.mid(c.matchStart, c.matchLength), "panic: test timed out after");
    QCOMPARE(c.matchedText, "panic: test timed out after");
}

void TestFailureRules::ruleLabelsNameTheStackThatMatched()
{
    // A Java read timeout was "recognised by: Python requests / urllib3 / httpx: read timeout".
    const Classification c
        = FailureRules::builtIn().classify(failure("java.net.SocketTimeoutException: Read timed out"));
    QCOMPARE(c.category, "read_timeout");
    QVERIFY2(c.rule.startsWith("Java"), qPrintable(c.rule));
    QVERIFY2(FailureRules::builtIn()
                 .classify(failure("requests.exceptions.ReadTimeout: HTTPConnectionPool(host='h', port=80): Read "
                                   "timed out. (read timeout=2)"))
                 .rule.startsWith("Python"),
             "a Python read timeout keeps its own label");
}

void TestFailureRules::confidenceIsHonest_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("confidence");
    QTest::addColumn<QStringList>("alternatives");
    QTest::addRow("requests read timeout: certain")
        << "requests.exceptions.ReadTimeout: HTTPConnectionPool(host='h', port=80): Read timed out."
        << ""
        << "read_timeout"
        << "certain" << QStringList();
    QTest::addRow("axios timeout: connect or response") << "AxiosError: timeout of 500ms exceeded"
                                                        << ""
                                                        << "read_timeout"
                                                        << "ambiguous" << QStringList { "connect_timeout" };
    QTest::addRow("axios 503: overload or fibre") << "AxiosError: Request failed with status code 503"
                                                  << ""
                                                  << "overloaded_503"
                                                  << "ambiguous" << QStringList { "waiting_for_fiber_503" };
    QTest::addRow("got 503: overload or fibre") << "HTTPError: Response code 503 (Service Unavailable)"
                                                << ""
                                                << "overloaded_503"
                                                << "ambiguous" << QStringList { "waiting_for_fiber_503" };
    QTest::addRow("a 503 that says overloaded: certain") << "503 {\"error\": \"Server overloaded\"}"
                                                         << ""
                                                         << "overloaded_503"
                                                         << "certain" << QStringList();
    QTest::addRow("bare context deadline") << ""
                                           << "    x_test.go:9: Get \"http://h/jobs\": context deadline exceeded"
                                           << "read_timeout"
                                           << "ambiguous" << QStringList { "connect_timeout" };
    QTest::addRow("Go awaiting headers: certain")
        << ""
        << "    x_test.go:9: Get \"http://h/jobs\": context deadline exceeded (Client.Timeout exceeded while "
           "awaiting headers)"
        << "read_timeout"
        << "certain" << QStringList();
    QTest::addRow("a timeout, phase unknown") << "TimeoutError"
                                              << ""
                                              << "read_timeout"
                                              << "ambiguous" << QStringList { "connect_timeout" };
}

void TestFailureRules::confidenceIsHonest()
{
    QFETCH(QString, message);
    QFETCH(QString, output);
    const Classification c = FailureRules::builtIn().classify(failure(message, {}, output));
    QTEST(c.category, "category");
    QTEST(c.confidence, "confidence");
    QTEST(c.alternatives, "alternatives");
    // In words: nothing for a certain one, the alternatives by title for an ambiguous one.
    const QString words = FailureRules::confidenceText(c);
    if (c.confidence == "certain")
        QVERIFY(words.isEmpty());
    else
        QVERIFY2(words.startsWith("ambiguous: or "), qPrintable(words));
}

void TestFailureRules::wordsOfACauseInAClientNoRuleKnows_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("confidence");
    // Clients with no rule of their own (Rust's reqwest / hyper, Elixir's Mint, Dart, Swift's
    // URLSession, OkHttp over HTTP/2): their words land near the cause, as likely.
    QTest::addRow("hyper: closed before message completed")
        << "error sending request for url (http://h/jobs): connection closed before message completed"
        << "connection_reset"
        << "likely";
    QTest::addRow("reqwest: connect, timed out")
        << "error sending request for url (http://h/jobs): error trying to connect: operation timed out"
        << "connect_timeout"
        << "likely";
    QTest::addRow("a response that timed out") << "RequestError: timed out waiting for the response body"
                                               << "read_timeout"
                                               << "likely";
    QTest::addRow("Mint: socket closed") << "** (Mint.TransportError) socket closed"
                                         << "connection_reset"
                                         << "likely";
    QTest::addRow("Mint: nxdomain") << "%Mint.TransportError{reason: :nxdomain}"
                                    << "dns_failure"
                                    << "likely";
    QTest::addRow("Dart: handshake") << "HandshakeException: Connection terminated during handshake"
                                     << "tls_failure"
                                     << "likely";
    QTest::addRow("Swift: connection lost") << "The network connection was lost."
                                            << "connection_reset"
                                            << "likely";
    QTest::addRow("OkHttp HTTP/2: stream reset") << "okhttp3.internal.http2.StreamResetException: stream was reset: "
                                                    "CANCEL"
                                                 << "connection_reset"
                                                 << "likely";
    QTest::addRow("a refusal") << "ClientError: the peer refused us"
                               << "connection_refused"
                               << "likely";
    // …but an assertion that says such a word is still an assertion, and words that name no
    // cause stay unknown.
    QTest::addRow("an assertion about a closed job") << "AssertionError: expected 'closed' to equal 'open'"
                                                     << "assertion"
                                                     << "certain";
    QTest::addRow("the job was closed") << "JobError: job 7 was closed by its owner"
                                        << "unknown"
                                        << "certain";
}

void TestFailureRules::wordsOfACauseInAClientNoRuleKnows()
{
    QFETCH(QString, message);
    const Classification c = FailureRules::builtIn().classify(failure(message));
    QTEST(c.category, "category");
    if (c.category != QLatin1String("unknown"))
        QTEST(c.confidence, "confidence");
}

void TestFailureRules::anAmbiguousMessageYieldsOnlyToOneOfItsCauses()
{
    // OkHttp's read timeout says only "timeout"; its trace names the exception.
    const Classification okhttp = FailureRules::builtIn().classify(failure(
        "timeout", "java.net.SocketTimeoutException: timeout\n\tat okio.Okio$4.newTimeoutException(Okio.java:232)"));
    QCOMPARE(okhttp.category, "read_timeout");
    QCOMPARE(okhttp.confidence, "certain");
    QCOMPARE(okhttp.field, "trace");
    // A likely message, too: undici's "terminated" whose trace says the socket was reset.
    const Classification undici = FailureRules::builtIn().classify(
        failure("terminated",
                "TypeError: terminated\n    at Fetch.onAborted (node:internal/deps/undici/undici:11000:53)\n"
                "  [cause]: Error: read ECONNRESET"));
    QCOMPARE(undici.category, "connection_reset");
    QCOMPARE(undici.confidence, "certain");
    // A 503 that does not say why stays so, whatever else the trace matches (a 5xx, an assertion).
    const Classification status = FailureRules::builtIn().classify(
        failure("AxiosError: Request failed with status code 503",
                "AxiosError: Request failed with status code 503\nAssertionError: HTTP 503 Service Unavailable"));
    QCOMPARE(status.category, "overloaded_503");
    QCOMPARE(status.confidence, "ambiguous");
}

void TestFailureRules::aFetchFailureIsItsCauseWhereShown()
{
    // Node's fetch (undici) says "fetch failed" and keeps the cause apart: shown, it decides;
    // not shown (jest and mocha leave it out), the failure fits every cause of a failed connection.
    const QString stack = QStringLiteral("\n    at node:internal/deps/undici/undici:13502:13\n    at async "
                                         "fetch (/app/clients.js:20:17)");
    const Classification shown = FailureRules::builtIn().classify(
        failure("fetch failed",
                "TypeError: fetch failed" + stack + "\n  [cause]: Error: getaddrinfo ENOTFOUND jobs.example", {}));
    QCOMPARE(shown.category, "dns_failure");
    QCOMPARE(shown.confidence, "certain");
    const Classification hidden
        = FailureRules::builtIn().classify(failure("fetch failed", "TypeError: fetch failed" + stack, {}));
    QCOMPARE(hidden.category, "unknown");
    QCOMPARE(hidden.confidence, "ambiguous");
    QCOMPARE(
        hidden.alternatives,
        QStringList({ "connection_refused", "connection_reset", "dns_failure", "tls_failure", "connect_timeout" }));
    QVERIFY(FailureRules::confidenceText(hidden).contains(FailureRules::categoryTitle("dns_failure")));
}

void TestFailureRules::evidenceHasAnOrder()
{
    // The rules' order is the team's priority, but what the failure itself says comes first: its
    // message, then its trace; the captured log alone only suggests a likely cause.
    const QByteArray json = R"({"format": "fathom-rules", "version": 1, "rules": [
      {"category": "from_log", "name": "log", "outputRegex": "pool is full"},
      {"category": "from_trace", "name": "trace", "textRegex": "ReadTimeout"},
      {"category": "from_message", "name": "message", "textRegex": "503"}
    ]})";
    QString error;
    const auto rules = FailureRules::fromJson(json, &error);
    QVERIFY2(rules, qPrintable(error));
    const QString log = "WARNING pool is full";
    const Classification message = rules->classify(failure("job 1: 503", "raise ReadTimeout", log));
    QCOMPARE(message.category, "from_message");
    QCOMPARE(message.field, "message");
    QVERIFY(!message.likely);
    const Classification trace = rules->classify(failure("failed", "E   ReadTimeout: x", log));
    QCOMPARE(trace.category, "from_trace");
    QCOMPARE(trace.field, "trace");
    QVERIFY(!trace.likely);
    const Classification likely = rules->classify(failure("failed", "E   boom", log));
    QCOMPARE(likely.category, "from_log");
    QCOMPARE(likely.field, "output");
    QVERIFY(likely.likely);
    QCOMPARE(likely.confidence, "likely");
    QCOMPARE(message.confidence, "certain");
    QCOMPARE(rules->classify(failure("failed", "E   boom", "")).category, "unknown");
}

void TestFailureRules::statusesLimitARule()
{
    // The assertion rule is for failures; an error (Allure's "broken") with the same text is not one.
    QCOMPARE(FailureRules::builtIn().classify(failure("AssertionError: x")).category, "assertion");
    QCOMPARE(FailureRules::builtIn().classify(failure("AssertionError: x", {}, {}, TestStatus::Error)).category,
             "unknown");
}

void TestFailureRules::allureCategoriesImportWithFullMatch()
{
    const QByteArray allure = R"([
      {"name": "Ignored tests", "matchedStatuses": ["skipped"]},
      {"name": "Infrastructure problems", "matchedStatuses": ["broken", "failed"], "messageRegex": ".*timed out.*"},
      {"name": "Outdated tests", "matchedStatuses": ["broken"], "traceRegex": ".*FileNotFoundException.*"},
      {"name": "Connect timeout", "messageRegex": "connect"}
    ])";
    QString error;
    const auto rules = FailureRules::fromJson(allure, &error);
    QVERIFY2(rules, qPrintable(error));
    QCOMPARE(rules->rules().size(), 4);
    QCOMPARE(rules->rules()[1].category, "infrastructure_problems");
    QVERIFY(rules->rules()[1].fullMatch);
    QCOMPARE(rules->rules()[3].category, "connect_timeout"); // named like a built-in category: joins it
    // Allure's String.matches: the regex must match the whole message.
    QCOMPARE(rules->classify(failure("Read timed out")).category, "infrastructure_problems");
    QCOMPARE(rules->classify(failure("connect")).category, "connect_timeout");
    QCOMPARE(rules->classify(failure("connect timed")).category, "unknown");
    QCOMPARE(rules
                 ->classify(failure("java.io.FileNotFoundException", "x\njava.io.FileNotFoundException: y", {},
                                    TestStatus::Error))
                 .category,
             "unknown"); // the trace has two lines: "." does not cross lines, as in Java
}

void TestFailureRules::allureExportRoundTrip()
{
    // Fathom's search rules, exported as Allure full-match rules and read back, sort the corpus alike.
    QStringList leftOut;
    const QByteArray exported = FailureRules::builtIn().toAllureCategories(&leftOut);
    const QJsonArray array = QJsonDocument::fromJson(exported).array();
    QVERIFY(array.size() > FailureRules::builtIn().rules().size());
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.contains("name"));
        QVERIFY(!o.contains("textRegex") && !o.contains("outputRegex") && !o.contains("category"));
    }
    QCOMPARE(leftOut.size(), 1); // the one that reads the captured output: Allure has none
    QString error;
    const auto reimported = FailureRules::fromJson(exported, &error);
    QVERIFY2(reimported, qPrintable(error));

    ImportedRun run;
    JUnitImporter importer;
    QVERIFY(importer.importFiles({ FATHOM_TEST_DATA "/junit/pytest-requests-xunit1.xml",
                                   FATHOM_TEST_DATA "/junit/surefire-TEST-com.example.JobApiIT.xml",
                                   FATHOM_TEST_DATA "/junit/gradle-TEST-JobClientTest.xml" },
                                 &run, &error));
    int same = 0;
    for (const TestFailure &f : run.failures) {
        const QString ours = FailureRules::builtIn().classify(f).category;
        const QString theirs = reimported->classify(f).category;
        // Allure reads the whole trace, source lines included: the exported trace regexes only
        // match on lines that say something, as Fathom reads them.
        same += ours == theirs;
    }
    QVERIFY2(same == run.failures.size(), qPrintable(QString("%1 of %2").arg(same).arg(run.failures.size())));
}

void TestFailureRules::allureExportKeepsAnOpenQuoteInside()
{
    // Found by fuzz_rules: a \Q quote left open runs to the end of a pattern, and swallowed the
    // ").*" the export wraps around it, so the exported file could not be read back.
    const QByteArray rules = R"json({"format": "fathom-rules", "version": 1, "rules": [
        {"category": "server_error_5xx", "name": "5xx", "rule": "quoted", "textRegex": "\\b5\\d\\d\\Q (x)"}]})json";
    QString error;
    const auto ours = FailureRules::fromJson(rules, &error);
    QVERIFY2(ours, qPrintable(error));
    const auto back = FailureRules::fromJson(ours->toAllureCategories(), &error);
    QVERIFY2(back, qPrintable(error));
    TestFailure f;
    f.message = QStringLiteral("HTTP 502 (x) from the gateway");
    QCOMPARE(ours->classify(f).category, QStringLiteral("server_error_5xx"));
    QCOMPARE(back->classify(f).category, QStringLiteral("server_error_5xx"));
    f.message = QStringLiteral("HTTP 502 from the gateway"); // the quoted " (x)" is literal
    QVERIFY(back->classify(f).category != QStringLiteral("server_error_5xx"));
}

void TestFailureRules::allureExportLeavesOutWhatItCannotWrap_data()
{
    QTest::addColumn<QString>("fields");
    // Valid alone, invalid inside the wrapper: the extended mode's comment runs to the end of
    // the pattern and swallows the wrapper's ")"; a (*VERB) may only open a pattern; a message
    // and a text regex joined in one pattern may not name a group twice.
    for (const char *field : { "messageRegex", "textRegex" }) {
        QTest::addRow("%s (?x) comment", field) << QStringLiteral(R"("%1": "(?x)\\b503 # the status")").arg(field);
        QTest::addRow("%s (*CR) verb", field) << QStringLiteral(R"("%1": "(*CR)\\b503")").arg(field);
    }
    QTest::addRow("one group name twice") << QStringLiteral(R"j("messageRegex": "(?<s>503)", "textRegex": "(?<s>o)")j");
}

void TestFailureRules::allureExportLeavesOutWhatItCannotWrap()
{
    QFETCH(QString, fields);
    const QByteArray rules = QStringLiteral(R"json({"format": "fathom-rules", "version": 1, "rules": [
            {"category": "server_overloaded_503", "name": "odd", %1},
            {"category": "assertion", "name": "plain", "messageRegex": "AssertionError"}]})json")
                                 .arg(fields)
                                 .toUtf8();
    QString error;
    const auto ours = FailureRules::fromJson(rules, &error);
    QVERIFY2(ours, qPrintable(error));
    QStringList leftOut;
    const QByteArray exported = ours->toAllureCategories(&leftOut);
    QCOMPARE(leftOut.size(), 1);
    QVERIFY2(leftOut.first().contains("\"odd\"") && leftOut.first().contains("Allure"), qPrintable(leftOut.first()));
    const auto back = FailureRules::fromJson(exported, &error);
    QVERIFY2(back, qPrintable(error)); // what was written can be read back
    QCOMPARE(back->rules().size(), 1);
    QCOMPARE(back->rules().first().category, QStringLiteral("assertion"));
}

void TestFailureRules::fathomJsonRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("rules.json");
    QString error;
    QVERIFY(FailureRules::builtIn().save(path, &error));
    const auto loaded = FailureRules::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->rules().size(), FailureRules::builtIn().rules().size());
    for (int i = 0; i < loaded->rules().size(); ++i)
        QCOMPARE(loaded->rules()[i].toJson(), FailureRules::builtIn().rules()[i].toJson());
}

void TestFailureRules::invalidRulesNameTheRule_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray head = R"({"format": "fathom-rules", "version": 1, "rules": [)"
                            R"({"category": "a", "name": "A", "textRegex": "ok"},)";
    QTest::addRow("bad regex") << head + R"({"category": "b", "name": "Broken", "textRegex": "(unclosed"}]})"
                               << "rule 2 (\"Broken\"): textRegex is not a valid regular expression";
    QTest::addRow("unknown field") << head + R"({"category": "b", "name": "B", "texRegex": "x"}]})"
                                   << "rule 2 (\"B\"): unknown field \"texRegex\"";
    QTest::addRow("wrong type") << head + R"({"category": "b", "name": "B", "textRegex": 3}]})"
                                << "rule 2 (\"B\"): \"textRegex\" must be a string";
    QTest::addRow("no name") << head + R"({"category": "b", "textRegex": "x"}]})"
                             << "rule 2: \"name\" is missing";
    QTest::addRow("matches everything") << head + R"({"category": "b", "name": "B"}]})"
                                        << "rule 2 (\"B\"): matches everything";
    QTest::addRow("bad status") << head + R"({"category": "b", "name": "B", "matchedStatuses": ["red"]}]})"
                                << "rule 2 (\"B\"): \"matchedStatuses\" may hold only";
    QTest::addRow("bad confidence") << head
            + R"({"category": "b", "name": "B", "textRegex": "x", "confidence": "sure"}]})"
                                    << "rule 2 (\"B\"): \"confidence\" must be certain, likely or ambiguous";
    QTest::addRow("bad alternatives") << head
            + R"({"category": "b", "name": "B", "textRegex": "x", "alternatives": "a"}]})"
                                      << "rule 2 (\"B\"): \"alternatives\" must be a list of category ids";
    QTest::addRow("not json") << QByteArray("{rules") << "not valid JSON";
    QTest::addRow("other json") << QByteArray("{\"rules\": 1}") << "neither Fathom's rules";
    QTest::addRow("newer version") << QByteArray(R"({"format": "fathom-rules", "version": 9, "rules": []})")
                                   << "newer Fathom";
    QTest::addRow("allure entry not an object")
        << QByteArray(R"([{"name": "A", "messageRegex": "x"}, 7])") << "rule 2: must be an object";
    QTest::addRow("allure bad regex") << QByteArray(R"([{"name": "A", "messageRegex": "[z-a]"}])")
                                      << "rule 1 (\"A\"): messageRegex is not a valid regular expression";
}

void TestFailureRules::invalidRulesNameTheRule()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!FailureRules::fromJson(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestFailureRules::anEndlessFileIsRefused()
{
    // A "file" with no size that never ends is read up to the limit, then refused (it grew to 24 GB).
    QString error;
    QVERIFY(!FailureRules::load("/dev/zero", &error));
    QVERIFY2(error.contains("/dev/zero") && error.contains("too large"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFailureRules)
#include "tst_failurerules.moc"
