#include "diagnosis/signature.h"

#include <QTest>

using namespace fathom;

namespace {

TestFailure failure(const QString &message, const QString &type = {}, const QString &trace = {},
                    const QString &name = QStringLiteral("test_x"))
{
    TestFailure f;
    f.classname = QStringLiteral("tests.test_jobs");
    f.name = name;
    f.message = message;
    f.type = type;
    f.trace = trace;
    return f;
}

} // namespace

class TestSignature : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalises_data();
    void normalises();
    void sameFailureElsewhereIsOneSignature_data();
    void sameFailureElsewhereIsOneSignature();
    void differentFailuresDiffer_data();
    void differentFailuresDiffer();
    void theTestsOwnFramesAreKept();
    void aFailureThatSaysNothingInItsMessageIsReadFromItsTrace();
    void idIsStableAndShort();
};

void TestSignature::normalises_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("requests read timeout")
        << "requests.exceptions.ReadTimeout: HTTPConnectionPool(host='127.0.0.1', port=46073): Read timed out. "
           "(read timeout=1)"
        << "requests.exceptions.ReadTimeout: HTTPConnectionPool(host=<host>, port=<port>): Read timed out. "
           "(read timeout=<num>)";
    QTest::newRow("url with id and query")
        << "404 Client Error: Not Found for url: http://127.0.0.1:8080/jobs/4711?token=abc&x=1."
        << "404 Client Error: Not Found for url: http://<host>:<port>/jobs/<num>?token=<value>&x=<value>.";
    QTest::newRow("uuid, timestamp, duration")
        << "job 550e8400-e29b-41d4-a716-446655440000 failed at 2026-12-06T16:24:30.123Z after 1.5s"
        << "job <uuid> failed at <time> after <duration>";
    QTest::newRow("log timestamp") << "2025-01-01 09:00:00,001 ERROR pool full"
                                   << "<time> ERROR pool full";
    QTest::newRow("status kept after an error") << "AssertionError: job 31: 503 {\"error\": \"Server overloaded\"}"
                                                << "AssertionError: job <num>: 503 {\"error\": \"Server overloaded\"}";
    QTest::newRow("status in an assertion") << "assert 503 == 201"
                                            << "assert 503 == 201";
    QTest::newRow("status with reason") << "503 Server Error: Service Unavailable for url: http://focus/jobs"
                                        << "503 Server Error: Service Unavailable for url: http://<host>/jobs";
    QTest::newRow("status in a response") << "where 503 = <Response [503]>.status_code"
                                          << "where <num> = <Response [503]>.status_code";
    QTest::newRow("HTTP status") << "HTTP 503: {\"error\": \"waiting for fiber\"}"
                                 << "HTTP 503: {\"error\": \"waiting for fiber\"}";
    QTest::newRow("counts are not statuses") << "expected 200 jobs, got 150"
                                             << "expected <num> jobs, got <num>";
    QTest::newRow("large numbers") << "assert 1000 == 2000"
                                   << "assert <num> == <num>";
    QTest::newRow("java host/address") << "Connect to focus.lab:8080 [focus.lab/10.0.0.7] failed: connect timed out"
                                       << "Connect to <host>:<port> [<host>] failed: connect timed out";
    QTest::newRow("java address alone") << "Connect to 127.0.0.1:42001 [/127.0.0.1] failed: connect timed out"
                                        << "Connect to <host>:<port> [<host>] failed: connect timed out";
    QTest::newRow("ipv6") << "dial tcp [::1]:8080: connect: connection refused"
                          << "dial tcp <host>:<port>: connect: connection refused";
    QTest::newRow("memory address") << "<urllib3.connection.HTTPConnection object at 0x7f1001d852d0>"
                                    << "<urllib3.connection.HTTPConnection object at <hex>>";
    QTest::newRow("hex id") << "trace id 3f2a9c1d7e0b4a55 not found"
                            << "trace id <hex> not found";
    QTest::newRow("axios") << "timeout of 1000ms exceeded"
                           << "timeout of <duration> exceeded";
    QTest::newRow("node refused") << "connect ECONNREFUSED 127.0.0.1:44195"
                                  << "connect ECONNREFUSED <host>:<port>";
    QTest::newRow("dotted names stay") << "requests.exceptions.ConnectionError: ('Connection aborted.')"
                                       << "requests.exceptions.ConnectionError: ('Connection aborted.')";
    QTest::newRow("a source line is not a host") << "test_focus_server.py:48: AssertionError"
                                                 << "test_focus_server.py:<num>: AssertionError";
    QTest::newRow("quoted words stay") << "assert 'running' == 'done'"
                                       << "assert 'running' == 'done'";
    QTest::newRow("quoted ids") << "KeyError: 'job-4711'"
                                << "KeyError: 'job-<num>'";
    QTest::newRow("digits inside words stay") << "Http2Stream utf8 ipv4 error"
                                              << "Http2Stream utf8 ipv4 error";
    QTest::newRow("go") << "Get \"http://127.0.0.1:36319/health\": dial tcp 127.0.0.1:36319: i/o timeout"
                        << "Get \"http://<host>:<port>/health\": dial tcp <host>:<port>: i/o timeout";
    QTest::newRow("localhost") << "Failed to open TCP connection to localhost:3000 (Connection refused)"
                               << "Failed to open TCP connection to <host>:<port> (Connection refused)";
}

void TestSignature::normalises()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(normaliseFailureText(text), expected);
}

void TestSignature::sameFailureElsewhereIsOneSignature_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("other port and timeout")
        << "requests.exceptions.ReadTimeout: HTTPConnectionPool(host='127.0.0.1', port=46073): Read timed out. "
           "(read timeout=1)"
        << "requests.exceptions.ReadTimeout: HTTPConnectionPool(host='focus.lab', port=80): Read timed out. "
           "(read timeout=60)";
    QTest::newRow("other job") << "AssertionError: job 31: 503 {\"error\": \"Server overloaded\"}\nassert 503 == 201"
                               << "AssertionError: job 24: 503 {\"error\": \"Server overloaded\"}\nassert 503 == 201";
    QTest::newRow("other id in the path") << "404 Client Error: Not Found for url: http://10.0.0.5:8080/jobs/4711"
                                          << "404 Client Error: Not Found for url: http://focus:9090/jobs/12";
    QTest::newRow("other time") << "job failed at 2026-12-06T16:24:30.123Z"
                                << "job failed at 2025-01-01 09:00:00";
    QTest::newRow("host or address") << "Connect to focus.lab:8080 [focus.lab/10.0.0.7] failed: connect timed out"
                                     << "Connect to 127.0.0.1:42001 [/127.0.0.1] failed: connect timed out";
    QTest::newRow("other uuid") << "no job 550e8400-e29b-41d4-a716-446655440000"
                                << "no job 123e4567-e89b-12d3-a456-426614174000";
}

void TestSignature::sameFailureElsewhereIsOneSignature()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const FailureSignature sa = FailureSignature::of(failure(a)), sb = FailureSignature::of(failure(b));
    QCOMPARE(sa.text, sb.text);
    QCOMPARE(sa.id, sb.id);
}

void TestSignature::differentFailuresDiffer_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("typeA");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("typeB");
    QTest::newRow("read vs connect timeout")
        << "requests.exceptions.ReadTimeout: HTTPConnectionPool(host='h', port=1): Read timed out."
        << ""
        << "requests.exceptions.ConnectTimeout: HTTPConnectionPool(host='h', port=1): Read timed out."
        << "";
    QTest::newRow("503 vs 429") << "AssertionError: job 31: 503 {}"
                                << ""
                                << "AssertionError: job 31: 429 {}"
                                << "";
    QTest::newRow("503 vs 502") << "503 Service Unavailable"
                                << ""
                                << "502 Bad Gateway"
                                << "";
    QTest::newRow("response 503 vs 500") << "assert <Response [503]>.ok"
                                         << ""
                                         << "assert <Response [500]>.ok"
                                         << "";
    QTest::newRow("same words, other exception") << "Read timed out"
                                                 << "java.net.SocketTimeoutException"
                                                 << "Read timed out"
                                                 << "java.io.InterruptedIOException";
    QTest::newRow("other state") << "assert 'running' == 'done'"
                                 << ""
                                 << "assert 'failed' == 'done'"
                                 << "";
    QTest::newRow("id of another type") << "no job 4711"
                                        << ""
                                        << "no job 550e8400-e29b-41d4-a716-446655440000"
                                        << "";
}

void TestSignature::differentFailuresDiffer()
{
    QFETCH(QString, a);
    QFETCH(QString, typeA);
    QFETCH(QString, b);
    QFETCH(QString, typeB);
    const FailureSignature sa = FailureSignature::of(failure(a, typeA)), sb = FailureSignature::of(failure(b, typeB));
    QVERIFY2(sa.text != sb.text, qPrintable(sa.text));
    QVERIFY(sa.id != sb.id);
}

void TestSignature::theTestsOwnFramesAreKept()
{
    // mocha + axios: the library's frames are left out, the suite's helper and test kept.
    const QString viaSubmit = QStringLiteral(
        "AxiosError: timeout of 1000ms exceeded\n"
        "    at RedirectableRequest.handleRequestTimeout (node_modules/axios/dist/node/axios.cjs:3193:16)\n"
        "    at listOnTimeout (node:internal/timers:581:17)\n"
        "    at async submitJob (clients.js:16:17)\n"
        "    at async Context.<anonymous> (jobs.spec.js:10:21)");
    const QString viaPoll = QString(viaSubmit).replace(QStringLiteral("submitJob (clients.js:16:17)"),
                                                       QStringLiteral("pollJob (clients.js:40:3)"));
    const FailureSignature submit = FailureSignature::of(
        failure(QStringLiteral("timeout of 1000ms exceeded"), QStringLiteral("AxiosError"), viaSubmit));
    QCOMPARE(submit.text,
             QStringLiteral("AxiosError: timeout of <duration> exceeded\n"
                            "at submitJob (clients.js) < Context.<anonymous> (jobs.spec.js)"));
    const FailureSignature poll = FailureSignature::of(
        failure(QStringLiteral("timeout of 30000ms exceeded"), QStringLiteral("AxiosError"), viaPoll));
    QVERIFY(submit.id != poll.id);

    // Java: the same error in two tests of one class is one signature, the test's name a placeholder.
    const auto java = [](const QString &test) {
        return failure(QStringLiteral("Read timed out"), QStringLiteral("java.net.SocketTimeoutException"),
                       QStringLiteral("java.net.SocketTimeoutException: Read timed out\n"
                                      "\tat java.base/java.net.SocketInputStream.read(SocketInputStream.java:168)\n"
                                      "\tat com.example.jobs.JobClient.submit(JobClient.java:42)\n"
                                      "\tat com.example.jobs.JobClientsTest.%1(JobClientsTest.java:55)\n"
                                      "\tat org.junit.runners.ParentRunner.run(ParentRunner.java:413)")
                           .arg(test),
                       test + QStringLiteral("[connect timeout]"));
    };
    const FailureSignature one = FailureSignature::of(java(QStringLiteral("submitsOne")));
    const FailureSignature other = FailureSignature::of(java(QStringLiteral("submitsMany")));
    QCOMPARE(one.text,
             QStringLiteral("java.net.SocketTimeoutException: Read timed out\n"
                            "at com.example.jobs.JobClient.submit (JobClient.java) < "
                            "com.example.jobs.JobClientsTest.<test> (JobClientsTest.java)"));
    QCOMPARE(one.id, other.id);

    // pytest: the frame lines name the test's file.
    const FailureSignature py = FailureSignature::of(
        failure(QStringLiteral("assert 1000 == 2000"), QString(),
                QStringLiteral("    def test_x():\n>       assert r.json()['rate'] == 2000\nE       assert 1000 == "
                               "2000\n\ntests/test_focus_server.py:48: AssertionError")));
    QCOMPARE(py.text, QStringLiteral("assert <num> == <num>\nat test_focus_server.py"));
}

void TestSignature::aFailureThatSaysNothingInItsMessageIsReadFromItsTrace()
{
    // go test through gotestsum: message "Failed", the story in the output.
    TestFailure go = failure(QStringLiteral("Failed"));
    go.output
        = QStringLiteral("=== RUN   TestConnect\n    jobs_test.go:58: health: Get \"http://127.0.0.1:36319/health\": "
                         "dial tcp 127.0.0.1:36319: i/o timeout\n--- FAIL: TestConnect (0.50s)\n");
    const FailureSignature s = FailureSignature::of(go);
    QVERIFY2(s.text.startsWith(QStringLiteral("jobs_test.go:<num>: health: Get \"http://<host>:<port>/health\": dial "
                                              "tcp <host>:<port>: i/o timeout")),
             qPrintable(s.text));
    // Nothing said at all: the status stands in.
    QCOMPARE(FailureSignature::of(failure(QString())).text, QStringLiteral("failed"));
}

void TestSignature::idIsStableAndShort()
{
    const FailureSignature s = FailureSignature::of(failure(QStringLiteral("Read timed out")));
    QCOMPARE(s.id.size(), 16);
    QCOMPARE(s.id, FailureSignature::idOf(s.text));
    // A fixed value: stored signatures must keep matching after an upgrade.
    QCOMPARE(FailureSignature::idOf(QStringLiteral("Read timed out")), QStringLiteral("99073efc88c03b13"));
}

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_signature.moc"
