#include "jira/jiraclient.h"

#include "network/visibletext.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>

namespace fathom {

namespace {

constexpr int kJiraWordsMax = 600; // of what Jira says, in an error

/// Jira's own words in an error answer: `errorMessages` and `errors` ("field: message").
QString jiraWords(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QStringList words;
    for (const QJsonValue &m : o.value(QLatin1String("errorMessages")).toArray())
        if (!m.toString().trimmed().isEmpty())
            words << m.toString().trimmed();
    const QJsonObject errors = o.value(QLatin1String("errors")).toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it)
        words << QStringLiteral("%1: %2").arg(it.key(), it.value().toString().trimmed());
    QString text = visibleControls(words.join(QStringLiteral("; "))).replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > kJiraWordsMax)
        text = text.left(kJiraWordsMax) + QChar(0x2026);
    return text;
}

QString oneLine(QString text, int max)
{
    text = text.simplified(); // Jira refuses a summary with a line break
    if (text.size() > max)
        text = text.left(max - 1).trimmed() + QChar(0x2026);
    return text;
}

} // namespace

JiraClient::JiraClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

JiraClient::~JiraClient()
{
    if (m_reply)
        m_reply->abort();
}

QByteArray JiraClient::issueJson(const JiraConfig &config, const JiraIssueDraft &draft)
{
    QString description = draft.description;
    if (description.size() > kDescriptionMax)
        description
            = description.left(kDescriptionMax) + tr("\n\n… (cut to Jira's size; the attached report has all of it)");
    const QJsonObject fields {
        { QStringLiteral("project"), QJsonObject { { QStringLiteral("key"), config.projectKey } } },
        { QStringLiteral("summary"), oneLine(draft.summary, kSummaryMax) },
        { QStringLiteral("description"), description },
        { QStringLiteral("issuetype"), QJsonObject { { QStringLiteral("name"), config.issueType.trimmed() } } },
    };
    return QJsonDocument(QJsonObject { { QStringLiteral("fields"), fields } }).toJson(QJsonDocument::Compact);
}

QString JiraClient::start(const JiraConfig &config, const QString &token)
{
    cancel();
    m_config = config;
    m_result = {};
    m_cancelled = m_tooLarge = false;
    QString problem = config.problem();
    if (problem.isEmpty() && token.trimmed().isEmpty())
        problem = tr("No Jira API token is stored: give it in Settings → Jira, or \"fathom secret set %1\"")
                      .arg(JiraConfig::kTokenKey);
    if (problem.isEmpty()
        && std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; }))
        problem = tr("The stored Jira API token holds a line break or a control character: store it again");
    // A company's Jira is often reached through its proxy: the system's (https_proxy, http_proxy,
    // no_proxy), as curl and the browsers take it. Fathom's engine never uses one; this client does.
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(config.baseUrl));
    m_network->setProxy(proxies.value(0, QNetworkProxy(QNetworkProxy::NoProxy)));
    if (problem.isEmpty())
        m_authorization = config.user.isEmpty()
            ? QByteArray("Bearer " + token.trimmed().toUtf8())
            : QByteArray("Basic " + QByteArray(config.user.toUtf8() + ':' + token.trimmed().toUtf8()).toBase64());
    return problem;
}

void JiraClient::create(const JiraConfig &config, const QString &token, const JiraIssueDraft &draft)
{
    const QString problem = start(config, token);
    m_draft = draft;
    m_step = Step::Create;
    if (!problem.isEmpty()) {
        m_result.error = problem;
        QMetaObject::invokeMethod(this, &JiraClient::finish, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(config.restUrl(QStringLiteral("issue")));
    request.setRawHeader("Accept", "application/json");
    Q_EMIT step(tr("Creating the issue in %1…").arg(config.projectKey));
    send(request, issueJson(config, draft), "application/json");
}

void JiraClient::check(const JiraConfig &config, const QString &token)
{
    const QString problem = start(config, token);
    m_step = Step::Myself;
    m_who.clear();
    if (!problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, problem] { Q_EMIT checked(false, problem); }, Qt::QueuedConnection);
        return;
    }
    Q_EMIT step(tr("Asking %1 who the token belongs to…").arg(config.baseUrl.toDisplayString()));
    get(QStringLiteral("myself"));
}

void JiraClient::get(const QString &resource)
{
    QNetworkRequest request(m_config.restUrl(resource));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", m_authorization);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    m_reply = m_network->get(request);
    watch();
}

void JiraClient::send(const QNetworkRequest &given, const QByteArray &body, const QByteArray &contentType)
{
    QNetworkRequest request = given;
    request.setRawHeader("Authorization", m_authorization);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    if (!contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        m_reply = m_network->post(request, body);
    } else {
        // The attachment: multipart/form-data with the file in the part named "file", and the
        // header without which Jira refuses it as a cross-site request.
        request.setRawHeader("X-Atlassian-Token", "no-check");
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/html; charset=utf-8"));
        file.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=\"file\"; filename=\"" + m_draft.attachmentName.toUtf8() + '"'));
        file.setBody(m_draft.attachment);
        multipart->append(file);
        m_reply = m_network->post(request, multipart);
        multipart->setParent(m_reply);
    }
    watch();
}

void JiraClient::watch()
{
    // An answer larger than Jira's is not read to its end.
    connect(m_reply, &QNetworkReply::readyRead, this, [this, reply = m_reply] {
        if (reply->bytesAvailable() > kAnswerMax && !m_tooLarge) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &JiraClient::answered);
}

void JiraClient::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort();
}

void JiraClient::answered()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = m_tooLarge || !reply->isOpen() ? QByteArray() : reply->readAll();
    // A redirect is an answer, not a success: it is not followed (the token would go with it).
    const bool redirected = status >= 300 && status < 400;
    const bool done = !m_cancelled && !m_tooLarge && !redirected && reply->error() == QNetworkReply::NoError;
    if (m_step == Step::Myself || m_step == Step::Project)
        return checkAnswered(status, body, done, reply);
    if (m_step == Step::Create) {
        const QString key = QJsonDocument::fromJson(body).object().value(QLatin1String("key")).toString();
        if (done && (status == 201 || status == 200) && isJiraIssueKey(key)) {
            m_result.key = key;
            m_result.browseUrl = m_config.browseUrl(key);
            if (m_draft.attachmentName.isEmpty())
                return finish();
            m_step = Step::Attach;
            Q_EMIT step(tr("Attaching the report to %1…").arg(key));
            send(QNetworkRequest(m_config.restUrl(QStringLiteral("issue/%1/attachments").arg(key))), m_draft.attachment,
                 QByteArray());
            return;
        }
        m_result.error = done ? tr("Jira's answer (%1) names no issue created: is %2 a Jira site?")
                                    .arg(status)
                                    .arg(m_config.baseUrl.toDisplayString())
                              : refusal(reply, body);
    } else if (!done || status != 200) {
        m_result.attachmentError = done ? tr("Jira answered %1 to the attachment").arg(status) : refusal(reply, body);
    }
    finish();
}

void JiraClient::checkAnswered(int status, const QByteArray &body, bool done, QNetworkReply *reply)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString site = m_config.baseUrl.toDisplayString();
    auto fail = [this](const QString &why) {
        m_authorization.clear();
        Q_EMIT checked(false, why);
    };
    if (!done || status != 200)
        return fail(done ? tr("Jira answered %1.").arg(status) : refusal(reply, body));
    if (m_step == Step::Myself) {
        m_who = visibleControls(o.value(QLatin1String("displayName")).toString()).simplified().left(100);
        if (m_who.isEmpty())
            return fail(tr("%1 answered, but not as Jira does (no user named): is it a Jira site?").arg(site));
        m_step = Step::Project;
        Q_EMIT step(tr("Looking for the project %1…").arg(m_config.projectKey));
        return get(QStringLiteral("project/") + m_config.projectKey);
    }
    QStringList types;
    for (const QJsonValue &t : o.value(QLatin1String("issueTypes")).toArray())
        types << visibleControls(t.toObject().value(QLatin1String("name")).toString()).simplified().left(60);
    const QString project = visibleControls(o.value(QLatin1String("name")).toString()).simplified().left(100);
    const QString issueType = m_config.issueType.trimmed();
    m_authorization.clear();
    if (!types.isEmpty() && !types.contains(issueType, Qt::CaseInsensitive))
        return fail(tr("Connected to %1 as %2, but the project %3 (%4) has no issue type \"%5\": it has %6.")
                        .arg(site, m_who, m_config.projectKey, project, issueType, types.join(QStringLiteral(", "))));
    Q_EMIT checked(true,
                   tr("Connected to %1 as %2; the project %3 (%4) takes %5 issues.")
                       .arg(site, m_who, m_config.projectKey, project, issueType));
}

void JiraClient::finish()
{
    m_authorization.clear();
    Q_EMIT finished(m_result);
}

QString JiraClient::refusal(QNetworkReply *reply, const QByteArray &body) const
{
    if (m_cancelled)
        return tr("Cancelled.");
    const QString site = m_config.baseUrl.toDisplayString();
    if (m_tooLarge)
        return tr("Jira's answer was larger than 1 MB: is %1 a Jira site?").arg(site);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString said = jiraWords(body);
    const QString jiraSaid = said.isEmpty() ? QString() : tr(" Jira says: %1").arg(said);
    switch (status) {
    case 0:
        break;
    case 400:
        return m_step == Step::Attach
            ? tr("Jira refused the attachment (400).%1").arg(jiraSaid)
            : tr("Jira refused the issue (400).%1 Check the project key and the issue type in "
                 "Settings → Jira: the type must be one the project has.")
                  .arg(jiraSaid);
    case 401:
        return tr("Jira did not accept the user and API token (401). Check the user (on Jira Cloud, the account's "
                  "e-mail; empty for a Data Center personal access token) and store the token again.");
    case 403:
        if (reply->rawHeader("X-Seraph-LoginReason").contains("AUTHENTICATION_DENIED"))
            return tr("Jira asks for a CAPTCHA after failed logins (403): log in to %1 in a browser once, then try "
                      "again.")
                .arg(site);
        if (m_step == Step::Project)
            return tr("The user may not see the project %1 (403).%2").arg(m_config.projectKey, jiraSaid);
        return m_step == Step::Attach
            ? tr("The user may not attach files in %1 (403).%2").arg(m_config.projectKey, jiraSaid)
            : tr("The user may not create issues in %1 (403).%2").arg(m_config.projectKey, jiraSaid);
    case 404:
        if (m_step == Step::Project)
            return tr("There is no project %1 at %2, or the user may not see it (404): check the project key.")
                .arg(m_config.projectKey, site);
        return tr("There is no Jira REST API at %1 (404): check the address, with its context path if the site has "
                  "one (e.g. https://host/jira).")
            .arg(site);
    case 413:
        return tr("The report is larger than this Jira accepts as an attachment (413).");
    case 429:
        return tr("Jira asks to slow down (429): try again in a minute.%1").arg(jiraSaid);
    default:
        if (status >= 300 && status < 400) {
            const QUrl to = QUrl(QString::fromLatin1(reply->rawHeader("Location")));
            return tr("Jira answered with a redirect (%1) to %2: give that address as Jira's, in Settings → Jira.")
                .arg(status)
                .arg(visibleControls(to.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                                         .toDisplayString()
                                         .left(200)));
        }
        if (status >= 500)
            return tr("Jira failed (%1): try again later.%2").arg(status).arg(jiraSaid);
        return tr("Jira answered %1.%2").arg(status).arg(jiraSaid);
    }
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("Nothing answers at %1 (connection refused): check Jira's address.").arg(site);
    case QNetworkReply::HostNotFoundError:
        return tr("The host of %1 is not found: check Jira's address.").arg(site);
    case QNetworkReply::OperationCanceledError:
        return tr("Jira did not answer within %1 s.").arg(m_timeoutMs / 1000.0);
    default:
        return tr("Jira at %1 could not be reached: %2").arg(site, visibleControls(reply->errorString()).left(300));
    }
}

} // namespace fathom
