#pragma once

#include "network/clock.h"
#include "network/outcome.h"
#include "network/secretstore.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace fathom {

/// OAuth2 client-credentials settings. The client secret itself is never here: only the key
/// under which the SecretStore keeps it.
struct TokenConfig
{
    QUrl tokenUrl;
    QString clientId;
    QString secretKey;
    QString scope;
    int refreshMarginS = 30; ///< refresh this long before expiry
    int timeoutMs = 10'000;
    /// A fixed bearer token: the secret *is* the token; nothing is fetched and it never expires.
    bool staticBearer = false;
    /// HTTP Basic: the user name; the secret is the password. Nothing is fetched.
    QString basicUser;
};

/// The result of asking for a token. `token` is secret: never log or print it.
struct TokenResult
{
    bool ok = false;
    QByteArray token;
    qint64 lifetimeMs = 0; ///< as granted by the server (expires_in)
    OutcomeClass failure = OutcomeClass::Ok; ///< why the token request failed, when !ok
    QString error; ///< never contains the secret or a token
};

/// Obtains, caches and refreshes an OAuth2 client-credentials token. One refresh at a time:
/// callers arriving while a refresh runs wait for it. Token requests go through the provider's
/// own QNetworkAccessManager, never through the engine's pool, so they cannot queue behind the
/// requests that are waiting for the token. Lives in, and is used from, one thread.
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    TokenProvider(TokenConfig config, SecretStore *secrets, Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~TokenProvider() override;

    using Callback = std::function<void(const TokenResult &)>;
    /// Calls `done` (in `context`'s thread, possibly before returning) with a valid token,
    /// refreshing first when none is cached or the cached one is within the refresh margin.
    void requestToken(QObject *context, Callback done);
    /// The server refused `token` (a 401): forget it so the next request fetches a new one.
    void invalidate(const QByteArray &token);

    bool hasValidToken() const;
    qint64 expiresInMs() const; ///< of the cached token; <= 0 when none
    int refreshCount() const { return m_refreshCount; }
    const TokenConfig &config() const { return m_config; }
    /// How the credential is sent: "Authorization: <scheme> <token>" ("Bearer", or "Basic").
    /// From the configuration alone: safe to read from any thread.
    QByteArray scheme() const { return m_config.basicUser.isEmpty() ? "Bearer" : "Basic"; }

Q_SIGNALS:
    void refreshed(qint64 lifetimeMs);
    void refreshFailed(const QString &error);

private:
    void startRefresh();
    void fetchWithSecret(const QString &secret);
    void finishRefresh(const TokenResult &result);

    TokenConfig m_config;
    SecretStore *m_secrets;
    Clock *m_clock;
    QNetworkAccessManager *m_nam;
    QByteArray m_token;
    qint64 m_expiresAtUs = 0;
    qint64 m_lifetimeUs = 0;
    bool m_refreshing = false;
    int m_refreshCount = 0;
    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
    };
    QList<Waiter> m_waiters;
};

} // namespace fathom
