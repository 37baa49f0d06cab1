#include "network/tokenprovider.h"

#include "network/outcomeclassifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace fathom {

TokenProvider::TokenProvider(TokenConfig config, SecretStore *secrets, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_secrets(secrets)
    , m_clock(clock)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

TokenProvider::~TokenProvider() = default;

bool TokenProvider::hasValidToken() const
{
    // A token that lives shorter than twice the margin is refreshed at half its life instead.
    const qint64 marginUs = std::min(qint64(m_config.refreshMarginS) * 1'000'000, m_lifetimeUs / 2);
    return !m_token.isEmpty() && m_clock->nowUs() < m_expiresAtUs - marginUs;
}

qint64 TokenProvider::expiresInMs() const
{
    return m_token.isEmpty() ? 0 : (m_expiresAtUs - m_clock->nowUs()) / 1000;
}

void TokenProvider::requestToken(QObject *context, Callback done)
{
    if (hasValidToken()) {
        TokenResult r;
        r.ok = true;
        r.token = m_token;
        r.lifetimeMs = expiresInMs();
        done(r);
        return;
    }
    m_waiters.append({ QPointer<QObject>(context), std::move(done) });
    if (!m_refreshing)
        startRefresh();
}

void TokenProvider::invalidate(const QByteArray &token)
{
    if (token == m_token) {
        m_token.clear();
        m_expiresAtUs = 0;
    }
}

void TokenProvider::startRefresh()
{
    m_refreshing = true;
    if (m_config.staticBearer || !m_config.basicUser.isEmpty()) {
        m_secrets->read(m_config.secretKey, this, [this](bool ok, const QString &secret, const QString &error) {
            TokenResult r;
            r.ok = ok && !secret.isEmpty();
            if (r.ok) {
                // Basic: RFC 7617's user-pass, UTF-8, in base64.
                r.token = m_config.basicUser.isEmpty()
                    ? secret.toUtf8()
                    : (m_config.basicUser + QLatin1Char(':') + secret).toUtf8().toBase64();
                r.lifetimeMs = std::numeric_limits<qint64>::max() / 4000;
                m_token = r.token;
                m_lifetimeUs = r.lifetimeMs * 1000;
                m_expiresAtUs = m_clock->nowUs() + m_lifetimeUs;
                ++m_refreshCount;
            } else {
                r.failure = OutcomeClass::Http4xx;
                r.error = (m_config.basicUser.isEmpty() ? tr("could not read the bearer token: %1")
                                                        : tr("could not read the password: %1"))
                              .arg(ok ? tr("it is empty") : error);
            }
            finishRefresh(r);
        });
        return;
    }
    if (!m_config.tokenUrl.isValid() || m_config.tokenUrl.scheme().isEmpty()) {
        TokenResult r;
        r.failure = OutcomeClass::Http4xx;
        r.error = tr("the token URL \"%1\" is not a valid http(s) URL").arg(m_config.tokenUrl.toDisplayString());
        finishRefresh(r);
        return;
    }
    m_secrets->read(m_config.secretKey, this, [this](bool ok, const QString &secret, const QString &error) {
        if (!ok) {
            TokenResult r;
            r.failure = OutcomeClass::Http4xx;
            r.error = tr("could not read the client secret: %1").arg(error);
            finishRefresh(r);
            return;
        }
        fetchWithSecret(secret);
    });
}

void TokenProvider::fetchWithSecret(const QString &secret)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), secret);
    if (!m_config.scope.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), m_config.scope);

    QNetworkRequest request(m_config.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(m_config.timeoutMs);
    const qint64 sentAtUs = m_clock->nowUs();
    QNetworkReply *reply = m_nam->post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    connect(reply, &QNetworkReply::finished, this, [this, reply, sentAtUs] {
        reply->deleteLater();
        ReplyFacts facts;
        facts.error = reply->error();
        facts.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        facts.body = reply->read(64 * 1024);
        TokenResult r;
        const OutcomeClass cls = classifyReply(facts);
        if (cls != OutcomeClass::Ok) {
            r.failure = cls;
            const bool answered = cls == OutcomeClass::Http4xx || cls == OutcomeClass::ServerError5xx
                || cls == OutcomeClass::Overloaded503 || cls == OutcomeClass::WaitingForFiber503;
            r.error = answered ? tr("the token endpoint answered HTTP %1").arg(facts.httpStatus)
                               : tr("the token request failed (%1): %2").arg(outcomeId(cls), reply->errorString());
            finishRefresh(r);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(facts.body).object();
        const QString token = o.value(QStringLiteral("access_token")).toString();
        const QJsonValue expires = o.value(QStringLiteral("expires_in"));
        const qint64 lifetimeS = expires.isString() ? expires.toString().toLongLong() : qint64(expires.toDouble(3600));
        if (token.isEmpty()) {
            r.failure = OutcomeClass::Http4xx;
            r.error = tr("the token endpoint's answer has no \"access_token\"");
            finishRefresh(r);
            return;
        }
        r.ok = true;
        r.token = token.toUtf8();
        r.lifetimeMs = std::max<qint64>(0, lifetimeS) * 1000;
        m_token = r.token;
        // Expiry counts from when the request was sent: the safe side of the network delay.
        m_lifetimeUs = r.lifetimeMs * 1000;
        m_expiresAtUs = sentAtUs + m_lifetimeUs;
        ++m_refreshCount;
        finishRefresh(r);
    });
}

void TokenProvider::finishRefresh(const TokenResult &result)
{
    m_refreshing = false;
    if (result.ok)
        Q_EMIT refreshed(result.lifetimeMs);
    else
        Q_EMIT refreshFailed(result.error);
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.done(result);
    }
}

} // namespace fathom
