#include "diagnosis/redaction.h"

#include <QTest>

using namespace fathom;

class TestRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redacts_data();
    void redacts();
};

void TestRedaction::redacts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("secret"); // must be gone

    QTest::addRow("authorization header") << "Authorization: Bearer abc.def-123456"
                                          << "Authorization: Bearer [REDACTED]"
                                          << "abc.def-123456";
    QTest::addRow("python dict header") << "{'Authorization': 'Basic dXNlcjpwYXNz', 'Accept': '*/*'}"
                                        << "{'Authorization': 'Basic [REDACTED]', 'Accept': '*/*'}"
                                        << "dXNlcjpwYXNz";
    QTest::addRow("proxy authorization") << "Proxy-Authorization: Negotiate YIIabc"
                                         << "Proxy-Authorization: Negotiate [REDACTED]"
                                         << "YIIabc";
    QTest::addRow("bearer in a sentence") << "calling with bearer s3cr3t-t0ken-value"
                                          << "calling with bearer [REDACTED]"
                                          << "s3cr3t-t0ken-value";
    QTest::addRow("json client_secret") << R"({"client_id": "qa", "client_secret": "hunter2"})"
                                        << R"({"client_id": "qa", "client_secret": "[REDACTED]"})"
                                        << "hunter2";
    QTest::addRow("form body") << "grant_type=client_credentials&client_secret=hunter2&scope=jobs"
                               << "grant_type=client_credentials&client_secret=[REDACTED]&scope=jobs"
                               << "hunter2";
    QTest::addRow("password=") << "login failed for password=pa55word!"
                               << "login failed for password=[REDACTED]"
                               << "pa55word!";
    QTest::addRow("access_token json") << R"({"access_token":"abcdef123","expires_in":3600})"
                                       << R"({"access_token":"[REDACTED]","expires_in":3600})"
                                       << "abcdef123";
    QTest::addRow("api key header") << "X-API-Key: k-123456"
                                    << "X-API-Key: [REDACTED]"
                                    << "k-123456";
    QTest::addRow("jwt anywhere") << "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-nature_x was rejected"
                                  << "token [REDACTED] was rejected"
                                  << "eyJhbGciOiJIUzI1NiJ9";
    QTest::addRow("url userinfo") << "GET http://qa:hunter2@focus.lab/jobs"
                                  << "GET http://qa:[REDACTED]@focus.lab/jobs"
                                  << "hunter2";
    QTest::addRow("nothing secret") << "requests.exceptions.ReadTimeout: Read timed out. (read timeout=60)"
                                    << "requests.exceptions.ReadTimeout: Read timed out. (read timeout=60)"
                                    << "";
    QTest::addRow("token words are not tokens") << "the token manager created a session; token expired"
                                                << "the token manager created a session; token expired"
                                                << "";
    // A parametrised test's name: the value ends where its bracket or parenthesis does.
    QTest::addRow("pytest parameter") << "test_login[password=name-hunter2]"
                                      << "test_login[password=[REDACTED]]"
                                      << "hunter2";
    QTest::addRow("junit parameter") << "login(token=abc123def) [1]"
                                     << "login(token=[REDACTED]) [1]"
                                     << "abc123def";
}

void TestRedaction::redacts()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const QString out = redactSecrets(text);
    QTEST(out, "expected");
    if (!secret.isEmpty())
        QVERIFY(!out.contains(secret));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
