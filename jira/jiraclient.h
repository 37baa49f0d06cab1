#pragma once

#include "jira/jiraconfig.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace fathom {

/// An issue to create: its summary and description (Jira's wiki markup) and a file to attach.
struct JiraIssueDraft
{
    QString summary;
    QString description;
    QString attachmentName; ///< empty: nothing attached
    QByteArray attachment;
};

/// What came of it. An issue created whose attachment failed is still created: `key` is set and
/// `attachmentError` says why the file is missing.
struct JiraCreated
{
    QString key; ///< empty when no issue was created
    QUrl browseUrl;
    QString error; ///< why no issue was created
    QString attachmentError;
    QString notKept; ///< why the key could not be kept with the signatures in the run history
    bool ok() const { return !key.isEmpty(); }
};

/// Creates an issue through Jira's REST API (version 2, which Jira Cloud and Data Center both
/// serve): POST /rest/api/2/issue with the project, summary, description and issue type, then
/// POST /rest/api/2/issue/KEY/attachments. Jira's refusals come back in words that say what to
/// change (its own `errors` and `errorMessages` included, control characters made visible); the
/// token is never in them. Redirects are not followed: the token would go with them.
class JiraClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSummaryMax = 255; ///< Jira refuses a longer summary
    static constexpr int kDescriptionMax = 32000; ///< Jira's text fields hold 32,767 characters
    static constexpr qint64 kAnswerMax = 1 << 20; ///< a larger answer is not Jira's

    explicit JiraClient(QObject *parent = nullptr);
    ~JiraClient() override;

    /// Starts; finished() once, also when `config` cannot be used (then at once, queued).
    void create(const JiraConfig &config, const QString &token, const JiraIssueDraft &draft);
    /// Checks the settings before anything is created: who the token belongs to (GET
    /// /rest/api/2/myself), that the project is there for them and has the issue type (GET
    /// /rest/api/2/project/KEY); checked() once, with what was found or what to change.
    void check(const JiraConfig &config, const QString &token);
    /// Stops what is under way; finished() then says it was cancelled.
    void cancel();
    bool busy() const { return m_reply != nullptr; }
    /// The request's body: `fields` with the project, summary (one line, at most kSummaryMax),
    /// description (at most kDescriptionMax) and issue type — only fields every create screen has.
    static QByteArray issueJson(const JiraConfig &config, const JiraIssueDraft &draft);
    /// Milliseconds without progress before a request is given up (30 s).
    void setTimeout(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    /// "Creating the issue…", "Attaching the report…"
    void step(const QString &what);
    void finished(const JiraCreated &result);
    /// "Connected to … as Dana Levi; project FOCUS (Focus Jobs) takes Bug issues."
    void checked(bool ok, const QString &message);

private:
    enum class Step
    {
        Create,
        Attach,
        Myself,
        Project,
    };
    /// What keeps `config` and `token` from being used; empty when nothing does. Sets the credentials.
    QString start(const JiraConfig &config, const QString &token);
    void get(const QString &resource);
    void send(const QNetworkRequest &request, const QByteArray &body, const QByteArray &contentType);
    void watch();
    void checkAnswered(int status, const QByteArray &body, bool done, QNetworkReply *reply);
    void answered();
    void finish();
    /// Jira's answer as words: the status, what Jira said, what to do.
    QString refusal(QNetworkReply *reply, const QByteArray &body) const;

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    JiraConfig m_config;
    QByteArray m_authorization;
    JiraIssueDraft m_draft;
    JiraCreated m_result;
    Step m_step = Step::Create;
    QString m_who; ///< the check: whom the token belongs to
    bool m_cancelled = false;
    bool m_tooLarge = false;
    int m_timeoutMs = 30000;
};

} // namespace fathom
