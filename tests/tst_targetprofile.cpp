#include "model/targetprofile.h"

#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTest>

using namespace fathom;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}
} // namespace

class TestTargetProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullProfile();
    void minimalProfileHasDefaults();
    void badProfiles_data();
    void badProfiles();
    void patchIsAllOrNothing();
    void roundTrip();
    void basicAuthRoundTrips();
    void jobAndCleanupRequests();
    void hostileAnswers_data();
    void hostileAnswers();
    void loadErrorsNameTheFile();
};

void TestTargetProfile::fullProfile()
{
    QString error;
    const auto p = TargetProfile::fromJson(json(R"({
        "name": "focus-staging", "base_url": "http://127.0.0.1:8080/api", "health_path": "/health",
        "readiness_path": "/metadata",
        "job": {"method": "post", "path": "/jobs", "body": "{\"channels\": {level}, \"n\": {index}}", "id_field": "id"},
        "cleanup": {"method": "DELETE", "path": "/jobs/{id}"},
        "auth": {"type": "oauth2", "token_url": "/oauth/token", "client_id": "qa", "secret_key": "focus/qa"},
        "client": {"transport": "qt", "pool_size": 50, "connect_timeout_ms": 5000, "retry": {"max_retries": 2, "full_jitter": true},
                   "breaker": {"mode": "failure_rate", "failure_outcomes": ["connect_timeout", "overloaded_503"]}}
    })"),
                                           &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->name, QStringLiteral("focus-staging"));
    QCOMPARE(p->job.method, QByteArray("POST"));
    QCOMPARE(p->job.idField, QStringLiteral("id"));
    QVERIFY(p->cleanup.enabled);
    QCOMPARE(p->auth.type, AuthSettings::Type::OAuth2);
    QCOMPARE(p->client.transport, EngineConfig::Transport::Qt);
    QCOMPARE(p->client.poolSize, 50);
    QCOMPARE(p->client.connectTimeoutMs, 5000);
    QCOMPARE(p->client.requestTimeoutMs, 60'000); // default kept
    QCOMPARE(p->client.retry.maxRetries, 2);
    QVERIFY(p->client.retry.fullJitter);
    QCOMPARE(p->client.breaker.mode, BreakerConfig::Mode::FailureRate);
    QCOMPARE(p->client.breaker.failureOutcomes,
             (QSet<OutcomeClass> { OutcomeClass::ConnectTimeout, OutcomeClass::Overloaded503 }));
    QCOMPARE(p->url("/health").toString(), QStringLiteral("http://127.0.0.1:8080/api/health"));
}

void TestTargetProfile::minimalProfileHasDefaults()
{
    QString error;
    const auto p = TargetProfile::fromJson(json(R"({"base_url": "http://127.0.0.1:9"})"), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->healthPath, QStringLiteral("/health"));
    QCOMPARE(p->job.path, QStringLiteral("/jobs"));
    QVERIFY(!p->cleanup.enabled);
    QCOMPARE(p->client.transport, EngineConfig::Transport::Curl);
    QCOMPARE(p->client.poolSize, 200);
    QCOMPARE(p->client.retry.maxRetries, 3);
    QCOMPARE(p->client.breaker.failureThreshold, 5);
}

void TestTargetProfile::badProfiles_data()
{
    QTest::addColumn<QByteArray>("profile");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("no base url") << QByteArray(R"({"name": "x"})") << "base_url";
    QTest::addRow("url without scheme") << QByteArray(R"({"base_url": "127.0.0.1:8080"})") << "base_url";
    QTest::addRow("ftp url") << QByteArray(R"({"base_url": "ftp://h/"})") << "base_url";
    QTest::addRow("unknown top-level field") << QByteArray(R"({"base_url": "http://h", "pool": 5})") << "\"pool\"";
    QTest::addRow("unknown nested field")
        << QByteArray(R"({"base_url": "http://h", "client": {"poolsize": 5}})") << "client.poolsize";
    QTest::addRow("wrong type") << QByteArray(R"({"base_url": "http://h", "client": {"pool_size": "many"}})")
                                << "client.pool_size";
    QTest::addRow("fraction") << QByteArray(R"({"base_url": "http://h", "client": {"pool_size": 2.5}})")
                              << "client.pool_size";
    QTest::addRow("unknown transport") << QByteArray(R"({"base_url": "http://h", "client": {"transport": "wget"}})")
                                       << "client.transport";
    QTest::addRow("out of range") << QByteArray(R"({"base_url": "http://h", "client": {"pool_size": 0}})")
                                  << "client.pool_size";
    QTest::addRow("path without slash") << QByteArray(R"({"base_url": "http://h", "health_path": "health"})")
                                        << "health_path";
    QTest::addRow("bad method") << QByteArray(R"({"base_url": "http://h", "job": {"method": "PO ST"}})")
                                << "job.method";
    QTest::addRow("cleanup names unknown field")
        << QByteArray(R"({"base_url": "http://h", "cleanup": {"path": "/jobs/{jobid}"}})") << "cleanup.path";
    QTest::addRow("body names unknown field")
        << QByteArray(R"({"base_url": "http://h", "job": {"body": "{\"a\": {nope}}"}})") << "job.body";
    QTest::addRow("body not json") << QByteArray(R"({"base_url": "http://h", "job": {"body": "{\"a\": "}})")
                                   << "job.body";
    QTest::addRow("auth type") << QByteArray(R"({"base_url": "http://h", "auth": {"type": "kerberos"}})")
                               << "auth.type";
    QTest::addRow("oauth without key") << QByteArray(
        R"({"base_url": "http://h", "auth": {"type": "oauth2", "token_url": "/t", "client_id": "c"}})")
                                       << "auth.secret_key";
    QTest::addRow("oauth without token url")
        << QByteArray(R"({"base_url": "http://h", "auth": {"type": "oauth2", "client_id": "c", "secret_key": "k"}})")
        << "auth.token_url";
    QTest::addRow("unknown breaker outcome")
        << QByteArray(R"({"base_url": "http://h", "client": {"breaker": {"failure_outcomes": ["timeout"]}}})")
        << "timeout";
    QTest::addRow("cleanup path without the job id")
        << QByteArray(R"({"base_url": "http://h", "cleanup": {"path": "/jobs/all"}})") << "cleanup.path";
    QTest::addRow("slo error rate above 1")
        << QByteArray(R"({"base_url": "http://h", "slo": {"error_rate": 5}})") << "slo.error_rate";
    QTest::addRow("slo unknown field") << QByteArray(R"({"base_url": "http://h", "slo": {"p95_ms": 5}})")
                                       << "slo.p95_ms";
    QTest::addRow("client not an object") << QByteArray(R"({"base_url": "http://h", "client": 5})") << "client";
    QTest::addRow("basic without user name")
        << QByteArray(R"({"base_url": "http://h", "auth": {"type": "basic", "secret_key": "k"}})") << "auth.username";
    QTest::addRow("basic user name with a colon")
        << QByteArray(R"({"base_url": "http://h", "auth": {"type": "basic", "username": "a:b", "secret_key": "k"}})")
        << "auth.username";
    // Credentials never in a URL: refused, and the refusal does not repeat the password.
    QTest::addRow("password in the base url") << QByteArray(R"({"base_url": "http://qauser:s3cretPW@127.0.0.1:8080"})")
                                              << "\"basic\", \"username\": \"qauser\"";
    QTest::addRow("user name only in the base url")
        << QByteArray(R"({"base_url": "http://qauser@127.0.0.1:8080"})") << "base_url";
    QTest::addRow("password in the token url")
        << QByteArray(R"({"base_url": "http://h", "auth": {"type": "oauth2", "client_id": "c", "secret_key": "k",
                      "token_url": "https://svc:s3cretPW@sso.example/token"}})")
        << "auth.token_url";
    QTest::addRow("password in a base url that is not one")
        << QByteArray(R"({"base_url": "ftp://qauser:s3cretPW@h/"})") << "ftp://h/";
}

void TestTargetProfile::badProfiles()
{
    QFETCH(QByteArray, profile);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!TargetProfile::fromJson(QJsonDocument::fromJson(profile).object(), &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(!error.contains("s3cretPW"), qPrintable(error));
}

void TestTargetProfile::patchIsAllOrNothing()
{
    QString error;
    auto p
        = TargetProfile::fromJson(json(R"({"base_url": "http://127.0.0.1:1", "client": {"pool_size": 10}})"), &error);
    QVERIFY(p);
    // A good field and a bad one: neither is applied.
    QVERIFY(!p->applyPatch(json(R"({"client": {"pool_size": 20, "connect_timeout_ms": -1}})"), &error));
    QVERIFY(error.contains("connect_timeout_ms"));
    QCOMPARE(p->client.poolSize, 10);
    QVERIFY2(p->applyPatch(json(R"({"client": {"pool_size": 20}, "job": {"path": "/work"}})"), &error),
             qPrintable(error));
    QCOMPARE(p->client.poolSize, 20);
    QCOMPARE(p->job.path, QStringLiteral("/work"));
    QCOMPARE(p->job.method, QByteArray("POST")); // untouched siblings stay
}

void TestTargetProfile::roundTrip()
{
    QString error;
    const auto p = TargetProfile::fromJson(json(R"({"base_url": "http://h:1", "cleanup": {"path": "/j/{job_id}"},
        "auth": {"type": "bearer", "secret_key": "k"}, "client": {"max_rps": 12.5, "transport": "qt"},
        "slo": {"p99_ms": 750}})"),
                                           &error);
    QVERIFY2(p, qPrintable(error));
    const auto again = TargetProfile::fromJson(p->toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->toJson(), p->toJson());
    QCOMPARE(again->client.maxRequestsPerSecond, 12.5);
    QCOMPARE(again->client.transport, EngineConfig::Transport::Qt);
    QCOMPARE(again->slo.p99Ms, 750.0);
    QVERIFY(!again->slo.errorRate); // unset stays unset: a p99 SLO alone allows no failed job
}

void TestTargetProfile::basicAuthRoundTrips()
{
    // Basic: the user name in the profile, the password in the keychain under secret_key.
    QString error;
    const auto p = TargetProfile::fromJson(
        json(R"({"base_url": "http://h:1", "auth": {"type": "basic", "username": "qauser", "secret_key": "lab/qa"}})"),
        &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->auth.type, AuthSettings::Type::Basic);
    QVERIFY(p->usesToken());
    const TokenConfig c = p->tokenConfig();
    QCOMPARE(c.basicUser, "qauser");
    QCOMPARE(c.secretKey, "lab/qa");
    QVERIFY(!c.staticBearer);
    const auto again = TargetProfile::fromJson(p->toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->toJson(), p->toJson());
    QVERIFY(p->jobRequest(0, 1, 1).useToken);
}

void TestTargetProfile::jobAndCleanupRequests()
{
    QString error;
    const auto p = TargetProfile::fromJson(json(R"({"base_url": "http://h:1", "job": {"path": "/jobs?level={level}",
        "body": "{\"i\": {index}, \"a\": {attempt}}"}, "cleanup": {"path": "/jobs/{job_id}"}})"),
                                           &error);
    QVERIFY2(p, qPrintable(error));
    const HttpRequestSpec job = p->jobRequest(4, 9, 2);
    QCOMPARE(job.method, QByteArray("POST"));
    QCOMPARE(job.url.toString(), QStringLiteral("http://h:1/jobs?level=9"));
    QCOMPARE(job.body, QByteArray(R"({"i": 4, "a": 2})"));
    const auto cleanup = p->cleanupRequest(R"({"job_id": "a/b c"})");
    QVERIFY(cleanup);
    QCOMPARE(cleanup->method, QByteArray("DELETE"));
    QCOMPARE(cleanup->url.toString(QUrl::FullyEncoded), QStringLiteral("http://h:1/jobs/a%2Fb%20c"));
    QVERIFY(cleanup->retry.has_value());
    QCOMPARE(p->cleanupRequest(R"({"job_id": 42})")->url.path(), QStringLiteral("/jobs/42"));
}

void TestTargetProfile::hostileAnswers_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("not json") << QByteArray("<html>");
    QTest::addRow("array") << QByteArray("[1,2]");
    QTest::addRow("no id") << QByteArray(R"({"other": 1})");
    QTest::addRow("id is an object") << QByteArray(R"({"job_id": {}})");
    QTest::addRow("huge") << QByteArray(2 * 1024 * 1024, 'x');
}

void TestTargetProfile::hostileAnswers()
{
    QFETCH(QByteArray, answer);
    QString error;
    const auto p
        = TargetProfile::fromJson(json(R"({"base_url": "http://h:1", "cleanup": {"path": "/jobs/{job_id}"}})"), &error);
    QVERIFY(p);
    QVERIFY(!p->cleanupRequest(answer));
}

void TestTargetProfile::loadErrorsNameTheFile()
{
    QString error;
    QVERIFY(!TargetProfile::load("/nonexistent/p.json", &error));
    QVERIFY(error.contains("/nonexistent/p.json"));
    QTemporaryFile f;
    QVERIFY(f.open());
    f.write(R"({"base_url": "http://h", "client": {"pool_size": -3}})");
    f.close();
    QVERIFY(!TargetProfile::load(f.fileName(), &error));
    QVERIFY(error.contains(f.fileName()) && error.contains("client.pool_size"));
    // A "file" with no size that never ends is read up to the limit, then refused (it grew to 24 GB).
    QVERIFY(!TargetProfile::load("/dev/zero", &error));
    QVERIFY2(error.contains("/dev/zero") && error.contains("1 MiB"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTargetProfile)
#include "tst_targetprofile.moc"
