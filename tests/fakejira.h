#pragma once

// A Jira on loopback for the tests: it checks each request as Jira's REST API (version 2)
// documents it — the credentials, the JSON body's `fields` (project key, summary, description,
// issue type; any other field refused as a screen without it refuses it), the attachment's
// multipart body and its X-Atlassian-Token header — and answers as Jira does: 201 with the
// issue's id, key and self; 400 with `errorMessages` and `errors`; 401; 403; 404.

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>

/// The Jira client takes the system's proxy (http_proxy, https_proxy, no_proxy): a test talking
/// to this Jira on loopback must not inherit one.
inline void forgetProxiesFromTheEnvironment()
{
    for (const char *name : { "http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY" })
        qunsetenv(name);
}

class FakeJira : public QObject
{
public:
    struct Attachment
    {
        QString filename;
        QByteArray contentType;
        QByteArray data;
    };
    struct Issue
    {
        QString key;
        QJsonObject fields;
        QList<Attachment> attachments;
    };

    QString user = "qa@example.com";
    QString token = "tok-9f3a-secret";
    bool bearer = false; ///< a Data Center personal access token instead of Basic credentials
    QString project = "FOCUS";
    QStringList issueTypes { "Bug", "Task" };
    int nextNumber = 123;
    /// Answer every request with this status and body (and headers), checking nothing.
    int forcedStatus = 0;
    QByteArray forcedBody;
    QList<std::pair<QByteArray, QByteArray>> forcedHeaders;
    /// Refuse attachments with this status.
    int attachmentStatus = 0;

    QList<Issue> issues;
    int requests = 0;

    explicit FakeJira(const QString &contextPath = QString())
    {
        m_server.route(contextPath + "/rest/api/2/issue", QHttpServerRequest::Method::Post,
                       [this](const QHttpServerRequest &r) { return createIssue(r); });
        m_server.route(contextPath + "/rest/api/2/issue/<arg>/attachments", QHttpServerRequest::Method::Post,
                       [this](const QString &key, const QHttpServerRequest &r) { return attach(key, r); });
        m_server.route(contextPath + "/rest/api/2/myself", QHttpServerRequest::Method::Get,
                       [this](const QHttpServerRequest &r) { return myself(r); });
        m_server.route(contextPath + "/rest/api/2/project/<arg>", QHttpServerRequest::Method::Get,
                       [this](const QString &key, const QHttpServerRequest &r) { return projectOf(key, r); });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        m_contextPath = contextPath;
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(m_contextPath)); }

private:
    static QByteArray header(const QHttpServerRequest &r, const QByteArray &name)
    {
        for (const auto &[key, value] : r.headers())
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
    static QHttpServerResponse jiraErrors(const QStringList &messages, const QJsonObject &errors, int status)
    {
        return QHttpServerResponse(
            QJsonObject { { "errorMessages", QJsonArray::fromStringList(messages) }, { "errors", errors } },
            QHttpServerResponse::StatusCode(status));
    }
    std::optional<QHttpServerResponse> checked(const QHttpServerRequest &r)
    {
        ++requests;
        if (forcedStatus) {
            QHttpServerResponse forced("application/json", forcedBody, QHttpServerResponse::StatusCode(forcedStatus));
            for (const auto &[name, value] : forcedHeaders)
                forced.addHeader(name, value);
            return forced;
        }
        const QByteArray expected = bearer
            ? QByteArray("Bearer " + token.toUtf8())
            : QByteArray("Basic " + QByteArray(user.toUtf8() + ':' + token.toUtf8()).toBase64());
        if (header(r, "Authorization") != expected)
            return jiraErrors({ "You are not authenticated. Authentication required to perform this operation." }, {},
                              401);
        return std::nullopt;
    }
    QHttpServerResponse createIssue(const QHttpServerRequest &r)
    {
        if (auto refused = checked(r))
            return std::move(*refused);
        if (!header(r, "Content-Type").startsWith("application/json"))
            return QHttpServerResponse(QHttpServerResponse::StatusCode::UnsupportedMediaType);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.object().value("fields").isObject())
            return jiraErrors({ "Can not deserialize instance of com.atlassian.jira.rest.v2.issue.IssueUpdateBean" },
                              {}, 400);
        const QJsonObject fields = doc.object().value("fields").toObject();
        QJsonObject errors;
        for (const QString &name : fields.keys())
            if (!QStringList { "project", "summary", "description", "issuetype" }.contains(name))
                errors.insert(name,
                              QStringLiteral("Field '%1' cannot be set. It is not on the appropriate screen, "
                                             "or unknown.")
                                  .arg(name));
        if (fields.value("project").toObject().value("key").toString() != project)
            errors.insert("project", "valid project is required");
        if (!issueTypes.contains(fields.value("issuetype").toObject().value("name").toString()))
            errors.insert("issuetype", "valid issue type is required");
        const QJsonValue summary = fields.value("summary");
        if (!summary.isString() || summary.toString().trimmed().isEmpty())
            errors.insert("summary", "You must specify a summary of the issue.");
        else if (summary.toString().size() > 255)
            errors.insert("summary", "Summary must be less than 255 characters.");
        else if (summary.toString().contains('\n') || summary.toString().contains('\r'))
            errors.insert("summary", "The summary is invalid because it contains newline characters.");
        const QJsonValue description = fields.value("description");
        if (!description.isUndefined() && !description.isString())
            errors.insert("description", "Operation value must be a string");
        else if (description.toString().size() > 32767)
            errors.insert("description",
                          "The entered text is too long. It exceeds the allowed limit of 32,767 characters.");
        if (!errors.isEmpty())
            return jiraErrors({}, errors, 400);
        const QString key = QStringLiteral("%1-%2").arg(project).arg(nextNumber++);
        issues.append(Issue { key, fields, {} });
        const QString id = QString::number(10000 + issues.size());
        return QHttpServerResponse(QJsonObject { { "id", id },
                                                 { "key", key },
                                                 { "self", QString(url().toString() + "/rest/api/2/issue/" + id) } },
                                   QHttpServerResponse::StatusCode::Created);
    }
    QHttpServerResponse myself(const QHttpServerRequest &r)
    {
        if (auto refused = checked(r))
            return std::move(*refused);
        return QHttpServerResponse(QJsonObject { { "accountId", "5b10ac8d82e05b22cc7d4ef5" },
                                                 { "emailAddress", user },
                                                 { "displayName", "Dana Levi" },
                                                 { "active", true } });
    }
    QHttpServerResponse projectOf(const QString &key, const QHttpServerRequest &r)
    {
        if (auto refused = checked(r))
            return std::move(*refused);
        if (key != project)
            return jiraErrors({ QStringLiteral("No project could be found with key '%1'.").arg(key) }, {}, 404);
        QJsonArray types;
        for (const QString &t : issueTypes)
            types.append(QJsonObject { { "name", t }, { "subtask", false } });
        return QHttpServerResponse(
            QJsonObject { { "key", project }, { "name", "Focus Jobs" }, { "issueTypes", types } });
    }
    QHttpServerResponse attach(const QString &key, const QHttpServerRequest &r)
    {
        if (auto refused = checked(r))
            return std::move(*refused);
        if (header(r, "X-Atlassian-Token") != "no-check")
            return QHttpServerResponse("text/plain", "XSRF check failed", QHttpServerResponse::StatusCode::Forbidden);
        if (attachmentStatus)
            return QHttpServerResponse(QHttpServerResponse::StatusCode(attachmentStatus));
        Issue *issue = nullptr;
        for (Issue &i : issues)
            if (i.key == key)
                issue = &i;
        if (!issue)
            return jiraErrors({ "Issue does not exist or you do not have permission to see it." }, {}, 404);
        const QRegularExpressionMatch boundary = QRegularExpression("^multipart/form-data; *boundary=\"?([^\";]+)")
                                                     .match(QString::fromLatin1(header(r, "Content-Type")));
        if (!boundary.hasMatch())
            return jiraErrors({ "the request was rejected because no multipart boundary was found" }, {}, 500);
        const QByteArray separator = "--" + boundary.captured(1).toLatin1();
        QByteArray body = r.body();
        QJsonArray answer;
        for (qsizetype at = body.indexOf(separator); at >= 0;) {
            const qsizetype next = body.indexOf(separator, at + separator.size());
            if (next < 0)
                break;
            const QByteArray part = body.mid(at + separator.size() + 2, next - at - separator.size() - 4);
            const qsizetype headersEnd = part.indexOf("\r\n\r\n");
            const QByteArray headers = part.left(headersEnd);
            const QRegularExpressionMatch name
                = QRegularExpression("name=\"file\"; filename=\"([^\"]*)\"").match(QString::fromUtf8(headers));
            if (headersEnd >= 0 && name.hasMatch()) {
                const QRegularExpressionMatch type
                    = QRegularExpression("(?i)content-type: *([^\r\n]+)").match(QString::fromLatin1(headers));
                issue->attachments.append({ name.captured(1), type.captured(1).toLatin1(), part.mid(headersEnd + 4) });
                answer.append(QJsonObject { { "filename", name.captured(1) },
                                            { "size", int(issue->attachments.last().data.size()) } });
            }
            at = next;
        }
        if (answer.isEmpty())
            return jiraErrors({ "no file named \"file\" in the request" }, {}, 400);
        return QHttpServerResponse(answer);
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    QString m_contextPath;
};
