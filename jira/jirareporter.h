#pragma once

#include "diagnosis/diagnosis.h"
#include "jira/jiraclient.h"
#include "report/reportwriter.h"

#include <QObject>

namespace fathom {

class RunStore;
class SecretStore;

/// "Report to Jira", one path for the window and the command line: a root cause (or one of its
/// unique errors) becomes a Jira issue — the statement, evidence, fix and affected tests, the
/// HTML report attached — and the issue's key is kept with its signatures in the run history, so
/// the next run of the suite shows them as known.
class JiraReporter : public QObject
{
    Q_OBJECT
public:
    using Signatures = QList<std::pair<QString, QString>>; ///< signature text, category

    /// Neither is owned; `store` may be null (then no key is kept, and the result says so).
    JiraReporter(SecretStore *secrets, RunStore *store, QObject *parent = nullptr);

    /// The issue as it will be sent (`error` null: the whole cause); with the HTML report of `d`
    /// attached when `attachReport`. Thread-safe: the window builds it off its thread.
    static JiraIssueDraft draft(const Diagnosis &d, const RootCause &cause, const UniqueError *error,
                                bool attachReport);
    /// Jira Data Center's default attachment limit (10 MB); Jira Cloud takes more.
    static constexpr qsizetype kReportMax = 10 << 20;
    /// The HTML report to attach: every failure in its appendix (10,000 failures: 3.9 MB), or,
    /// where that is larger than kReportMax, every unique error with an example (as the PDF).
    /// Thread-safe; `options` made on the GUI thread (they read its language and direction).
    static QByteArray reportFor(const Diagnosis &d, ReportWriter::Options options = {});
    /// The attached report's name: fathom-report-20261206-1647.html (the analysis's time).
    static QString reportFileName(const Diagnosis &d);
    /// The signatures the issue is about: the error's, or each of the cause's.
    static Signatures signaturesOf(const RootCause &cause, const UniqueError *error);

    /// Reads the API token from the keychain, creates the issue, attaches the report, keeps the
    /// key with `signatures` (a whole cause's: only where none is kept yet); finished() once.
    void report(const JiraConfig &config, const JiraIssueDraft &draft, const Signatures &signatures, bool wholeCause);
    void cancel();
    bool busy() const { return m_busy; }
    JiraClient *client() const { return m_client; }

Q_SIGNALS:
    void step(const QString &what);
    void finished(const JiraCreated &result);

private:
    void created(const JiraCreated &result);

    SecretStore *m_secrets;
    RunStore *m_store;
    JiraClient *m_client;
    Signatures m_signatures;
    bool m_wholeCause = false;
    bool m_busy = false;
    bool m_cancelled = false;
};

} // namespace fathom
