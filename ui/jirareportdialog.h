#pragma once

#include "diagnosis/diagnosis.h"
#include "jira/jirareporter.h"
#include "ui/jobtracker.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace fathom {

class RunStore;
class SecretStore;

/// "Report to Jira": the issue for a root cause (or one of its unique errors) as it will be
/// created — the summary and description, editable, and whether the HTML report goes with it —
/// then Create: the report written off the GUI thread, the issue created, the key kept with the
/// signatures. Progress and Cancel while it goes; Jira's refusal in words, to change and retry.
class JiraReportDialog : public QDialog
{
    Q_OBJECT
public:
    /// `errorId` empty: the whole cause. The diagnosis is shared, so a re-analysis meanwhile is harmless.
    JiraReportDialog(std::shared_ptr<const Diagnosis> diagnosis, const QString &category, const QString &errorId,
                     const JiraConfig &config, SecretStore *secrets, RunStore *store, QWidget *parent = nullptr);

    QLineEdit *summary() const { return m_summary; }
    QPlainTextEdit *description() const { return m_description; }
    QCheckBox *attachReport() const { return m_attach; }
    QPushButton *createButton() const { return m_create; }
    QLabel *status() const { return m_status; }
    JiraReporter *reporter() const { return m_reporter; }

    /// Starts creating the issue (what Create does).
    void create();

Q_SIGNALS:
    /// The issue exists (its key kept, or `result.notKept` says why not).
    void reported(const fathom::JiraCreated &result);

public Q_SLOTS:
    /// Cancel: stops what is under way, else closes.
    void reject() override;

private:
    void send(const QByteArray &report);
    void finished(const JiraCreated &result);
    void setBusy(bool busy, const QString &what = {});

    std::shared_ptr<const Diagnosis> m_diagnosis;
    const RootCause *m_cause = nullptr;
    const UniqueError *m_error = nullptr;
    JiraConfig m_config;
    JiraReporter *m_reporter;
    JobTracker m_writing { this }; ///< the report, written off the GUI thread
    QLineEdit *m_summary;
    QPlainTextEdit *m_description;
    QCheckBox *m_attach;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
};

} // namespace fathom
