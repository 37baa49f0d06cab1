// HTTPS to the servers QA labs have: nginx from Debian's archive on loopback, with certificates
// this test makes with Debian's openssl (tests/make-test-certs): a private CA, a certificate for
// another name, an expired one, and a client certificate whose key is in the clear or under a
// passphrase. Every case on both transports, through a probe as a user runs one.
#include "model/probe.h"
#include "model/targetprofile.h"
#include "network/secretstore.h"
#include "realserverprocess.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fathom;

namespace {
const QString kPassphrase = QStringLiteral("lab key päss");
}

class TestTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void probes_data();
    void probes();
    void aBadCaBundleIsNamed_data();
    void aBadCaBundleIsNamed();
    void profilesKeepNoPassphrase();

private:
    QString cert(const QString &name) const { return m_certs.filePath(name); }

    QTemporaryDir m_certs;
    RealServerProcess m_trusted; ///< signed by the lab CA for 127.0.0.1; wants a client certificate for /jobs
    RealServerProcess m_wrongHost;
    RealServerProcess m_expired;
};

void TestTls::initTestCase()
{
    QVERIFY(m_certs.isValid());
    QProcess make;
    make.setProcessChannelMode(QProcess::MergedChannels);
    make.start(QStringLiteral(FATHOM_TEST_DATA "/../make-test-certs"), { m_certs.path(), kPassphrase });
    QVERIFY(make.waitForFinished(60'000));
    QVERIFY2(make.exitCode() == 0, make.readAll().constData());
    QString error;
    QVERIFY2(m_trusted.start(QStringLiteral("nginx-tls"), { cert("server.pem"), cert("server.key"), cert("ca.pem") },
                             &error),
             qPrintable(error));
    QVERIFY2(m_wrongHost.start(QStringLiteral("nginx-tls"), { cert("wronghost.pem"), cert("wronghost.key") }, &error),
             qPrintable(error));
    QVERIFY2(m_expired.start(QStringLiteral("nginx-tls"), { cert("expired.pem"), cert("expired.key") }, &error),
             qPrintable(error));
    QCOMPARE(m_trusted.url().scheme(), QStringLiteral("https"));
}

void TestTls::cleanupTestCase()
{
    m_trusted.stop();
    m_wrongHost.stop();
    m_expired.stop();
}

void TestTls::probes_data()
{
    QTest::addColumn<QString>("transport");
    QTest::addColumn<QString>("server"); // trusted, wrong-host, expired
    QTest::addColumn<QString>("bundle"); // a file in the certificates folder, or none
    QTest::addColumn<bool>("verify");
    QTest::addColumn<QString>("key"); // the client key: none, client.key, client-encrypted.key
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("kind"); // health, or job (wants the client certificate)
    QTest::addColumn<QString>("outcome"); // "success" or the outcome id

    for (const QString transport : { "curl", "qt" }) {
        const auto row
            = [&](const char *name) { return &(QTest::addRow("%s, %s", qPrintable(transport), name) << transport); };
        *row("private CA with its bundle") << "trusted"
                                           << "ca.pem" << true << ""
                                           << ""
                                           << "health"
                                           << "success";
        *row("private CA without a bundle") << "trusted"
                                            << "" << true << ""
                                            << ""
                                            << "health"
                                            << "tls_error";
        *row("verification off") << "trusted"
                                 << "" << false << ""
                                 << ""
                                 << "health"
                                 << "success";
        *row("a certificate for another name") << "wrong-host"
                                               << "ca.pem" << true << ""
                                               << ""
                                               << "health"
                                               << "tls_error";
        *row("an expired certificate") << "expired"
                                       << "ca.pem" << true << ""
                                       << ""
                                       << "health"
                                       << "tls_error";
        *row("client certificate") << "trusted"
                                   << "ca.pem" << true << "client.key"
                                   << ""
                                   << "job"
                                   << "success";
        *row("no client certificate") << "trusted"
                                      << "ca.pem" << true << ""
                                      << ""
                                      << "job"
                                      << "http_4xx";
        *row("encrypted key, its passphrase") << "trusted"
                                              << "ca.pem" << true << "client-encrypted.key" << kPassphrase << "job"
                                              << "success";
        *row("encrypted key, a wrong passphrase") << "trusted"
                                                  << "ca.pem" << true << "client-encrypted.key"
                                                  << "wrong"
                                                  << "job"
                                                  << "tls_error";
    }
}

void TestTls::probes()
{
    QFETCH(QString, transport);
    QFETCH(QString, server);
    QFETCH(QString, bundle);
    QFETCH(bool, verify);
    QFETCH(QString, key);
    QFETCH(QString, passphrase);
    QFETCH(QString, kind);
    QFETCH(QString, outcome);

    QJsonObject tls { { "verify_peer", verify } };
    if (!bundle.isEmpty())
        tls.insert("ca_bundle", cert(bundle));
    if (!key.isEmpty()) {
        tls.insert("client_certificate", cert("client.pem"));
        tls.insert("client_key", cert(key));
    }
    const QUrl url = server == "trusted" ? m_trusted.url()
        : server == "wrong-host"         ? m_wrongHost.url()
                                         : m_expired.url();
    QString error;
    auto profile = TargetProfile::fromJson({ { "name", "lab" },
                                             { "base_url", url.toString() },
                                             { "readiness_path", "" },
                                             { "client", QJsonObject { { "transport", transport }, { "tls", tls } } } },
                                           &error);
    QVERIFY2(profile, qPrintable(error));
    profile->client.tls.passphrase = passphrase; // as the keychain gives it before a run
    profile->client.retry.maxRetries = 0;

    Probe probe(*profile);
    QSignalSpy done(&probe, &Probe::finished);
    probe.run(kind == "job" ? ProbeKind::Job : ProbeKind::Health);
    QVERIFY(done.wait(30'000));
    const ProbeResult r = done.first().first().value<ProbeResult>();
    if (outcome == "success") {
        QVERIFY2(r.ok, qPrintable(r.verdict));
        return;
    }
    QVERIFY2(!r.ok, qPrintable(r.verdict));
    const QString said = QJsonDocument(r.details).toJson();
    QVERIFY2(said.contains(outcome) || r.verdict.contains(outcome == "http_4xx" ? "403" : outcome),
             qPrintable(r.verdict + said));
    if (outcome == "tls_error" && kind == "health")
        QVERIFY2(r.verdict.contains("HTTPS"), qPrintable(r.verdict));
    QVERIFY2(!r.verdict.contains(kPassphrase) && !said.contains(kPassphrase), qPrintable(r.verdict));
}

void TestTls::aBadCaBundleIsNamed_data()
{
    QTest::addColumn<QString>("transport");
    QTest::newRow("curl") << "curl";
    QTest::newRow("qt") << "qt";
}

void TestTls::aBadCaBundleIsNamed()
{
    QFETCH(QString, transport);
    // A file that is no certificate: the probe fails as TLS and names the file, never connects in the clear.
    const QString notPem = cert("index.txt.attr");
    QString error;
    auto profile = TargetProfile::fromJson(
        { { "name", "lab" },
          { "base_url", m_trusted.url().toString() },
          { "readiness_path", "" },
          { "client",
            QJsonObject { { "transport", transport }, { "tls", QJsonObject { { "ca_bundle", notPem } } } } } },
        &error);
    QVERIFY2(profile, qPrintable(error));
    Probe probe(*profile);
    QSignalSpy done(&probe, &Probe::finished);
    probe.run(ProbeKind::Health);
    QVERIFY(done.wait(30'000));
    const ProbeResult r = done.first().first().value<ProbeResult>();
    QVERIFY2(!r.ok, qPrintable(r.verdict));
    QVERIFY2(r.verdict.contains("HTTPS"), qPrintable(r.verdict));

    // A profile naming a file that is not there is refused when read, naming the field.
    QVERIFY(!TargetProfile::fromJson(
        { { "name", "lab" },
          { "base_url", m_trusted.url().toString() },
          { "client", QJsonObject { { "tls", QJsonObject { { "ca_bundle", "/nonexistent/ca.pem" } } } } } },
        &error));
    QVERIFY2(error.contains("client.tls.ca_bundle") && error.contains("/nonexistent/ca.pem"), qPrintable(error));
}

void TestTls::profilesKeepNoPassphrase()
{
    QString error;
    auto profile = TargetProfile::fromJson({ { "name", "lab" },
                                             { "base_url", m_trusted.url().toString() },
                                             { "client",
                                               QJsonObject { { "tls",
                                                               QJsonObject {
                                                                   { "client_certificate", cert("client.pem") },
                                                                   { "client_key", cert("client-encrypted.key") },
                                                                   { "client_key_passphrase_key", "lab/client-key" },
                                                               } } } } },
                                           &error);
    QVERIFY2(profile, qPrintable(error));
    profile->client.tls.passphrase = kPassphrase;
    const QByteArray saved = QJsonDocument(profile->toJson()).toJson();
    QVERIFY(!saved.contains(kPassphrase.toUtf8()));
    QVERIFY(saved.contains("lab/client-key"));
    const auto again = TargetProfile::fromJson(profile->toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->client.tls.clientKey, cert("client-encrypted.key"));
    QVERIFY(again->client.tls.passphrase.isEmpty());

    // A key without its certificate is refused.
    QVERIFY(!TargetProfile::fromJson(
        { { "name", "lab" },
          { "base_url", m_trusted.url().toString() },
          { "client", QJsonObject { { "tls", QJsonObject { { "client_key", cert("client.key") } } } } } },
        &error));
    QVERIFY2(error.contains("go together"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
