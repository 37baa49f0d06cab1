// The servers a failed run's tests talked to, read from what their failures say.
#include "diagnosis/testedtarget.h"

#include <QTest>

using namespace fathom;

class TestTestedTarget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachStacksWords_data();
    void eachStacksWords();
    void mostNamedFirstAndOneServerPerFailure();
    void notFromQuotedSourceLogsOrDocumentation();
    void sameServer_data();
    void sameServer();
};

namespace {

TestFailure failure(const QString &message, const QString &trace = {}, const QString &output = {})
{
    TestFailure f;
    f.name = QStringLiteral("t");
    f.message = message;
    f.trace = trace;
    f.output = output;
    return f;
}

} // namespace

void TestTestedTarget::eachStacksWords_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("server");
    // The forms of the corpora in tests/data/junit, one per stack.
    QTest::addRow("urllib3 pool") << "requests.exceptions.ReadTimeout: HTTPConnectionPool(host='focus-qa.example', "
                                     "port=8080): Read timed out. (read timeout=2)"
                                  << "focus-qa.example:8080";
    QTest::addRow("requests url") << "requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: "
                                     "http://focus-qa.example:8080/jobs"
                                  << "focus-qa.example:8080";
    QTest::addRow("https, default port") << "HTTPError: 401 for url: https://focus-qa.example/jobs"
                                         << "focus-qa.example:443";
    QTest::addRow("Go") << "Get \"http://127.0.0.1:36319/health\": dial tcp 127.0.0.1:36319: i/o timeout"
                        << "127.0.0.1:36319";
    QTest::addRow("Node refused") << "Error: connect ECONNREFUSED 127.0.0.1:59353"
                                  << "127.0.0.1:59353";
    QTest::addRow("node-fetch") << "FetchError: request to http://jobs.example:8080/health failed, reason: getaddrinfo "
                                   "ENOTFOUND jobs.example"
                                << "jobs.example:8080";
    QTest::addRow("Node, name alone") << "Error: getaddrinfo ENOTFOUND jobs.example"
                                      << "jobs.example";
    QTest::addRow("Ruby") << "Failed to open TCP connection to 127.0.0.1:34263 (Connection refused)"
                          << "127.0.0.1:34263";
    QTest::addRow("Apache HttpClient") << "Connect to 10.1.2.3:42001 [/10.1.2.3] failed: Connect timed out"
                                       << "10.1.2.3:42001";
    QTest::addRow("curl") << "cURL error 28: Failed to connect to focus.lab port 8443 after 500 ms"
                          << "focus.lab:8443";
    QTest::addRow("IPv6") << "Get \"http://[::1]:9000/jobs\": EOF"
                          << "[::1]:9000"; // shown as written, compared as loopback
    QTest::addRow("credentials left out") << "for url: http://[REDACTED]@focus.lab:8080/jobs"
                                          << "focus.lab:8080";
}

void TestTestedTarget::eachStacksWords()
{
    QFETCH(QString, message);
    const QList<TestedTarget> t = testedTargets({ failure(message) });
    QCOMPARE(t.size(), 1);
    QTEST(t.first().endpoint.text(), "server");
    QCOMPARE(t.first().failures, 1);
}

void TestTestedTarget::mostNamedFirstAndOneServerPerFailure()
{
    const QList<TestedTarget> t = testedTargets({
        failure("for url: http://a.example:8080/jobs"),
        failure("HTTPConnectionPool(host='b.example', port=80): Read timed out"),
        failure("for url: http://b.example/jobs"),
        // one failure naming its server twice counts once
        failure("request to http://b.example:80/x failed, reason: getaddrinfo ENOTFOUND b.example"),
        failure("AssertionError: assert 1 == 2"),
    });
    QCOMPARE(t.size(), 2);
    QCOMPARE(t[0].endpoint.text(), "b.example:80");
    QCOMPARE(t[0].failures, 3);
    QCOMPARE(t[1].endpoint.text(), "a.example:8080");
}

void TestTestedTarget::notFromQuotedSourceLogsOrDocumentation()
{
    // pytest quotes source (with a comment's link) beside its E lines; the log names other
    // servers; Guzzle links curl's documentation after "see".
    const QList<TestedTarget> t = testedTargets({
        failure({},
                "    # https://erickt.github.io/blog/2014/11/19/adventures\n>   r = s.get(url)\n"
                "E   requests.exceptions.ConnectionError: HTTPConnectionPool(host='focus', port=80)",
                "INFO calling http://metrics.example:9090/push"),
        failure("cURL error 7: Failed to connect to focus port 80 after 0 ms (see "
                "https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://focus/jobs"),
    });
    QCOMPARE(t.size(), 1);
    QCOMPARE(t.first().endpoint.text(), "focus:80");
    QCOMPARE(t.first().failures, 2);
}

void TestTestedTarget::sameServer_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("named");
    QTest::addColumn<bool>("same");
    QTest::addRow("loopback spellings") << "http://localhost:8080"
                                        << "127.0.0.1:8080" << true;
    QTest::addRow("another port") << "http://127.0.0.1:8081"
                                  << "127.0.0.1:8080" << false;
    QTest::addRow("default port") << "https://focus.lab"
                                  << "focus.lab:443" << true;
    QTest::addRow("a name alone") << "http://jobs.example:8080"
                                  << "getaddrinfo ENOTFOUND jobs.example" << true;
    QTest::addRow("another host") << "http://focus.lab:8080"
                                  << "focus.prod:8080" << false;
}

void TestTestedTarget::sameServer()
{
    QFETCH(QString, url);
    QFETCH(QString, named);
    const QList<TestedTarget> t = testedTargets({ failure(named.contains(' ') ? named : "for url: http://" + named) });
    QCOMPARE(t.size(), 1);
    QTEST(Endpoint::fromUrl(QUrl(url)).sameServer(t.first().endpoint), "same");
}

QTEST_GUILESS_MAIN(TestTestedTarget)
#include "tst_testedtarget.moc"
