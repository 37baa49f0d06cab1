#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace fathom {

/// Where "Report to Jira" creates issues: the site, the project, the issue type and the user.
/// Kept in the settings (the window's Settings → Jira, or `fathom jira config`); the API token
/// is not: it lives in the keychain under kTokenKey.
struct JiraConfig
{
    Q_DECLARE_TR_FUNCTIONS(fathom::JiraConfig)
public:
    /// The site, with its context path if any: https://example.atlassian.net, https://host/jira.
    QUrl baseUrl;
    QString projectKey; ///< FOCUS
    QString issueType = QStringLiteral("Bug");
    /// Jira Cloud: the account's e-mail, sent with the API token as Basic credentials. Empty: the
    /// token is a personal access token (Jira Data Center), sent as a Bearer token.
    QString user;

    static const QString kTokenKey; ///< "jira/api-token", the keychain's key for the token

    bool isSet() const { return !baseUrl.isEmpty() || !projectKey.isEmpty(); }
    /// What keeps it from being used, in words that say what to change; empty when it can be.
    QString problem() const;
    /// The REST resource `path` ("issue", "issue/FOCUS-1/attachments") under the site.
    QUrl restUrl(const QString &path) const;
    /// Where a person opens issue `key` in the browser.
    QUrl browseUrl(const QString &key) const;

    static JiraConfig load(const QSettings &settings);
    void save(QSettings &settings) const;

private:
    QUrl underSite(const QString &path) const; ///< `path` after the site's own path
};

/// "FOCUS-123": a project key (a capital letter, then capitals, digits or underscores), a dash, a number.
bool isJiraIssueKey(const QString &text);

} // namespace fathom
