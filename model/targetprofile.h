#pragma once

#include "model/slo.h"
#include "network/engineconfig.h"
#include "network/tokenprovider.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace fathom {

/// How Fathom authenticates to a target. Secrets are never here: only the keychain key.
struct AuthSettings
{
    enum class Type
    {
        None,
        Bearer,
        OAuth2,
        Basic, ///< HTTP Basic: a user name, and the password in the keychain
    };
    Type type = Type::None;
    QString username; ///< Basic
    QString tokenUrl; ///< OAuth2: absolute URL, or a path on the base URL
    QString clientId;
    QString scope;
    QString secretKey; ///< the QtKeychain key of the client secret (OAuth2), the token (Bearer) or the password
};

/// The id of an authentication type, as profiles write it: "none", "bearer", "oauth2", "basic".
QString authTypeId(AuthSettings::Type t);

/// Where `url` carries a user name or a password ("http://user:secret@host"): the message that
/// refuses it, naming `field` and what to do instead; empty when it carries none. Credentials
/// belong in the keychain, never in a URL, which ends up in files, databases and logs.
QString credentialsInUrl(const QUrl &url, const QString &field);
/// `text` (a URL, or what was given as one) without its "user:password@", for messages.
QString withoutCredentials(const QString &text);
/// The same, for a URL however it was parsed.
QString withoutCredentials(const QUrl &url, const QString &text);

/// A target: where it is, how to check it, what one job is, how to clean one up, how to log
/// in, and the engine settings to reach it with. Loaded from JSON strictly: an unknown field, a
/// wrong type, a URL without scheme or a template naming an unknown field is refused with a
/// message naming the field, and nothing is applied.
struct TargetProfile
{
    QString name;
    QUrl baseUrl;
    QString healthPath = QStringLiteral("/health");
    QString readinessPath = QStringLiteral("/metadata"); ///< empty: the target has no readiness check

    struct Job
    {
        QByteArray method = "POST";
        QString path = QStringLiteral("/jobs"); ///< may use {index}, {level}, {attempt}
        QString body = QStringLiteral("{}"); ///< template; same placeholders
        QString idField = QStringLiteral("job_id"); ///< the JSON field of the answer holding the job id
    } job;

    struct Cleanup
    {
        bool enabled = false;
        QByteArray method = "DELETE";
        QString path = QStringLiteral("/jobs/{job_id}"); ///< must name the id field: {<idField>}
    } cleanup;

    AuthSettings auth;
    EngineConfig client;
    /// The target's service-level objective: discovery reports the highest level meeting it.
    Slo slo;

    /// Parses a whole profile; fields absent keep their defaults.
    static std::optional<TargetProfile> fromJson(const QJsonObject &json, QString *error);
    static std::optional<TargetProfile> load(const QString &path, QString *error);
    /// Overrides fields with `patch` (same shape as the file, e.g. from command-line flags).
    /// All or nothing: on error this profile is unchanged.
    bool applyPatch(const QJsonObject &patch, QString *error);
    QJsonObject toJson() const;

    QUrl url(const QString &path) const;
    /// The job request for job `index` (0-based) of `attempt` at `level`.
    HttpRequestSpec jobRequest(int index, int level, int attempt) const;
    /// The cleanup request for a job whose creation answered `answerBody`; nullopt when
    /// cleanup is off or the answer has no usable id.
    std::optional<HttpRequestSpec> cleanupRequest(const QByteArray &answerBody) const;
    /// The job id in a creation answer, or empty.
    QString jobIdFrom(const QByteArray &answerBody) const;
    bool usesToken() const { return auth.type != AuthSettings::Type::None; }
    /// The token provider's settings for this profile's auth (meaningful when usesToken()).
    TokenConfig tokenConfig() const;

    Q_DECLARE_TR_FUNCTIONS(fathom::TargetProfile) // last: the macro ends in "private:"
};

} // namespace fathom
