#include "ui/jirareportdialog.h"

#include "diagnosis/bidi.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace fathom {

JiraReportDialog::JiraReportDialog(std::shared_ptr<const Diagnosis> diagnosis, const QString &category,
                                   const QString &errorId, const JiraConfig &config, SecretStore *secrets,
                                   RunStore *store, QWidget *parent)
    : QDialog(parent)
    , m_diagnosis(std::move(diagnosis))
    , m_config(config)
    , m_reporter(new JiraReporter(secrets, store, this))
{
    for (const RootCause &c : m_diagnosis->rootCauses)
        if (c.category == category) {
            m_cause = &c;
            for (const UniqueError &e : c.uniqueErrors)
                if (e.id == errorId)
                    m_error = &e;
        }
    Q_ASSERT(m_cause);
    setWindowTitle(tr("Report to Jira"));
    const JiraIssueDraft draft = JiraReporter::draft(*m_diagnosis, *m_cause, m_error, false);
    auto *layout = new QVBoxLayout(this);
    auto *where = new QLabel(
        tr("A new %1 in the project %2 at %3.")
            .arg(isolate(config.issueType), isolate(config.projectKey), isolate(config.baseUrl.toDisplayString())));
    where->setWordWrap(true);
    layout->addWidget(where);
    if (m_error && !m_error->issueKey.isEmpty()) {
        auto *known = new QLabel(
            tr("This error was reported before, as %1: Create makes another issue.").arg(isolate(m_error->issueKey)));
        known->setWordWrap(true);
        layout->addWidget(known);
    }
    auto *form = new QFormLayout;
    m_summary = new QLineEdit(draft.summary);
    m_summary->setMaxLength(JiraClient::kSummaryMax);
    m_summary->setCursorPosition(0); // its start shows: the cause
    m_summary->setToolTip(tr("The issue's title: one line, at most %1 characters.").arg(JiraClient::kSummaryMax));
    form->addRow(tr("Summary:"), m_summary);
    m_description = new QPlainTextEdit(draft.description);
    m_description->setToolTip(tr("In Jira's wiki markup: the statement, the evidence, the fix, the error's signature "
                                 "and the affected tests. Add what you know."));
    m_description->setLayoutDirection(Qt::LeftToRight); // markup reads left to right
    form->addRow(tr("Description:"), m_description);
    layout->addLayout(form, 1);
    m_attach = new QCheckBox(tr("Attach the report (HTML, every failure)"));
    m_attach->setChecked(true);
    m_attach->setToolTip(tr("The root-cause report of this run as one HTML file, the failures' texts included. "
                            "Untick it where the report must not leave the team."));
    layout->addWidget(m_attach);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_status->setOpenExternalLinks(true);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_create = m_buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_create, &QPushButton::clicked, this, &JiraReportDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &JiraReportDialog::reject);
    connect(m_reporter, &JiraReporter::step, this, [this](const QString &what) { m_status->setText(what); });
    connect(m_reporter, &JiraReporter::finished, this, &JiraReportDialog::finished);
    resize(640, 480);
}

void JiraReportDialog::create()
{
    if (m_summary->text().trimmed().isEmpty()) {
        m_status->setText(tr("Give the issue a summary."));
        return;
    }
    if (!m_attach->isChecked())
        return send({});
    // The report of 100,000 failures takes seconds to write: not on the GUI thread.
    setBusy(true, tr("Writing the report…"));
    std::shared_ptr<const Diagnosis> d = m_diagnosis;
    ReportWriter::Options options; // the UI's language and direction, read here on the GUI thread
    m_writing.start<QByteArray>([d, options](const JobControl &) { return JiraReporter::reportFor(*d, options); },
                                [this](const QByteArray &report) { send(report); });
}

void JiraReportDialog::send(const QByteArray &report)
{
    const JiraIssueDraft draft { m_summary->text(), m_description->toPlainText(),
                                 report.isEmpty() ? QString() : JiraReporter::reportFileName(*m_diagnosis), report };
    setBusy(true);
    m_reporter->report(m_config, draft, JiraReporter::signaturesOf(*m_cause, m_error), !m_error);
}

void JiraReportDialog::finished(const JiraCreated &result)
{
    setBusy(false);
    if (!result.ok()) {
        m_status->setText(QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(result.error.toHtmlEscaped()));
        return;
    }
    Q_EMIT reported(result);
    QStringList warnings;
    if (!result.attachmentError.isEmpty())
        warnings << tr("The report is not attached: %1").arg(result.attachmentError);
    if (!result.notKept.isEmpty())
        warnings << tr("The next runs will not show it as known: %1").arg(result.notKept);
    if (warnings.isEmpty())
        return accept();
    // The issue exists: say what is missing, and offer only Close.
    m_status->setText(QStringLiteral("%1<br>%2")
                          .arg(tr("Created <a href=\"%1\">%2</a>.")
                                   .arg(result.browseUrl.toString().toHtmlEscaped(), result.key.toHtmlEscaped()),
                               warnings.join(QStringLiteral("<br>")).toHtmlEscaped()));
    m_create->hide();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
}

void JiraReportDialog::reject()
{
    if (m_writing.isRunning()) {
        m_writing.cancel();
        setBusy(false);
        m_status->setText(tr("Cancelled."));
        return;
    }
    if (m_reporter->busy()) {
        m_reporter->cancel(); // finished() says "Cancelled."
        return;
    }
    QDialog::reject();
}

void JiraReportDialog::setBusy(bool busy, const QString &what)
{
    m_progress->setVisible(busy);
    m_create->setEnabled(!busy);
    m_summary->setReadOnly(busy);
    m_description->setReadOnly(busy);
    m_attach->setEnabled(!busy);
    if (!what.isEmpty())
        m_status->setText(what);
}

} // namespace fathom
