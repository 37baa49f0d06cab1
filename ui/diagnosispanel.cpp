#include "ui/diagnosispanel.h"

#include "diagnosis/bidi.h"
#include "diagnosis/junitimporter.h"
#include "history/diagnosisinputs.h"
#include "history/probeseries.h"
#include "history/runstore.h"
#include "history/testrunrecorder.h"
#include "model/proberunner.h"
#include "report/jiratext.h"
#include "report/reportwriter.h"
#include "ui/appsettings.h"
#include "ui/failuretablemodel.h"
#include "ui/jirareportdialog.h"
#include "ui/naturaldirectiondelegate.h"
#include "ui/ruleseditor.h"
#include "ui/translatedtexts.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBlockFormat>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextEdit>
#include <QThread>
#include <QVBoxLayout>

namespace fathom {

namespace {

constexpr int kRunIdRole = Qt::UserRole;
constexpr int kTargetRole = Qt::UserRole + 1;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString DiagnosisPanel::rulesPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("rules.json"));
}

DiagnosisPanel::DiagnosisPanel(RunStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_rules(FailureRules::builtIn())
    , m_failures(new FailureTableModel(this))
    , m_causes(new RootCauseListModel(this))
    , m_byCategory(new QSortFilterProxyModel(this))
    , m_bySearch(new QSortFilterProxyModel(this))
    , m_allBySearch(new QSortFilterProxyModel(this))
    , m_texts(new TranslatedTexts(this))
{
    setAcceptDrops(true);
    loadSavedRules();

    auto *split = new QSplitter;
    split->addWidget(buildCausesSide());
    split->addWidget(buildFailuresSide());
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(buildAdvice());
    vertical->addWidget(split);
    vertical->setStretchFactor(0, 0);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({ 150, 600 });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildToolbar());
    layout->addWidget(vertical, 1);

    // Last: a language change analyses again once every widget has its new texts.
    m_texts->add([this] {
        if (m_diagnosis) // statements, titles and evidence are written in the language of the analysis
            reanalyse(false);
        else
            m_summary->setText(tr("Import a failed test run, or drop its JUnit XML files here."));
    });
}

void DiagnosisPanel::loadSavedRules()
{
    if (!QFileInfo::exists(rulesPath()))
        return;
    QString error;
    if (auto own = FailureRules::load(rulesPath(), &error)) {
        m_rules = *own;
        m_rulesName = rulesPath();
        return;
    }
    // Queued: whoever shows the panel's messages connects after the constructor.
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            Q_EMIT message(tr("The saved rules cannot be used (%1); the built-in rules apply.").arg(isolate(error)));
        },
        Qt::QueuedConnection);
}

QLayout *DiagnosisPanel::buildToolbar()
{
    auto *importButton = new QPushButton;
    connect(importButton, &QPushButton::clicked, this, &DiagnosisPanel::chooseFiles);
    auto *rulesButton = new QPushButton;
    connect(rulesButton, &QPushButton::clicked, this, &DiagnosisPanel::editRules);
    m_exportButton = new QPushButton;
    m_exportButton->setEnabled(false);
    connect(m_exportButton, &QPushButton::clicked, this, &DiagnosisPanel::exportReport);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setVisible(false);
    m_cancelButton = new QPushButton;
    m_cancelButton->setVisible(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &DiagnosisPanel::cancelImport);
    m_saveToHistory = new QCheckBox;
    m_saveToHistory->setChecked(QSettings().value(SettingsKey::kSaveTestRuns, true).toBool());
    connect(m_saveToHistory, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(SettingsKey::kSaveTestRuns, on); });
    auto *top = new QHBoxLayout;
    top->addWidget(importButton);
    top->addWidget(m_saveToHistory);
    top->addWidget(rulesButton);
    top->addWidget(m_exportButton);
    top->addWidget(m_summary, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancelButton);
    m_texts->add([this, importButton, rulesButton] {
        importButton->setText(tr("&Import JUnit files…"));
        importButton->setToolTip(tr("Read a failed test run: JUnit XML from pytest, Maven, Gradle, ctest… Several "
                                    "files make one run. You can also drop files or folders here (Ctrl+I)."));
        rulesButton->setText(tr("R&ules…"));
        rulesButton->setToolTip(tr("The rules that sort failures into categories: edit them with a live preview, "
                                   "import an Allure categories.json, export them for Allure."));
        m_exportButton->setText(m_exportWorker ? tr("Exporting…") : tr("E&xport report…"));
        m_exportButton->setToolTip(tr("Write the root-cause report as PDF, HTML or Markdown, in the UI language."));
        m_summary->setToolTip(tr("Failed and erroneous tests, out of all tests in the imported files."));
        m_progress->setToolTip(tr("Reading the JUnit files"));
        m_cancelButton->setText(tr("Cancel"));
        m_saveToHistory->setText(tr("&Save to history"));
        m_saveToHistory->setToolTip(tr("Keep each imported test run in the run history, to compare it with the next "
                                       "run (History tab: select two test runs, Compare)."));
    });
    return top;
}

QWidget *DiagnosisPanel::buildCausesSide()
{
    // The root causes, the selected one's statement and evidence, and the measurements joined.
    m_causeView = new QListView;
    m_causeView->setModel(m_causes);
    connect(m_causeView->selectionModel(), &QItemSelectionModel::currentChanged, this, &DiagnosisPanel::showCause);
    m_causeText = new QTextBrowser;
    m_causeText->setOpenLinks(false);
    // A unique error's link shows only its failures; "all" the whole cause again.
    connect(m_causeText, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        if (link.scheme() == QLatin1String("jira")) {
            copyForJira(link.path());
            return;
        }
        if (link.scheme() == QLatin1String("report")) {
            reportToJira(link.path());
            return;
        }
        if (link.scheme() == QLatin1String("https") || link.scheme() == QLatin1String("http")) {
            QDesktopServices::openUrl(link); // a known issue, in the browser
            return;
        }
        m_uniqueErrorShown = link.scheme() == QLatin1String("unique") ? link.path() : QString();
        showCause();
    });
    m_measurements = new QListWidget;
    connect(m_measurements, &QListWidget::itemChanged, this, [this] {
        // The user's choice from now on, kept when the list is refreshed.
        m_chosenRuns.clear();
        for (int i = 0; i < m_measurements->count(); ++i)
            if (m_measurements->item(i)->checkState() == Qt::Checked)
                m_chosenRuns << m_measurements->item(i)->data(kRunIdRole).toLongLong();
        m_runsChosen = true;
        reanalyse();
    });
    auto *measurementsBox = new QWidget;
    auto *mLayout = new QVBoxLayout(measurementsBox);
    mLayout->setContentsMargins(0, 0, 0, 0);
    auto *measurementsLabel = new QLabel;
    mLayout->addWidget(measurementsLabel);
    mLayout->addWidget(m_measurements);
    m_measureButton = new QPushButton;
    m_measureButton->setEnabled(false);
    connect(m_measureButton, &QPushButton::clicked, this, &DiagnosisPanel::measureMissing);
    mLayout->addWidget(m_measureButton);
    auto *side = new QSplitter(Qt::Vertical);
    side->addWidget(m_causeView);
    side->addWidget(m_causeText);
    side->addWidget(measurementsBox);
    side->setStretchFactor(0, 2);
    side->setStretchFactor(1, 3);
    side->setStretchFactor(2, 1);
    m_texts->add([this, measurementsLabel] {
        m_causeView->setToolTip(tr("Root causes in order of impact; select one to see its evidence and its failures."));
        m_measurements->setToolTip(tr("Fathom's measurements of the target (capacity discovery, probes) to join "
                                      "with the test run as evidence. The latest of each kind is ticked."));
        measurementsLabel->setText(tr("Measurements to join:"));
        updateMeasureButton();
        relabelMeasurements();
    });
    return side;
}

QWidget *DiagnosisPanel::buildFailuresSide()
{
    // The failures, filtered by the selected cause and the search, and the selected one in full.
    m_byCategory->setSourceModel(m_failures);
    m_byCategory->setFilterRole(FailureTableModel::UniqueErrorRole);
    m_bySearch->setSourceModel(m_byCategory);
    m_bySearch->setFilterKeyColumn(-1);
    m_bySearch->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_allBySearch->setSourceModel(m_failures);
    m_allBySearch->setFilterKeyColumn(-1);
    m_allBySearch->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search = new QLineEdit;
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &DiagnosisPanel::search);
    m_searchHint = new QLabel;
    m_searchHint->setWordWrap(true);
    m_searchHint->setVisible(false);
    m_failureView = new QTableView;
    m_failureView->setItemDelegate(new NaturalDirectionDelegate(m_failureView)); // English text reads left to right
    m_failureView->setModel(m_bySearch);
    m_failureView->setSortingEnabled(true);
    m_failureView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_failureView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_failureView->horizontalHeader()->setStretchLastSection(true);
    m_failureView->verticalHeader()->hide();
    connect(m_failureView->selectionModel(), &QItemSelectionModel::currentChanged, this, &DiagnosisPanel::showFailure);
    m_failureText = new QTextEdit;
    m_failureText->setReadOnly(true);
    // Long lines wrap (a trace, a URL): the match is in view without scrolling sideways.
    m_failureText->setLineWrapMode(QTextEdit::WidgetWidth);
    m_failureText->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_searchHint);
    listLayout->addWidget(m_failureView);
    auto *side = new QSplitter(Qt::Vertical);
    side->addWidget(list);
    side->addWidget(m_failureText);
    m_texts->add([this] { m_search->setPlaceholderText(tr("Search tests, rules, matched text…")); });
    return side;
}

QWidget *DiagnosisPanel::buildAdvice()
{
    // What to change, in order: the same list as the command line's and the reports'.
    m_advice = new QLabel;
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::RichText);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_advice->setVisible(false);
    // Scrolled, and given as much height as the user drags it to: eight steps with their reasons
    // would leave a 700-pixel window no room for the failures.
    m_adviceArea = new QScrollArea;
    m_adviceArea->setWidget(m_advice);
    m_adviceArea->setWidgetResizable(true);
    m_adviceArea->setFrameShape(QFrame::NoFrame);
    m_adviceArea->setVisible(false);
    return m_adviceArea;
}

DiagnosisPanel::~DiagnosisPanel()
{
    if (m_series) {
        m_series->disconnect(this);
        m_series->cancel();
    }
    cancelImport();
    for (QThread *t : { m_worker.data(), m_exportWorker.data() })
        if (t)
            t->wait();
}

void DiagnosisPanel::setProbeRunner(ProbeRunner *runner)
{
    m_runner = runner;
}

void DiagnosisPanel::setProfile(const TargetProfile &profile)
{
    if (m_series) // its target is going
        m_series->cancel();
    m_profile = profile;
    refreshMeasurements();
    reanalyse(false); // its settings join the evidence, or it is named as another server's; no tab change
    updateMeasureButton();
}

void DiagnosisPanel::updateMeasureButton()
{
    if (m_series) {
        m_measureButton->setText(tr("Stop measuring"));
        m_measureButton->setEnabled(true);
        m_measureButton->setToolTip(tr("Stop after the probe that is running; what was measured is kept."));
        return;
    }
    m_measureButton->setText(tr("&Measure what is missing"));
    QString why;
    if (!m_diagnosis)
        why = tr("Import a failed test run first: its diagnosis says what is not measured.");
    else if (m_diagnosis->missing.isEmpty())
        why = tr("Nothing is missing: every cause's evidence has its measurement.");
    else if (!m_store)
        why = tr("The run history is not open: measurements could not be kept.");
    else if (!m_profile || !m_profile->baseUrl.isValid())
        why = tr("Choose the tested server's target first (a profile, or its base URL).");
    else if (!m_diagnosis->inputs.profile)
        why = tr("The target %1 is not the server the tests talked to: choose that server's target.")
                  .arg(m_profile->baseUrl.toString());
    m_measureButton->setEnabled(why.isEmpty());
    if (!why.isEmpty()) {
        m_measureButton->setToolTip(why);
        return;
    }
    QStringList commands;
    for (const MissingMeasurement &m : m_diagnosis->missing)
        commands << m.command();
    m_measureButton->setToolTip(tr("Runs against %1, one after another, and analyses again with each: %2")
                                    .arg(m_profile->baseUrl.toString(), commands.join(QStringLiteral("; "))));
}

void DiagnosisPanel::measureMissing()
{
    if (m_series) {
        m_series->cancel();
        return;
    }
    if (!m_diagnosis || !m_profile || !m_store)
        return;
    m_series = std::make_unique<ProbeSeries>(*m_profile, nullptr, m_store, m_diagnosis->missing);
    if (!m_runner) {
        m_ownRunner = std::make_unique<ProbeRunner>(nullptr);
        m_runner = m_ownRunner.get();
    }
    m_series->setRunner(m_runner); // the probes run off the GUI thread
    connect(
        m_series.get(), &ProbeSeries::probeStarted, this, [this](int index, int count, const MissingMeasurement &m) {
            m_progress->setRange(0, count);
            m_progress->setValue(index);
            m_progress->setVisible(true);
            m_progress->setToolTip(tr("Measuring what is missing"));
            Q_EMIT message(tr("Measuring what is missing (%1 of %2): %3…").arg(index + 1).arg(count).arg(m.command()));
        });
    connect(m_series.get(), &ProbeSeries::probeFinished, this, [this](const ProbeResult &r, qint64 id) {
        if (id && m_runsChosen)
            m_chosenRuns << id;
        refreshMeasurements();
        reanalyse(); // each measurement joins the evidence as it comes
        Q_EMIT message(tr("%1 probe: %2").arg(probeKindWords(r.kind), r.verdict));
    });
    connect(m_series.get(), &ProbeSeries::finished, this, &DiagnosisPanel::finishMeasuring);
    updateMeasureButton();
    m_series->start();
}

void DiagnosisPanel::finishMeasuring(const QList<qint64> &runIds, bool cancelled)
{
    Q_UNUSED(runIds) // joined one by one as they came
    m_progress->setVisible(false);
    m_series.release()->deleteLater(); // we are inside its signal
    const bool discoveryMissing = m_diagnosis
        && std::any_of(m_diagnosis->missing.cbegin(), m_diagnosis->missing.cend(),
                       [](const MissingMeasurement &m) { return m.kind == QLatin1String("discovery"); });
    updateMeasureButton();
    if (cancelled) {
        Q_EMIT message(tr("Measuring stopped: the diagnosis uses what was measured before."));
    } else if (discoveryMissing) {
        m_awaitingDiscovery = true;
        Q_EMIT message(tr("The capacity is missing: running a capacity discovery on the Discovery tab."));
        Q_EMIT discoveryRequested();
    }
}

void DiagnosisPanel::discoveryFinished()
{
    refreshMeasurements();
    if (!m_awaitingDiscovery || !m_store)
        return;
    m_awaitingDiscovery = false;
    QString error;
    for (const RunSummary &r : m_store->listRuns(&error)) { // newest first
        if (r.kind == QLatin1String("discovery") && r.isMeasurement()) {
            if (m_runsChosen)
                m_chosenRuns << r.id;
            break;
        }
    }
    refreshMeasurements();
    reanalyse();
}

void DiagnosisPanel::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import a failed test run"), QString(),
                                                            tr("JUnit XML (*.xml);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

void DiagnosisPanel::importFiles(const QStringList &paths)
{
    cancelImport();
    const QStringList files = JUnitImporter::expandPaths(paths);
    if (files.isEmpty()) {
        Q_EMIT message(tr("No JUnit XML files in %1.").arg(isolate(paths.join(QStringLiteral(", ")))));
        return;
    }
    startImport(files, 0);
}

void DiagnosisPanel::openTestRun(qint64 id)
{
    cancelImport();
    if (!m_store) {
        Q_EMIT message(tr("The run history could not be opened; see the status bar."));
        return;
    }
    startImport({}, id);
}

void DiagnosisPanel::startImport(const QStringList &files, qint64 storedRun)
{
    // A background job with an id: a result that arrives after a newer import is dropped.
    const quint64 job = ++m_job;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    struct Result
    {
        std::shared_ptr<const Diagnosis> diagnosis;
        QString error;
        bool cancelled = false;
        qint64 savedId = 0;
        QString saveError;
    };
    auto result = std::make_shared<Result>();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    QPointer<QProgressBar> bar = m_progress;
    const FailureRules rules = m_rules;
    const DiagnosisInputs in = inputs();
    // Saved in the worker, through a connection of its own: 100,000 cases take seconds to write.
    const QString historyPath = m_store ? m_store->path() : QString();
    const bool save = storedRun == 0 && m_saveToHistory->isChecked();
    QThread *worker = QThread::create([files, storedRun, rules, in, cancel, result, bar, historyPath, save] {
        JUnitImporter importer;
        importer.setProgress([&](qint64 done, qint64 total) {
            const int permille = total > 0 ? int(done * 1000 / total) : 0;
            QMetaObject::invokeMethod(
                bar.data(),
                [bar, permille] {
                    if (bar)
                        bar->setValue(permille);
                },
                Qt::QueuedConnection);
            return !cancel->load();
        });
        ImportedRun run;
        if (storedRun > 0) { // a test run from the history, analysed again
            RunStore store;
            std::optional<ImportedRun> stored;
            if (store.open(historyPath, &result->error))
                stored = loadTestRun(store, storedRun, &result->error);
            if (!stored)
                return;
            run = std::move(*stored);
        } else if (!importer.importFiles(files, &run, &result->error)) {
            result->cancelled = importer.wasCancelled();
            return;
        }
        result->diagnosis = std::make_shared<const Diagnosis>(RootCauseAnalysis::analyse(std::move(run), rules, in));
        if (save && !historyPath.isEmpty() && !cancel->load()) {
            TestRunLabels labels;
            for (const Measurement &m : in.measurements)
                labels.measurementRuns << m.id;
            RunStore store;
            if (store.open(historyPath, &result->saveError))
                result->savedId = recordTestRun(&store, *result->diagnosis, labels, &result->saveError);
        }
    });
    m_worker = worker;
    connect(worker, &QThread::finished, this, [this, worker, result, job, files, storedRun] {
        worker->deleteLater();
        if (m_worker == worker)
            m_worker = nullptr;
        if (job != m_job)
            return; // a newer import took over
        m_progress->setVisible(false);
        m_cancelButton->setVisible(false);
        if (result->cancelled) {
            Q_EMIT message(tr("Import cancelled; the previous diagnosis is kept."));
            return;
        }
        if (!result->diagnosis) {
            Q_EMIT importFailed(result->error);
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Import failed"),
                                        tr("%1\n\nNothing was imported; the previous diagnosis is kept. Check that "
                                           "the file is the JUnit XML your test runner wrote (pytest: "
                                           "--junitxml=FILE).")
                                            .arg(result->error),
                                        QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open(); // not modal to the event loop: a failed import never blocks the window
            return;
        }
        // Said first: what the window does with a new diagnosis (a new target) is said after it.
        if (storedRun > 0)
            Q_EMIT message(tr("Opened test run %1 from the history.").arg(storedRun));
        else if (result->savedId > 0)
            Q_EMIT message(tr("Imported %n file(s); saved in the history as run %1.", nullptr, int(files.size()))
                               .arg(result->savedId));
        else if (!result->saveError.isEmpty())
            Q_EMIT message(
                tr("Imported %n file(s), but the run was not saved in the history: %1", nullptr, int(files.size()))
                    .arg(result->saveError));
        else
            Q_EMIT message(tr("Imported %n file(s).", nullptr, int(files.size())));
        if (result->savedId > 0)
            Q_EMIT testRunSaved(result->savedId);
        m_analysis.cancel(); // a re-analysis of the previous run must not come back over this one
        setDiagnosis(result->diagnosis);
    });
    worker->start();
}

void DiagnosisPanel::cancelImport()
{
    if (m_cancel)
        m_cancel->store(true);
}

void DiagnosisPanel::setDiagnosis(std::shared_ptr<const Diagnosis> d, bool announce)
{
    // The same run analysed again (new measurements, rules, language) keeps the cause in view.
    const bool sameRun = m_diagnosis && d && m_diagnosis->run.files == d->run.files;
    const QModelIndex shown = m_causeView->currentIndex();
    const std::optional<QString> shownCategory = sameRun && shown.isValid()
        ? std::optional(shown.data(RootCauseListModel::CategoryRole).toString())
        : std::nullopt;
    m_diagnosis = std::move(d);
    m_failures->setDiagnosis(m_diagnosis);
    m_causes->setDiagnosis(m_diagnosis);
    m_byCategory->setFilterFixedString(QString());
    m_exportButton->setEnabled(m_diagnosis != nullptr);
    m_failureView->resizeColumnsToContents();
    updateSummary();
    // The cause that was in view; else the top cause with its evidence, or every failure while a
    // search is on.
    int row = m_search->text().isEmpty() ? m_causes->topCauseRow() : int(RootCauseListModel::kAllFailuresRow);
    for (int r = 0; shownCategory && r < m_causes->rowCount(); ++r)
        if (m_causes->index(r).data(RootCauseListModel::CategoryRole).toString() == *shownCategory)
            row = r;
    if (m_causes->rowCount() > 0)
        m_causeView->setCurrentIndex(m_causes->index(row));
    else
        m_causeText->clear();
    updateSearchHint();
    if (announce)
        Q_EMIT diagnosed();
}

void DiagnosisPanel::updateSummary()
{
    if (!m_diagnosis)
        return;
    const TestRunCounts &c = m_diagnosis->run.counts;
    const int failed = m_diagnosis->failedCount();
    const int infrastructure = m_diagnosis->infrastructureCount();
    QStringList summary { tr("%1 of %n test(s) failed (%2%) — %3 of them infrastructure", nullptr, c.total)
                              .arg(failed)
                              .arg(c.total > 0 ? qRound(100.0 * failed / c.total) : 0)
                              .arg(infrastructure)
                          + QStringLiteral(" · ")
                          + tr("%n unique error(s)", nullptr, m_diagnosis->uniqueErrorCount()) };
    updateMeasureButton();
    // Which server the tests talked to, in view; which measurements were of another, on pointing.
    const QStringList &notes = m_diagnosis->targetNotes;
    if (!notes.isEmpty())
        summary << (notes.size() == 1
                        ? notes.first()
                        : tr("%1 (and %n more note(s): point here to read them)", nullptr, int(notes.size() - 1))
                              .arg(notes.first()));
    m_summary->setText(summary.join(QLatin1Char('\n')));
    m_summary->setToolTip(notes.isEmpty() ? tr("Failed and erroneous tests, out of all tests in the imported files.")
                                          : notes.join(QLatin1Char('\n')));
    // A ticked measurement of another server is not used: the list says so, as the summary does.
    const QSignalBlocker block(m_measurements); // a change of look is no change of choice
    QSet<qint64> joined;
    for (const Measurement &m : m_diagnosis->inputs.measurements)
        joined << m.id;
    for (int i = 0; i < m_measurements->count(); ++i) {
        QListWidgetItem *item = m_measurements->item(i);
        const bool leftOut = item->checkState() == Qt::Checked && !joined.contains(item->data(kRunIdRole).toLongLong());
        QFont font = item->font();
        font.setStrikeOut(leftOut);
        item->setFont(font);
        const QString target = item->data(kTargetRole).toString();
        item->setToolTip(leftOut ? tr("%1 — not used: the tests talked to another server").arg(target) : target);
    }
    QString advice;
    for (const Recommendation &r : m_diagnosis->recommendations)
        advice += QStringLiteral("<li>%1<br><small>%2</small></li>")
                      .arg(r.text.toHtmlEscaped(), tr("Because: %1").arg(r.because).toHtmlEscaped());
    m_advice->setText(
        advice.isEmpty() ? QString() : QStringLiteral("<b>%1</b><ol>%2</ol>").arg(tr("What to do, in order:"), advice));
    m_advice->setVisible(!advice.isEmpty());
    m_adviceArea->setVisible(!advice.isEmpty());
}

DiagnosisInputs DiagnosisPanel::inputs() const
{
    QList<StoredRun> runs;
    for (int i = 0; i < m_measurements->count(); ++i) {
        const QListWidgetItem *item = m_measurements->item(i);
        if (item->checkState() != Qt::Checked || !m_store)
            continue;
        QString error;
        if (auto run = m_store->loadRun(item->data(kRunIdRole).toLongLong(), &error))
            runs << *run;
    }
    return diagnosisInputs(m_profile, runs, m_store);
}

void DiagnosisPanel::reanalyse(bool announce)
{
    if (!m_diagnosis)
        return;
    // The inputs are read here (the run store lives in this thread); the analysis runs elsewhere.
    std::shared_ptr<const Diagnosis> current = m_diagnosis;
    const FailureRules rules = m_rules;
    const DiagnosisInputs in = inputs();
    m_analysis.start<std::shared_ptr<const Diagnosis>>(
        [current, rules, in](const JobControl &) {
            return std::make_shared<const Diagnosis>(RootCauseAnalysis::analyse(current->run, rules, in));
        },
        [this, announce](std::shared_ptr<const Diagnosis> d) { setDiagnosis(std::move(d), announce); });
}

void DiagnosisPanel::setRules(const FailureRules &rules)
{
    m_rules = rules;
    m_rulesName = rulesPath();
    if (!m_diagnosis)
        return;
    std::shared_ptr<const Diagnosis> current = m_diagnosis;
    m_analysis.start<std::shared_ptr<const Diagnosis>>(
        [current, rules](const JobControl &) {
            return std::make_shared<const Diagnosis>(RootCauseAnalysis::reclassify(*current, rules));
        },
        [this](std::shared_ptr<const Diagnosis> d) { setDiagnosis(std::move(d)); });
}

void DiagnosisPanel::refreshMeasurements()
{
    const QSignalBlocker block(m_measurements);
    m_measurements->clear();
    if (!m_store)
        return;
    QString error;
    QSet<QString> ticked; // the latest of each kind for the current target
    for (const RunSummary &r : m_store->listRuns(&error)) {
        if (!r.isMeasurement())
            continue;
        const QString kind = r.title();
        const QString result = r.kind != QLatin1String("probe")
            ? (r.measuredCapacity() ? tr("capacity %1").arg(QLocale().toString(r.capacity))
                                    : tr("no capacity: %1").arg(stopReasonWords(stopReasonFromId(r.stopReason))))
            : r.status == QLatin1String("failed") ? tr("failed")
                                                  : tr("passed");
        auto *item = new QListWidgetItem(QStringLiteral("#%1  %2  %3  %4")
                                             .arg(r.id)
                                             .arg(kind, QLocale().toString(r.startedAt, QLocale::ShortFormat), result)
                                             .trimmed());
        item->setToolTip(r.target);
        item->setData(kRunIdRole, r.id);
        item->setData(kTargetRole, r.target);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const QString key = r.kind + QLatin1Char('/') + r.name;
        const bool sameTarget = !m_profile || r.target == m_profile->baseUrl.toString();
        const bool latest = sameTarget && !ticked.contains(key); // listRuns is newest first
        if (latest)
            ticked << key;
        // Once runs were chosen (by the user, or on the command line), the choice stands.
        const bool join = m_runsChosen ? m_chosenRuns.contains(r.id) : latest;
        item->setCheckState(join ? Qt::Checked : Qt::Unchecked);
        m_measurements->addItem(item);
    }
}

void DiagnosisPanel::setJoinedRuns(const QList<qint64> &ids)
{
    m_chosenRuns = QSet<qint64>(ids.cbegin(), ids.cend());
    m_runsChosen = true;
    refreshMeasurements();
    if (m_diagnosis)
        reanalyse();
}

void DiagnosisPanel::relabelMeasurements()
{
    refreshMeasurements(); // listed again for the new labels; a choice of runs stands
}

void DiagnosisPanel::showCause()
{
    const QModelIndex current = m_causeView->currentIndex();
    const RootCause *c = current.isValid() ? m_causes->cause(current.row()) : nullptr;
    if (!m_diagnosis || !c) { // "All failures"
        m_byCategory->setFilterFixedString(QString());
        m_causeShown.clear();
        m_uniqueErrorShown.clear();
        if (m_diagnosis)
            m_causeText->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
                                     .arg(esc(tr("All failures")),
                                          esc(tr("%n failure(s) in %1 root causes. Select a root cause for its "
                                                 "evidence, its fix and its unique errors.",
                                                 "", int(m_diagnosis->run.failures.size()))
                                                  .arg(m_diagnosis->rootCauses.size())),
                                          esc(uniqueErrorsWords(int(m_diagnosis->run.failures.size()),
                                                                m_diagnosis->uniqueErrorCount()))));
        else
            m_causeText->clear();
        updateSearchHint();
        return;
    }
    if (c->category != m_causeShown) { // another cause: all of its failures
        m_causeShown = c->category;
        m_uniqueErrorShown.clear();
    }
    const QString shown
        = m_uniqueErrorShown.isEmpty() ? QStringLiteral(".*") : QRegularExpression::escape(m_uniqueErrorShown);
    m_byCategory->setFilterRegularExpression(QRegularExpression(
        QRegularExpression::anchoredPattern(QRegularExpression::escape(c->category) + QLatin1Char('/') + shown)));
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><p><b>%3</b></p><ul>")
                       .arg(esc(c->title), esc(c->statement), esc(tr("Evidence")));
    for (const Evidence &e : c->evidence)
        html += QStringLiteral("<li>%1</li>").arg(esc(e.text));
    html += QStringLiteral("</ul><p><b>%1</b> %2</p>").arg(esc(tr("Fix:")), esc(c->fix));
    // The settings are read once per cause shown: the cause's links and its errors' say the same.
    const JiraConfig jira = JiraConfig::load(QSettings());
    html += jira.problem().isEmpty()
        ? QStringLiteral("<p><a href=\"report:\">%1</a> · <a href=\"jira:\">%2</a></p>")
              .arg(esc(tr("Report to Jira…")), esc(tr("Copy for Jira")))
        : QStringLiteral("<p><a href=\"jira:\">%1</a> <small>(%2)</small></p>")
              .arg(esc(tr("Copy for Jira")), esc(tr("to create issues from here, set up Jira in Settings")));
    html += uniqueErrorsHtml(*c, jira);
    m_causeText->setHtml(html);
    updateSearchHint();
}

JiraReportDialog *DiagnosisPanel::jiraDialog() const
{
    return m_jiraDialog;
}

void DiagnosisPanel::reportToJira(const QString &signatureId)
{
    const RootCause *c = m_diagnosis ? m_causes->cause(m_causeView->currentIndex().row()) : nullptr;
    if (!c)
        return;
    const JiraConfig config = JiraConfig::load(QSettings());
    if (const QString problem = config.problem(); !problem.isEmpty()) {
        Q_EMIT message(tr("Jira is not set up (%1): Settings → Jira.").arg(problem));
        return;
    }
    if (m_jiraDialog) { // one at a time: the one open comes forward
        m_jiraDialog->raise();
        m_jiraDialog->activateWindow();
        return;
    }
    m_jiraDialog = new JiraReportDialog(m_diagnosis, c->category, signatureId, config, m_secrets, m_store, this);
    m_jiraDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_jiraDialog, &JiraReportDialog::reported, this, [this](const JiraCreated &result) {
        Q_EMIT message(tr("Reported to Jira as %1.").arg(result.key));
        reanalyse(false); // the error reads as known now
    });
    m_jiraDialog->open();
}

void DiagnosisPanel::copyForJira(const QString &signatureId)
{
    const RootCause *c = m_diagnosis ? m_causes->cause(m_causeView->currentIndex().row()) : nullptr;
    if (!c)
        return;
    const UniqueError *error = nullptr;
    for (const UniqueError &e : c->uniqueErrors)
        if (e.id == signatureId)
            error = &e;
    QGuiApplication::clipboard()->setText(JiraIssueText::of(*m_diagnosis, *c, error).clipboardText());
    Q_EMIT message(tr("Copied for Jira: paste it into a new issue's summary and description."));
}

QString DiagnosisPanel::uniqueErrorsHtml(const RootCause &c, const JiraConfig &jira) const
{
    constexpr int kListed = 20; // a cause of thousands of distinct errors: the most frequent
    QString html = QStringLiteral("<p><b>%1</b> %2</p><table cellspacing=\"4\">")
                       .arg(esc(tr("Unique errors:")), esc(uniqueErrorsWords(c.count, int(c.uniqueErrors.size()))));
    const auto when = [](const QDateTime &t) {
        return t.isValid() ? QLocale().toString(t.time(), QLocale::ShortFormat) : QString();
    };
    const bool canReport = jira.problem().isEmpty();
    for (int i = 0; i < std::min<int>(kListed, int(c.uniqueErrors.size())); ++i) {
        const UniqueError &e = c.uniqueErrors[i];
        const TestFailure &example = m_diagnosis->run.failures[e.failures.constFirst()];
        const bool selected = e.id == m_uniqueErrorShown;
        QString span;
        if (e.first.isValid())
            span = e.first == e.last ? when(e.first) : tr("%1–%2").arg(when(e.first), when(e.last));
        // Known: a link to its issue. Else, with Jira set up, Report to Jira.
        QString links;
        if (!e.issueKey.isEmpty())
            links += QStringLiteral(" · <b>%1</b>")
                         .arg(tr("known: %1")
                                  .arg(canReport ? QStringLiteral("<a href=\"%1\">%2</a>")
                                                       .arg(esc(jira.browseUrl(e.issueKey).toString()), esc(e.issueKey))
                                                 : esc(e.issueKey)));
        else if (canReport)
            links += QStringLiteral(" · <a href=\"report:%1\">%2</a>").arg(e.id, esc(tr("Report to Jira…")));
        links += QStringLiteral(" · <a href=\"jira:%1\">%2</a>").arg(e.id, esc(tr("Copy for Jira")));
        html += QStringLiteral("<tr><td align=\"right\">%1&nbsp;×</td><td>%2<a href=\"unique:%3\"><code>%4</code></a>%5"
                               "<br><small>%6%7</small></td></tr>")
                    .arg(QLocale().toString(e.count()), selected ? QStringLiteral("<b>") : QString(), e.id,
                         esc(e.headline()), selected ? QStringLiteral("</b>") : QString(),
                         esc(span.isEmpty() ? tr("e.g. %1").arg(example.displayName())
                                            : tr("%1 · e.g. %2").arg(span, example.displayName())),
                         links);
    }
    html += QStringLiteral("</table>");
    if (c.uniqueErrors.size() > kListed)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("… and %n more: the report and fathom diagnose --json list them all.", nullptr,
                                int(c.uniqueErrors.size() - kListed))));
    if (!m_uniqueErrorShown.isEmpty())
        html += QStringLiteral("<p><a href=\"all:\">%1</a></p>").arg(esc(tr("Show every failure of this root cause")));
    else if (c.uniqueErrors.size() > 1)
        html += QStringLiteral("<p><small>%1</small></p>").arg(esc(tr("Select an error to list only its failures.")));
    return html;
}

void DiagnosisPanel::search(const QString &text)
{
    // A search starts over every failure: a match under another root cause is not hidden by the
    // one selected. Choosing a cause afterwards narrows it, and the hint says what lies outside.
    if (!text.isEmpty() && m_bySearch->filterRegularExpression().pattern().isEmpty() && m_diagnosis
        && m_causeView->currentIndex().row() != RootCauseListModel::kAllFailuresRow)
        m_causeView->setCurrentIndex(m_causes->index(RootCauseListModel::kAllFailuresRow));
    m_bySearch->setFilterFixedString(text);
    m_allBySearch->setFilterFixedString(text);
    updateSearchHint();
}

void DiagnosisPanel::updateSearchHint()
{
    const QString text = m_search->text();
    if (!m_diagnosis || text.isEmpty()) {
        m_searchHint->clear();
        m_searchHint->setVisible(false);
        return;
    }
    const int here = m_bySearch->rowCount();
    const int everywhere = m_allBySearch->rowCount();
    const bool allShown = m_causes->cause(m_causeView->currentIndex().row()) == nullptr;
    QString hint;
    if (allShown || here == everywhere)
        hint = tr("%n failure(s) match.", "", here);
    else if (here == 0)
        hint = tr("No failure of this root cause matches; %n in other root causes — select “All failures” to see "
                  "them.",
                  "", everywhere);
    else
        hint = tr("%n failure(s) of this root cause match; %1 in all — select “All failures” to see every one.", "",
                  here)
                   .arg(everywhere);
    m_searchHint->setText(hint);
    m_searchHint->setVisible(true);
}

void DiagnosisPanel::showFailure()
{
    const QModelIndex current = m_failureView->currentIndex();
    m_failureText->clear();
    if (!m_diagnosis || !current.isValid())
        return;
    const int row = m_byCategory->mapToSource(m_bySearch->mapToSource(current)).row();
    const TestFailure &f = m_diagnosis->run.failures.at(row);
    const Classification &k = m_diagnosis->classifications.at(row);
    QTextCursor cursor(m_failureText->document());
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QTextCharFormat plain;
    QTextCharFormat mono;
    mono.setFontFamilies({ QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace") });
    QTextCharFormat match = mono;
    match.setBackground(QColor(0xff, 0xe0, 0x66));
    match.setFontWeight(QFont::Bold);
    // The heading lines in the window's direction: left to guess, a Hebrew line that starts with
    // a file's path was laid out left to right, its parts in the wrong order.
    QTextBlockFormat heading;
    heading.setLayoutDirection(m_failureText->layoutDirection());
    cursor.setBlockFormat(heading);
    cursor.insertText(f.displayName(), bold);
    cursor.insertBlock(heading);
    // The file and its line one left-to-right unit: in Hebrew, ":1220" strayed to the other end.
    cursor.insertText(tr("%1 — %2 — %3 — rule: %4")
                          .arg(isolate(QStringLiteral("%1:%2").arg(f.file).arg(f.line)), testStatusWords(f.status),
                               FailureRules::categoryTitle(k.category),
                               k.rule.isEmpty() ? tr("none matched") : isolate(FailureRules::ruleTitle(k.rule))),
                      plain);
    const std::pair<QString, const QString *> fields[] = { { QStringLiteral("message"), &f.message },
                                                           { QStringLiteral("trace"), &f.trace },
                                                           { QStringLiteral("output"), &f.output } };
    const QString titles[] = { tr("Message"), tr("Trace"), tr("Output") };
    // Code and logs read left to right in a right-to-left window too; the titles follow the window.
    QTextBlockFormat ltr;
    ltr.setLayoutDirection(Qt::LeftToRight);
    ltr.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
    const QTextBlockFormat natural;
    int i = 0;
    int matchAt = -1; // where the highlighted match begins
    for (const auto &[id, text] : fields) {
        const QString title = titles[i++];
        if (text->isEmpty())
            continue;
        cursor.insertBlock(natural);
        cursor.insertBlock(natural);
        cursor.insertText(title, bold);
        cursor.insertBlock(ltr);
        if (id == k.field && k.matchStart >= 0 && k.matchStart + k.matchLength <= text->size()) {
            cursor.insertText(text->left(k.matchStart), mono);
            matchAt = cursor.position();
            cursor.insertText(text->mid(k.matchStart, k.matchLength), match);
            cursor.insertText(text->mid(k.matchStart + k.matchLength), mono);
        } else {
            cursor.insertText(*text, mono);
        }
    }
    // Scroll to the highlighted match: that is what the user came to see.
    if (matchAt < 0) {
        m_failureText->moveCursor(QTextCursor::Start);
        return;
    }
    QTextCursor found(m_failureText->document());
    found.setPosition(matchAt);
    m_failureText->setTextCursor(found);
    scrollToMatch();
}

void DiagnosisPanel::scrollToMatch()
{
    // The match a third of the way down, with what led to it above.
    QScrollBar *v = m_failureText->verticalScrollBar();
    const int top = m_failureText->cursorRect().top() + v->value();
    v->setValue(std::max(0, top - m_failureText->viewport()->height() / 3));
    m_failureText->ensureCursorVisible();
}

void DiagnosisPanel::exportReport()
{
    if (!m_diagnosis)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the root-cause report"), QStringLiteral("root-cause-report.pdf"),
        tr("PDF (*.pdf);;HTML, one self-contained file (*.html);;Markdown (*.md)"));
    if (!path.isEmpty())
        startExport(path);
}

void DiagnosisPanel::startExport(const QString &path)
{
    if (!m_diagnosis || m_exportWorker)
        return;
    // A PDF of thousands of failures takes seconds to lay out: a worker thread writes it (the
    // diagnosis is immutable and shared), the window stays usable.
    ReportWriter::Options options;
    options.rulesName = m_rulesName;
    auto diagnosis = m_diagnosis;
    auto error = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    QThread *worker = QThread::create(
        [diagnosis, path, options, error, ok] { *ok = ReportWriter::write(*diagnosis, path, options, error.get()); });
    m_exportButton->setEnabled(false);
    m_exportButton->setText(tr("Exporting…"));
    connect(worker, &QThread::finished, this, [this, worker, path, error, ok] {
        worker->deleteLater();
        m_exportWorker = nullptr;
        m_exportButton->setText(tr("E&xport report…"));
        m_exportButton->setEnabled(m_diagnosis != nullptr);
        if (!*ok) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), *error, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        Q_EMIT message(tr("Report written: %1").arg(isolate(path)));
        Q_EMIT reportWritten(path);
    });
    m_exportWorker = worker;
    worker->start();
}

bool DiagnosisPanel::exportReportTo(const QString &path, QString *error) const
{
    ReportWriter::Options options;
    options.rulesName = m_rulesName;
    return ReportWriter::write(*m_diagnosis, path, options, error);
}

void DiagnosisPanel::editRules()
{
    RulesEditor editor(m_rules, m_diagnosis, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    QString error;
    QDir().mkpath(QFileInfo(rulesPath()).path());
    if (!editor.rules().save(rulesPath(), &error))
        QMessageBox::warning(this, tr("Rules not saved"), error);
    setRules(editor.rules());
}

void DiagnosisPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls())
        if (!url.isLocalFile())
            return;
    event->acceptProposedAction();
}

void DiagnosisPanel::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        paths << url.toLocalFile();
    event->acceptProposedAction();
    importFiles(paths);
}

} // namespace fathom
