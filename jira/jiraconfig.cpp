#include "jira/jiraconfig.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace fathom {

const QString JiraConfig::kTokenKey = QStringLiteral("jira/api-token");

namespace {

const QLatin1String kUrlKey("jira/url");
const QLatin1String kProjectKey("jira/project");
const QLatin1String kIssueTypeKey("jira/issueType");
const QLatin1String kUserKey("jira/user");

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback());
}

} // namespace

QString JiraConfig::problem() const
{
    if (baseUrl.isEmpty())
        return tr("Jira's address is not set: give the site's URL, e.g. https://example.atlassian.net");
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()
        || (baseUrl.scheme() != QLatin1String("https") && baseUrl.scheme() != QLatin1String("http")))
        return tr("\"%1\" is not a web address: give the Jira site's URL, e.g. https://example.atlassian.net")
            .arg(baseUrl.toDisplayString(QUrl::RemoveUserInfo));
    if (!baseUrl.userInfo().isEmpty())
        return tr("Jira's address must not hold a user or password: give the user in its own field and the API "
                  "token in the keychain");
    if (baseUrl.hasQuery() || baseUrl.hasFragment())
        return tr("Jira's address has a query or a fragment (?… or #…): give only the site, e.g. "
                  "https://example.atlassian.net");
    // The token goes in a header: in clear text only to this machine.
    if (baseUrl.scheme() == QLatin1String("http") && !isLoopback(baseUrl.host()))
        return tr("Jira's address uses http: the API token would cross the network unencrypted; use https");
    static const QRegularExpression projectPattern(QStringLiteral("^[A-Z][A-Z0-9_]{0,254}$"));
    if (projectKey.isEmpty())
        return tr("The Jira project is not set: give its key, e.g. FOCUS (the letters before an issue's number)");
    if (!projectPattern.match(projectKey).hasMatch())
        return tr("\"%1\" is not a Jira project key: a capital letter, then capital letters, digits or underscores, "
                  "e.g. FOCUS")
            .arg(projectKey.left(40));
    if (issueType.trimmed().isEmpty())
        return tr("The issue type is not set: give one the project has, e.g. Bug or Task");
    if (issueType.size() > 60 || user.size() > 254)
        return tr("The issue type or the user is too long for Jira");
    return {};
}

QUrl JiraConfig::restUrl(const QString &path) const
{
    return underSite(QStringLiteral("/rest/api/2/") + path);
}

QUrl JiraConfig::browseUrl(const QString &key) const
{
    return underSite(QStringLiteral("/browse/") + key);
}

QUrl JiraConfig::underSite(const QString &path) const
{
    QUrl url = baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/'))) // as people paste it: https://host/jira/
        base.chop(1);
    url.setPath(base + path);
    return url;
}

JiraConfig JiraConfig::load(const QSettings &settings)
{
    JiraConfig c;
    c.baseUrl = QUrl(settings.value(kUrlKey).toString().trimmed());
    c.projectKey = settings.value(kProjectKey).toString().trimmed();
    c.issueType = settings.value(kIssueTypeKey, c.issueType).toString().trimmed();
    c.user = settings.value(kUserKey).toString().trimmed();
    return c;
}

void JiraConfig::save(QSettings &settings) const
{
    settings.setValue(kUrlKey, baseUrl.toString());
    settings.setValue(kProjectKey, projectKey);
    settings.setValue(kIssueTypeKey, issueType);
    settings.setValue(kUserKey, user);
}

bool isJiraIssueKey(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}$"));
    return pattern.match(text).hasMatch();
}

} // namespace fathom
