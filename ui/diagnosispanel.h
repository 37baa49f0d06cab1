#pragma once

#include "diagnosis/diagnosis.h"
#include "model/targetprofile.h"
#include "ui/jobtracker.h"

#include <QPointer>
#include <QSet>
#include <QThread>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QLayout;
class QScrollArea;
class QLineEdit;
class QListView;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QTextEdit;

namespace fathom {

class FailureTableModel;
class JiraReportDialog;
struct JiraConfig;
class RootCauseListModel;
class SecretStore;
class ProbeSeries;
class RunStore;
class TranslatedTexts;
class ProbeRunner;

/// Failure diagnosis: import JUnit files (button or drag and drop; in a worker thread, with
/// progress and cancel), see every failure sorted into a root cause — the rule that decided it
/// and the text it matched, highlighted — join Fathom's measurements from the run history, edit
/// the rules with a live preview, export the report.
class DiagnosisPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosisPanel(RunStore *store, QWidget *parent = nullptr);
    ~DiagnosisPanel() override;

    /// The target profile whose settings join the evidence, and against which what is missing
    /// is measured (`tokens` for its auth; not owned).
    void setProfile(const TargetProfile &profile);
    /// Where "Measure what is missing" runs its probes (not owned: the window's, with the
    /// keychain); without one the panel makes its own, without secrets.
    void setProbeRunner(ProbeRunner *runner);
    /// Where "Report to Jira" reads the API token (not owned: the window's keychain).
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    /// Opens "Report to Jira" for the selected cause, or its unique error `signatureId`; without
    /// Jira set up, says where to set it up.
    void reportToJira(const QString &signatureId);
    /// The "Report to Jira" dialog while it is open.
    JiraReportDialog *jiraDialog() const;
    /// Imports and analyses in a worker thread; a later import replaces an unfinished one.
    void importFiles(const QStringList &paths);
    /// Opens test run `id` of the history and analyses it again (with the current rules and
    /// the measurements ticked), in a worker thread as an import.
    void openTestRun(qint64 id);
    QCheckBox *saveToHistory() const { return m_saveToHistory; }
    /// Joins exactly these runs of the history (ticks them, unticks the rest).
    void setJoinedRuns(const QList<qint64> &ids);
    void cancelImport();
    bool importing() const { return m_worker != nullptr; }
    /// Asks for files; Ctrl+I in the window.
    void chooseFiles();
    /// Asks for a file, then startExport().
    void exportReport();
    /// Writes the report in a worker thread; reportWritten() when done, a warning if it fails.
    void startExport(const QString &path);
    /// The same, here and now.
    bool exportReportTo(const QString &path, QString *error) const;
    void editRules();
    /// Reloads the stored runs offered as measurements (after a probe or a discovery).
    void refreshMeasurements();
    /// Runs the probes the diagnosis lacks against the target, one after another, then asks for
    /// a capacity discovery where one is missing (discoveryRequested()); analyses again with each.
    void measureMissing();
    bool measuring() const { return m_series != nullptr; }
    /// The run is being analysed again (new measurements, rules or language), off the GUI thread.
    bool analysing() const { return m_analysis.isRunning(); }
    QPushButton *measureButton() const { return m_measureButton; }
    /// A capacity discovery finished (the Discovery tab): listed, and joined where this panel
    /// asked for it.
    void discoveryFinished();

    const Diagnosis *diagnosis() const { return m_diagnosis.get(); }
    const FailureRules &rules() const { return m_rules; }
    /// Replaces the rules (the editor's result) and sorts the failures again.
    void setRules(const FailureRules &rules);
    /// Where the team's rules are kept: <data dir>/rules.json (absent: the built-in rules).
    static QString rulesPath();

    FailureTableModel *failureModel() const { return m_failures; }
    RootCauseListModel *causeModel() const { return m_causes; }
    QTableView *failureView() const { return m_failureView; }
    QListView *causeView() const { return m_causeView; }
    QTextEdit *failureDetails() const { return m_failureText; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *searchHint() const { return m_searchHint; }
    QTextBrowser *causeDetails() const { return m_causeText; }
    QListWidget *measurements() const { return m_measurements; }
    QLabel *summary() const { return m_summary; }
    /// What to change, in order (Diagnosis::recommendations).
    QLabel *advice() const { return m_advice; }

Q_SIGNALS:
    /// "Measure what is missing" needs a capacity discovery: the window runs it on its tab.
    void discoveryRequested();
    void diagnosed();
    void importFailed(const QString &error);
    void reportWritten(const QString &path);
    void message(const QString &text);
    /// An imported test run was saved in the run history as run `id`.
    void testRunSaved(qint64 id);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /// Shows `d`; `announce` emits diagnosed() (the window then brings this tab forward).
    void setDiagnosis(std::shared_ptr<const Diagnosis> d, bool announce = true);
    void reanalyse(bool announce = true);
    DiagnosisInputs inputs() const;
    void showCause();
    /// A root cause's unique errors as HTML: count, signature (a link that lists only its
    /// failures), first and last time, an example.
    /// With `jira` set up: "Report to Jira…", and a known error's key as a link to its issue.
    QString uniqueErrorsHtml(const RootCause &c, const JiraConfig &jira) const;
    /// The selected cause (or its unique error `signatureId`) in Jira's markup, on the clipboard.
    void copyForJira(const QString &signatureId);
    void showFailure();
    void updateSummary();
    /// Imports `files`, or (`storedRun` > 0) reads that test run from the history, and analyses
    /// it in a worker thread; an import is saved there too when "Save to history" is ticked.
    void startImport(const QStringList &files, qint64 storedRun);
    /// Lists the measurements again in the current language, keeping what the user ticked.
    void relabelMeasurements();
    void updateMeasureButton();
    void finishMeasuring(const QList<qint64> &runIds, bool cancelled);
    void search(const QString &text);
    void updateSearchHint();
    void scrollToMatch();

    /// The rules saved by the rules editor, else the built-in ones (with a message why).
    void loadSavedRules();
    QLayout *buildToolbar();
    QWidget *buildCausesSide();
    QWidget *buildFailuresSide();
    QWidget *buildAdvice();

    RunStore *m_store;
    SecretStore *m_secrets = nullptr;
    QPointer<JiraReportDialog> m_jiraDialog;
    std::optional<TargetProfile> m_profile;
    FailureRules m_rules;
    QString m_rulesName;
    std::shared_ptr<const Diagnosis> m_diagnosis;
    QPointer<QThread> m_worker;
    QPointer<QThread> m_exportWorker;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_job = 0;
    /// Re-analyses the run has no need to wait for (0.45 s per 10,000 failures): a newer one, or
    /// a new import, supersedes the one running.
    JobTracker m_analysis { this };

    FailureTableModel *m_failures;
    RootCauseListModel *m_causes;
    QSortFilterProxyModel *m_byCategory;
    QSortFilterProxyModel *m_bySearch;
    QLabel *m_summary;
    QLabel *m_advice;
    QLineEdit *m_search;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QPushButton *m_exportButton;
    QCheckBox *m_saveToHistory;
    QPushButton *m_measureButton;
    QPointer<ProbeRunner> m_runner;
    std::unique_ptr<ProbeRunner> m_ownRunner; ///< when no runner was given
    std::unique_ptr<ProbeSeries> m_series;
    bool m_awaitingDiscovery = false;
    QListView *m_causeView;
    QTextBrowser *m_causeText;
    QString m_causeShown; ///< the category whose text is shown
    QString m_uniqueErrorShown; ///< the signature id the failures are narrowed to, or empty
    QListWidget *m_measurements;
    QSet<qint64> m_chosenRuns; ///< the runs to join, once chosen (m_runsChosen)
    bool m_runsChosen = false; ///< else the latest measurement of each kind for the target
    QTableView *m_failureView;
    QTextEdit *m_failureText;
    QLabel *m_searchHint;
    QScrollArea *m_adviceArea;
    QSortFilterProxyModel *m_allBySearch; ///< the search over every failure, for the hint
    TranslatedTexts *m_texts;
};

} // namespace fathom
