#include "network/secretstore.h"
#include "network/tokenprovider.h"
#include "simprocess.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace fathom;

namespace {

TokenConfig configFor(const QUrl &tokenUrl, const QString &key = "sim")
{
    TokenConfig c;
    c.tokenUrl = tokenUrl;
    c.clientId = "fathom";
    c.secretKey = key;
    c.refreshMarginS = 30;
    return c;
}

/// Asks for a token and waits for the answer.
TokenResult fetch(TokenProvider &p)
{
    TokenResult result;
    bool done = false;
    p.requestToken(&p, [&](const TokenResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("no token answer");
    return result;
}

/// A raw server answering every connection with the same bytes: bodies the simulator never sends.
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    s->readAll();
                    s->write(m_answer);
                    s->disconnectFromHost();
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(serverPort())); }

private:
    QByteArray m_answer;
};

} // namespace

class TestTokenProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cachedUntilTheRefreshMargin();
    void oneRefreshServesEveryWaiter();
    void shortLivedTokensRefreshAtHalfLife();
    void invalidateForgetsOnlyThatToken();
    void failureReachesEveryWaiterWithoutTheSecret();
    void missingSecretNamesTheKey();
    void basicCredentialsFromTheKeychain();
    void badTokenAnswers_data();
    void badTokenAnswers();
    void keychainRoundTrip();
    void forwardedSecretsServeAnotherThread();

private:
    SimProcess m_sim;
    MemorySecretStore m_secrets;
};

void TestTokenProvider::initTestCase()
{
    QVERIFY(m_sim.start({ "--token-ttl-s", "600" }));
    m_secrets.write("sim", "fathom-secret", this, [](bool, const QString &) {});
    m_secrets.write("wrong", "not-the-secret-1234", this, [](bool, const QString &) {});
}

void TestTokenProvider::cachedUntilTheRefreshMargin()
{
    ManualClock clock;
    TokenProvider p(configFor(m_sim.url("/oauth/token")), &m_secrets, &clock);
    const TokenResult first = fetch(p);
    QVERIFY(first.ok);
    QCOMPARE(first.lifetimeMs, 600'000);
    QCOMPARE(p.refreshCount(), 1);
    clock.advanceMs(600'000 - 31'000);
    QCOMPARE(fetch(p).token, first.token); // 31 s left: still good
    QCOMPARE(p.refreshCount(), 1);
    clock.advanceMs(2'000); // 29 s left: inside the margin
    const TokenResult second = fetch(p);
    QVERIFY(second.ok);
    QVERIFY(second.token != first.token);
    QCOMPARE(p.refreshCount(), 2);
}

void TestTokenProvider::oneRefreshServesEveryWaiter()
{
    const int issuedBefore = m_sim.stats().value("tokens_issued").toInt();
    TokenProvider p(configFor(m_sim.url("/oauth/token")), &m_secrets);
    QList<TokenResult> results;
    for (int i = 0; i < 20; ++i)
        p.requestToken(this, [&](const TokenResult &r) { results.append(r); });
    QTRY_COMPARE(results.size(), 20);
    for (const TokenResult &r : results) {
        QVERIFY(r.ok);
        QCOMPARE(r.token, results.first().token);
    }
    QCOMPARE(p.refreshCount(), 1);
    QCOMPARE(m_sim.stats().value("tokens_issued").toInt(), issuedBefore + 1);
}

void TestTokenProvider::shortLivedTokensRefreshAtHalfLife()
{
    SimProcess sim;
    QVERIFY(sim.start({ "--token-ttl-s", "10" }));
    ManualClock clock;
    TokenProvider p(configFor(sim.url("/oauth/token")), &m_secrets, &clock);
    QVERIFY(fetch(p).ok);
    QVERIFY(p.hasValidToken()); // a 30 s margin on a 10 s token would never be valid
    clock.advanceMs(4'900);
    QVERIFY(p.hasValidToken());
    clock.advanceMs(200);
    QVERIFY(!p.hasValidToken());
}

void TestTokenProvider::invalidateForgetsOnlyThatToken()
{
    TokenProvider p(configFor(m_sim.url("/oauth/token")), &m_secrets);
    const TokenResult t = fetch(p);
    p.invalidate("some-other-token");
    QVERIFY(p.hasValidToken());
    p.invalidate(t.token);
    QVERIFY(!p.hasValidToken());
    QVERIFY(fetch(p).token != t.token);
}

void TestTokenProvider::failureReachesEveryWaiterWithoutTheSecret()
{
    TokenProvider p(configFor(m_sim.url("/oauth/token"), "wrong"), &m_secrets);
    QSignalSpy failed(&p, &TokenProvider::refreshFailed);
    QList<TokenResult> results;
    for (int i = 0; i < 3; ++i)
        p.requestToken(this, [&](const TokenResult &r) { results.append(r); });
    QTRY_COMPARE(results.size(), 3);
    for (const TokenResult &r : results) {
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, OutcomeClass::Http4xx);
        QVERIFY2(r.error.contains("401"), qPrintable(r.error));
        QVERIFY(!r.error.contains("not-the-secret-1234"));
    }
    QCOMPARE(failed.size(), 1);
}

void TestTokenProvider::missingSecretNamesTheKey()
{
    TokenProvider p(configFor(m_sim.url("/oauth/token"), "nobody-stored-this"), &m_secrets);
    const TokenResult r = fetch(p);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains("nobody-stored-this"), qPrintable(r.error));
}

void TestTokenProvider::basicCredentialsFromTheKeychain()
{
    // HTTP Basic: the user name from the profile, the password from the keychain, sent as
    // "Authorization: Basic base64(user:password)" in UTF-8 (RFC 7617); nothing is fetched.
    m_secrets.write("lab/basic", QString::fromUtf8("p\xc3\xa4ss:w0rd"), this, [](bool, const QString &) {});
    TokenConfig c;
    c.secretKey = "lab/basic";
    c.basicUser = "qauser";
    TokenProvider p(c, &m_secrets);
    QCOMPARE(p.scheme(), QByteArray("Basic"));
    const TokenResult r = fetch(p);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.token, QByteArray("qauser:p\xc3\xa4ss:w0rd").toBase64());
    QCOMPARE(p.refreshCount(), 1);

    c.secretKey = "nobody-stored-this";
    TokenProvider missing(c, &m_secrets);
    const TokenResult none = fetch(missing);
    QVERIFY(!none.ok);
    QVERIFY2(none.error.contains("password"), qPrintable(none.error));
    QCOMPARE(TokenProvider(configFor(m_sim.url("/oauth/token")), &m_secrets).scheme(), QByteArray("Bearer"));
}

void TestTokenProvider::badTokenAnswers_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("errorMentions");
    QTest::addRow("not json") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nnope!") << "access_token";
    QTest::addRow("json without token") << QByteArray(
        "HTTP/1.1 200 OK\r\nContent-Length: 17\r\n\r\n{\"expires_in\":60}")
                                        << "access_token";
    QTest::addRow("token not a string") << QByteArray(
        "HTTP/1.1 200 OK\r\nContent-Length: 19\r\n\r\n{\"access_token\":42}")
                                        << "access_token";
    QTest::addRow("cut short") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n{\"access_")
                               << "token request failed";
    QTest::addRow("closed without answer") << QByteArray() << "token request failed";
}

void TestTokenProvider::badTokenAnswers()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, errorMentions);
    CannedServer server(answer);
    TokenProvider p(configFor(server.url()), &m_secrets);
    const TokenResult r = fetch(p);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(errorMentions), qPrintable(r.error));
    QVERIFY(!p.hasValidToken());
}

void TestTokenProvider::keychainRoundTrip()
{
    // Only under the headless keyring of scripts/test: elsewhere the first write would pop up
    // gnome-keyring's "new keyring" dialog, or touch the developer's real keyring.
    if (qEnvironmentVariable("FATHOM_HEADLESS_KEYRING") != "1")
        QSKIP("needs the headless keyring of scripts/test (FATHOM_HEADLESS_KEYRING=1)");
    KeychainSecretStore store("Fathom-tests");
    bool ok = false;
    QString error;
    bool done = false;
    store.write("tst_tokenprovider", "fathom-secret", this,
                [&](bool o, const QString &e) { ok = o, error = e, done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(ok, qPrintable(error));

    TokenProvider p(configFor(m_sim.url("/oauth/token"), "tst_tokenprovider"), &store);
    const TokenResult r = fetch(p);
    QVERIFY2(r.ok, qPrintable(r.error));

    done = false;
    store.remove("tst_tokenprovider", this, [&](bool o, const QString &e) { ok = o, error = e, done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(ok, qPrintable(error));
    TokenProvider gone(configFor(m_sim.url("/oauth/token"), "tst_tokenprovider"), &store);
    const TokenResult missing = fetch(gone);
    QVERIFY(!missing.ok);
    QVERIFY2(missing.error.contains("tst_tokenprovider"), qPrintable(missing.error));
}

// A provider in a run thread reads the secret from a store living in this thread (the
// keychain's), and its answer arrives back in the run thread.
void TestTokenProvider::forwardedSecretsServeAnotherThread()
{
    ForwardingSecretStore forwarded(&m_secrets, this);
    QThread thread;
    thread.start();
    QObject *anchor = new QObject;
    anchor->moveToThread(&thread);
    std::atomic<bool> done { false };
    bool ok = false;
    QThread *answeredIn = nullptr;
    TokenProvider *provider = nullptr;
    QMetaObject::invokeMethod(anchor, [&] {
        provider = new TokenProvider(configFor(m_sim.url("/oauth/token")), &forwarded, Clock::system(), anchor);
        provider->requestToken(anchor, [&](const TokenResult &r) {
            ok = r.ok;
            answeredIn = QThread::currentThread();
            done = true;
        });
    });
    QTRY_VERIFY_WITH_TIMEOUT(done.load(), 10'000);
    QVERIFY(ok);
    QCOMPARE(answeredIn, &thread);

    // A missing secret is reported the same way, naming the key.
    done = false;
    QString error;
    QMetaObject::invokeMethod(anchor, [&] {
        forwarded.read("absent", anchor, [&](bool found, const QString &, const QString &e) {
            ok = found;
            error = e;
            answeredIn = QThread::currentThread();
            done = true;
        });
    });
    QTRY_VERIFY_WITH_TIMEOUT(done.load(), 10'000);
    QVERIFY(!ok);
    QVERIFY2(error.contains("absent"), qPrintable(error));
    QCOMPARE(answeredIn, &thread);
    QMetaObject::invokeMethod(
        anchor, [anchor] { delete anchor; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}

QTEST_GUILESS_MAIN(TestTokenProvider)
#include "tst_tokenprovider.moc"
