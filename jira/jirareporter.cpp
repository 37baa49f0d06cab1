#include "jira/jirareporter.h"

#include "history/runstore.h"
#include "network/secretstore.h"
#include "report/jiratext.h"

namespace fathom {

JiraReporter::JiraReporter(SecretStore *secrets, RunStore *store, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_store(store)
    , m_client(new JiraClient(this))
{
    connect(m_client, &JiraClient::step, this, &JiraReporter::step);
    connect(m_client, &JiraClient::finished, this, &JiraReporter::created);
}

JiraIssueDraft JiraReporter::draft(const Diagnosis &d, const RootCause &cause, const UniqueError *error,
                                   bool attachReport)
{
    const JiraIssueText text = JiraIssueText::of(d, cause, error);
    JiraIssueDraft draft { text.summary, text.description, {}, {} };
    if (attachReport) {
        draft.attachmentName = reportFileName(d);
        draft.attachment = reportFor(d);
    }
    return draft;
}

QByteArray JiraReporter::reportFor(const Diagnosis &d, ReportWriter::Options options)
{
    options.everyFailure = true;
    QByteArray html = ReportWriter::html(d, options).toUtf8();
    if (html.size() <= kReportMax)
        return html;
    options.everyFailure = false;
    return ReportWriter::html(d, options).toUtf8();
}

QString JiraReporter::reportFileName(const Diagnosis &d)
{
    return QStringLiteral("fathom-report-%1.html")
        .arg(d.createdAt.isValid() ? d.createdAt.toString(QStringLiteral("yyyyMMdd-HHmm")) : QStringLiteral("run"));
}

JiraReporter::Signatures JiraReporter::signaturesOf(const RootCause &cause, const UniqueError *error)
{
    Signatures signatures;
    if (error)
        signatures.append({ error->signature, error->category });
    else
        for (const UniqueError &e : cause.uniqueErrors)
            signatures.append({ e.signature, e.category });
    return signatures;
}

void JiraReporter::report(const JiraConfig &config, const JiraIssueDraft &draft, const Signatures &signatures,
                          bool wholeCause)
{
    cancel();
    m_signatures = signatures;
    m_wholeCause = wholeCause;
    m_busy = true;
    m_cancelled = false;
    const QString problem = config.problem();
    if (!problem.isEmpty() || !m_secrets) { // said by the client, without asking the keychain
        m_client->create(config, QString(), draft);
        return;
    }
    Q_EMIT step(tr("Reading the Jira API token from the keychain…"));
    m_secrets->read(JiraConfig::kTokenKey, this,
                    [this, config, draft](bool ok, const QString &token, const QString &error) {
                        if (m_cancelled)
                            return;
                        if (ok)
                            return m_client->create(config, token, draft);
                        m_busy = false;
                        JiraCreated result;
                        result.error = tr("The Jira API token could not be read from the keychain (%1): store it in "
                                          "Settings → Jira, or with \"fathom secret set %2\".")
                                           .arg(error, JiraConfig::kTokenKey);
                        Q_EMIT finished(result);
                    });
}

void JiraReporter::cancel()
{
    if (!m_busy)
        return;
    m_cancelled = true;
    if (m_client->busy()) {
        m_client->cancel(); // finished() follows, through created()
        return;
    }
    m_busy = false;
    JiraCreated result;
    result.error = JiraClient::tr("Cancelled.");
    Q_EMIT finished(result);
}

void JiraReporter::created(const JiraCreated &given)
{
    if (!m_busy)
        return;
    m_busy = false;
    JiraCreated result = given;
    if (result.ok()) {
        QString error;
        if (!m_store)
            result.notKept = tr("there is no run history to keep it in");
        else if (!m_store->setIssueKey(m_signatures, result.key, m_wholeCause, &error))
            result.notKept = error;
    }
    Q_EMIT finished(result);
}

} // namespace fathom
