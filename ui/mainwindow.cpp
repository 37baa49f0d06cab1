#include "ui/mainwindow.h"

#include "diagnosis/bidi.h"
#include "history/runstore.h"
#include "model/probe.h"
#include "model/proberunner.h"
#include "network/secretstore.h"
#include "ui/appicon.h"
#include "ui/diagnosispanel.h"
#include "ui/discoverypanel.h"
#include "ui/historypanel.h"
#include "ui/language.h"
#include "ui/livecharts.h"
#include "ui/metricshistory.h"
#include "ui/probespanel.h"
#include "ui/profileeditor.h"
#include "ui/settingsdialog.h"
#include "ui/translatedtexts.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace fathom {

namespace {

/// 1280×860 where the screen has room, else what its available area (less the window frame)
/// takes: a 1280×800 laptop must see the whole window.
QSize fittingSize()
{
    const QSize wanted(1280, 860);
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen)
        return wanted;
    const QSize room = screen->availableGeometry().size() - QSize(16, 48);
    return wanted.boundedTo(room);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_settings(AppSettings::load())
    , m_store(std::make_unique<RunStore>())
    , m_secrets(std::make_unique<KeychainSecretStore>())
    , m_probeRunner(std::make_unique<ProbeRunner>(m_secrets.get()))
    , m_history(new MetricsHistory(this))
{
    loadResources();
    setWindowIcon(applicationIcon());
    auto *texts = new TranslatedTexts(this);
    texts->add([this] { setWindowTitle(tr("Fathom")); });
    openRunStore();
    buildTargetBar(texts);
    buildPanels(texts);
    buildMenus(texts);
    buildStatusBar(texts);
    connect(&m_stateTimer, &QTimer::timeout, this, &MainWindow::checkTargetState);
    m_stateTimer.start(15'000);
    applySettings(m_settings);
    restoreLastTarget();
}

void MainWindow::openRunStore()
{
    QString error;
    if (!m_store->open(RunStore::defaultPath(), &error)) {
        statusBar()->showMessage(tr("Runs are not recorded: %1").arg(isolate(error)));
        m_store.reset();
    } else if (m_store->readOnly()) {
        statusBar()->showMessage(tr("Runs are not recorded: %1").arg(isolate(m_store->readOnlyNote())));
    }
}

void MainWindow::buildTargetBar(TranslatedTexts *texts)
{
    auto *bar = new QToolBar;
    bar->setObjectName(QStringLiteral("target-bar"));
    bar->setMovable(false);
    auto *profileLabel = new QLabel;
    bar->addWidget(profileLabel);
    m_profileChooser = new QComboBox;
    m_profileChooser->setObjectName(QStringLiteral("profile-chooser"));
    m_profileChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_profileChooser);
    connect(m_profileChooser, &QComboBox::activated, this, &MainWindow::chooseProfile);
    auto *targetLabel = new QLabel;
    bar->addWidget(targetLabel);
    m_url = new QLineEdit;
    m_url->setMinimumWidth(280);
    bar->addWidget(m_url);
    auto *open = new QPushButton;
    bar->addWidget(open);
    auto *edit = new QPushButton;
    bar->addWidget(edit);
    connect(edit, &QPushButton::clicked, this, [this] { editProfile(true); });
    bar->addSeparator();
    m_targetState = new QLabel;
    bar->addWidget(m_targetState);
    addToolBar(bar);
    connect(m_url, &QLineEdit::returnPressed, this, &MainWindow::applyUrl);
    connect(open, &QPushButton::clicked, this, &MainWindow::openProfile);
    texts->add([=, this] {
        bar->setWindowTitle(tr("Target"));
        profileLabel->setText(tr("Profile: "));
        m_profileChooser->setToolTip(tr("Your target profiles (Settings → Profiles manages them)."));
        targetLabel->setText(tr("  Target: "));
        m_url->setPlaceholderText(tr("http://host:port — or open a profile"));
        m_url->setToolTip(tr("The base URL of the job server under test. Press Enter to use it."));
        open->setText(tr("Open profile…"));
        open->setToolTip(tr("Load a target profile (JSON): paths, job, cleanup, auth and client settings (Ctrl+O)."));
        edit->setText(tr("Edit…"));
        edit->setToolTip(tr(
            "Edit the target profile: paths, job, cleanup, auth and client settings, checked as you type (Ctrl+E)."));
        showTargetState();
        if (m_profileChooser->count() > 0)
            refreshProfileChooser(); // its first entry is a sentence
    });
}

void MainWindow::buildPanels(TranslatedTexts *texts)
{
    m_tabs = new QTabWidget;
    m_charts = new LiveCharts(m_history);
    m_discovery = new DiscoveryPanel(m_history, m_store.get());
    m_probes = new ProbesPanel(m_store.get(), m_probeRunner.get());
    connect(m_probeRunner.get(), &ProbeRunner::finished, this, &MainWindow::takeTargetStateResult);
    m_historyPanel = new HistoryPanel(m_store.get());
    m_diagnosis = new DiagnosisPanel(m_store.get());
    m_diagnosis->setProbeRunner(m_probeRunner.get());
    m_diagnosis->setSecretStore(m_secrets.get());
    const QList<QWidget *> panels { m_discovery, m_charts, m_probes, m_historyPanel, m_diagnosis };
    for (QWidget *panel : panels)
        m_tabs->addTab(panel, QString());
    texts->add([this] {
        m_tabs->setTabText(m_tabs->indexOf(m_discovery), tr("&Discovery"));
        m_tabs->setTabText(m_tabs->indexOf(m_charts), tr("&Live charts"));
        m_tabs->setTabText(m_tabs->indexOf(m_probes), tr("&Probes"));
        m_tabs->setTabText(m_tabs->indexOf(m_historyPanel), tr("Histor&y"));
        m_tabs->setTabText(m_tabs->indexOf(m_diagnosis), tr("Dia&gnosis"));
    });
    connect(m_diagnosis, &DiagnosisPanel::message, this,
            [this](const QString &m) { statusBar()->showMessage(m, 10'000); });
    connect(m_diagnosis, &DiagnosisPanel::diagnosed, this, [this] {
        m_tabs->setCurrentWidget(m_diagnosis);
        targetTheTestedServer();
    });
    connect(m_discovery, &DiscoveryPanel::finished, m_diagnosis, &DiagnosisPanel::discoveryFinished);
    // "Measure what is missing" in the Diagnosis tab runs a missing discovery where discoveries run.
    connect(m_diagnosis, &DiagnosisPanel::discoveryRequested, this, [this] {
        m_tabs->setCurrentWidget(m_discovery);
        m_discovery->start();
    });
    connect(m_probes, &ProbesPanel::probeFinished, m_diagnosis, &DiagnosisPanel::refreshMeasurements);
    connect(m_historyPanel, &HistoryPanel::reopen, this, [this](const DiscoveryResult &r, const RunOrigin &origin) {
        m_discovery->showResult(r, origin);
        m_tabs->setCurrentWidget(m_discovery);
    });
    connect(m_discovery, &DiscoveryPanel::finished, m_historyPanel, &HistoryPanel::refresh);
    connect(m_diagnosis, &DiagnosisPanel::testRunSaved, m_historyPanel, &HistoryPanel::refresh);
    connect(m_historyPanel, &HistoryPanel::reopenTestRun, this, [this](qint64 id) {
        m_tabs->setCurrentWidget(m_diagnosis);
        m_diagnosis->openTestRun(id);
    });
    connect(m_discovery, &DiscoveryPanel::finished, this, [this] {
        if (m_closeAfterRun)
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
    });
    connect(m_probes, &ProbesPanel::probeFinished, m_historyPanel, &HistoryPanel::refresh);
    setCentralWidget(m_tabs);
    connect(m_discovery, &DiscoveryPanel::message, this,
            [this](const QString &m) { statusBar()->showMessage(m, 10'000); });
}

void MainWindow::buildMenus(TranslatedTexts *texts)
{
    QMenu *file = menuBar()->addMenu(QString());
    QAction *openAction = file->addAction(QString(), QKeySequence::Open, this, &MainWindow::openProfile);
    QAction *newAction = file->addAction(QString(), QKeySequence::New, this, [this] { editProfile(false); });
    QAction *editAction
        = file->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] { editProfile(true); });
    file->addSeparator();
    QAction *importAction
        = file->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_I), m_diagnosis, &DiagnosisPanel::chooseFiles);
    QAction *exportAction = file->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), m_diagnosis,
                                            &DiagnosisPanel::exportReport);
    file->addSeparator();
    QAction *settingsAction
        = file->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, &MainWindow::openSettings);
    file->addSeparator();
    QAction *quitAction = file->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    QMenu *run = menuBar()->addMenu(QString());
    QAction *startAction
        = run->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_R), m_discovery, &DiscoveryPanel::start);
    QAction *stopAction
        = run->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_Period), m_discovery, &DiscoveryPanel::stop);
    run->addSeparator();
    // Every probe, from any tab: the window's shortcuts hold wherever the focus is.
    struct ProbeEntry
    {
        ProbeKind kind;
        const char *text;
        QKeySequence key;
    };
    static const ProbeEntry probeEntries[] = {
        { ProbeKind::Health, QT_TR_NOOP("&Health probe"), QKeySequence(Qt::Key_F5) },
        { ProbeKind::Readiness, QT_TR_NOOP("&Readiness probe"), QKeySequence(Qt::SHIFT | Qt::Key_F5) },
        { ProbeKind::Auth, QT_TR_NOOP("&Auth probe"), {} },
        { ProbeKind::Job, QT_TR_NOOP("One &job probe"), {} },
        { ProbeKind::Pool, QT_TR_NOOP("&Pool saturation probe"), {} },
        { ProbeKind::Timeout, QT_TR_NOOP("T&imeout probe"), {} },
    };
    QList<std::pair<QAction *, const char *>> probeActions;
    for (const ProbeEntry &e : probeEntries) {
        QAction *a = run->addAction(QString(), e.key, this, [this, kind = e.kind] {
            m_tabs->setCurrentWidget(m_probes); // where its verdict appears
            m_probes->runProbe(kind);
        });
        a->setObjectName(QStringLiteral("run-probe-") + probeKindId(e.kind));
        probeActions << std::pair { a, e.text };
    }
    QMenu *help = menuBar()->addMenu(QString());
    QAction *guideAction = help->addAction(QString(), QKeySequence::HelpContents, this, &MainWindow::showGuide);
    QAction *shortcutsAction = help->addAction(QString(), this, &MainWindow::showShortcuts);
    help->addSeparator();
    QAction *aboutAction = help->addAction(QString(), this, &MainWindow::about);
    texts->add([=] {
        file->setTitle(tr("&File"));
        openAction->setText(tr("&Open profile…"));
        newAction->setText(tr("&New profile…"));
        editAction->setText(tr("&Edit profile…"));
        importAction->setText(tr("&Import test run…"));
        exportAction->setText(tr("E&xport root-cause report…"));
        settingsAction->setText(tr("Se&ttings…"));
        quitAction->setText(tr("&Quit"));
        run->setTitle(tr("&Run"));
        startAction->setText(tr("&Start discovery"));
        stopAction->setText(tr("S&top"));
        for (const auto &[action, text] : probeActions)
            action->setText(tr(text));
        guideAction->setText(tr("&User guide"));
        shortcutsAction->setText(tr("&Keyboard shortcuts"));
        help->setTitle(tr("&Help"));
        aboutAction->setText(tr("&About Fathom"));
    });
}

void MainWindow::buildStatusBar(TranslatedTexts *texts)
{
    m_counters = new QLabel;
    statusBar()->addPermanentWidget(m_counters);
    texts->add([this] {
        m_counters->setToolTip(
            tr("Requests sent and finished by the current run's engine, those in flight, and the breaker state."));
        if (!m_counters->text().isEmpty())
            updateStatus();
    });
    connect(m_history, &MetricsHistory::changed, this, &MainWindow::updateStatus);
}

void MainWindow::restoreLastTarget()
{
    QString error;
    QSettings settings;
    restoreGeometry(settings.value(SettingsKey::kWindowGeometry).toByteArray());
    const QString lastProfile = settings.value(SettingsKey::kTargetProfile).toString();
    const QString lastUrl = settings.value(SettingsKey::kTargetUrl).toString();
    if (!lastProfile.isEmpty()) {
        if (auto p = TargetProfile::load(lastProfile, &error))
            setTarget(*p);
    } else if (!lastUrl.isEmpty()) {
        m_url->setText(lastUrl);
    }
    if (m_profileChooser->count() == 0)
        refreshProfileChooser();
    if (geometry().width() < 900)
        resize(fittingSize());
}

MainWindow::~MainWindow()
{
    // The panels end first: they use the probe runner and the run store, members that would
    // otherwise end before the widgets do.
    delete m_tabs;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_discovery->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Discovery is running"),
            tr("Stop the running discovery and quit? Jobs already created are cleaned up first."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        // Quit once the run has deleted the jobs it created; the run thread ends with the window.
        m_closeAfterRun = true;
        m_discovery->stop();
        statusBar()->showMessage(tr("Cleaning up the jobs the run created, then quitting…"));
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(SettingsKey::kWindowGeometry, saveGeometry());
    event->accept();
}

void MainWindow::setTarget(const TargetProfile &profile)
{
    m_profile = profile;
    m_url->setText(profile.baseUrl.toString());
    m_discovery->setProfile(profile, m_secrets.get());
    m_probeRunner->forgetTokens(); // chosen again: its secret may have changed in the keychain
    m_probes->setProfile(profile);
    m_diagnosis->setProfile(profile);
    // A state check of the previous target still running says nothing of this one.
    m_healthCheck = m_readinessCheck = 0;
    refreshProfileChooser();
    checkTargetState();

    const TlsSettings &tls = profile.client.tls;
    if (tls.passphraseKey.isEmpty() || !tls.passphrase.isEmpty())
        return;
    // The client key's passphrase lives in the keychain: read it, then set the target again with it.
    m_secrets->read(tls.passphraseKey, this, [this, profile](bool ok, const QString &secret, const QString &error) {
        if (m_profile.name != profile.name || m_profile.baseUrl != profile.baseUrl)
            return; // another target was chosen meanwhile
        if (!ok || secret.isEmpty()) {
            statusBar()->showMessage(tr("The passphrase of the client key is not in the keychain under \"%1\" (%2): "
                                        "HTTPS requests to this target will fail. Store it in the profile editor.")
                                         .arg(profile.client.tls.passphraseKey, ok ? tr("it is empty") : error));
            return;
        }
        TargetProfile withSecret = profile;
        withSecret.client.tls.passphrase = secret;
        setTarget(withSecret);
    });
}

void MainWindow::refreshProfileChooser()
{
    const QSignalBlocker block(m_profileChooser);
    m_profileChooser->clear();
    m_profileChooser->addItem(tr("— none: the URL only —"), QString());
    const QString current = QSettings().value(SettingsKey::kTargetProfile).toString();
    int selected = 0;
    for (const ProfileLibrary::Entry &e : m_library.entries()) {
        if (!e.profile)
            continue; // Settings → Profiles shows it with its error
        m_profileChooser->addItem(e.name, e.path);
        if (QFileInfo(e.path) == QFileInfo(current))
            selected = m_profileChooser->count() - 1;
    }
    if (selected == 0 && !m_profile.name.isEmpty()) {
        // A profile from elsewhere (a file outside the library, the demo): shown, not listed.
        m_profileChooser->insertItem(1, m_profile.name, current);
        selected = 1;
    }
    m_profileChooser->setCurrentIndex(selected);
}

void MainWindow::chooseProfile(int index)
{
    const QString path = m_profileChooser->itemData(index).toString();
    QString error;
    if (path.isEmpty()) {
        auto bare = m_settings.profileForUrl(m_url->text(), &error);
        QSettings().remove(SettingsKey::kTargetProfile);
        if (bare)
            setTarget(*bare);
        else
            refreshProfileChooser();
        return;
    }
    const auto profile = TargetProfile::load(path, &error);
    if (!profile) {
        statusBar()->showMessage(tr("That profile cannot be used: %1").arg(isolate(error)), 10'000);
        refreshProfileChooser();
        return;
    }
    QSettings().setValue(SettingsKey::kTargetProfile, path);
    setTarget(*profile);
}

void MainWindow::targetTheTestedServer()
{
    // The measurements a diagnosis asks for are of the server its tests talked to: where the
    // target is another, a saved profile of that server becomes the target, or, where the target
    // is a bare URL, that server's URL. A profile saved for another server stays: the user chose it.
    const Diagnosis *d = m_diagnosis->diagnosis();
    if (!d || d->testedTargets.isEmpty())
        return;
    const Endpoint tested = d->testedTargets.first().endpoint;
    // A profile serves the tests' server, or hands out the tokens they were fetching.
    auto serves = [&](const TargetProfile &p) {
        return Endpoint::fromUrl(p.baseUrl).sameServer(tested)
            || (p.auth.type == AuthSettings::Type::OAuth2
                && Endpoint::fromUrl(p.tokenConfig().tokenUrl).sameServer(tested));
    };
    if (serves(m_profile))
        return;
    for (const ProfileLibrary::Entry &e : m_library.entries()) {
        if (!e.profile || !serves(*e.profile))
            continue;
        QSettings().setValue(SettingsKey::kTargetProfile, e.path);
        setTarget(*e.profile);
        statusBar()->showMessage(tr("The tests talked to %1: the target is now its profile \"%2\".")
                                     .arg(isolate(tested.text()), isolate(e.name)),
                                 15'000);
        return;
    }
    if (!m_profile.name.isEmpty() || tested.port <= 0) {
        statusBar()->showMessage(tr("The tests talked to %1, not to the target %2: choose that server's profile, or "
                                    "type its URL, to measure it.")
                                     .arg(isolate(tested.text()), isolate(m_profile.baseUrl.toString())),
                                 15'000);
        return;
    }
    m_url->setText(QStringLiteral("%1://%2").arg(tested.port == 443 ? QStringLiteral("https") : QStringLiteral("http"),
                                                 tested.text()));
    applyUrl();
    statusBar()->showMessage(tr("The tests talked to %1: it is the target now.").arg(isolate(tested.text())), 15'000);
}

void MainWindow::applyUrl()
{
    QString error;
    TargetProfile p = m_profile;
    if (!p.baseUrl.isValid() || !p.applyPatch({ { QStringLiteral("base_url"), m_url->text().trimmed() } }, &error)) {
        auto fresh = m_settings.profileForUrl(m_url->text(), &error);
        if (!fresh) {
            statusBar()->showMessage(error, 10'000);
            m_url->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
            return;
        }
        p = *fresh;
        QSettings().remove(SettingsKey::kTargetProfile); // a bare URL from now on
    }
    m_url->setStyleSheet(QString());
    QSettings().setValue(SettingsKey::kTargetUrl, m_url->text().trimmed());
    setTarget(p);
}

void MainWindow::openProfile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open target profile"), QString(), tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto p = TargetProfile::load(path, &error);
    if (!p) {
        QMessageBox::warning(this, tr("Open target profile"), error);
        return;
    }
    QSettings().setValue(SettingsKey::kTargetProfile, path);
    setTarget(*p);
}

void MainWindow::editProfile(bool current)
{
    ProfileEditor editor(m_secrets.get(), this);
    QString error;
    if (current && m_profile.baseUrl.isValid())
        editor.setProfile(m_profile);
    else if (auto fresh = m_settings.newProfile(&error))
        editor.setProfile(*fresh);
    // The current profile's own file when it has one; new profiles go to the profile library.
    const QString currentPath = QSettings().value(SettingsKey::kTargetProfile).toString();
    if (current && !currentPath.isEmpty())
        editor.setSavePath(currentPath);
    else
        editor.setLibrary(&m_library);
    connect(&editor, &ProfileEditor::saved, this, [this](const QString &path, const TargetProfile &profile) {
        QSettings().setValue(SettingsKey::kTargetProfile, path);
        setTarget(profile);
        statusBar()->showMessage(tr("Profile saved to %1").arg(isolate(path)), 10'000);
    });
    editor.exec();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(&m_library, m_secrets.get(), this);
    connect(&dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    connect(&dialog, &SettingsDialog::profileChosen, this, [this](const QString &path, const TargetProfile &p) {
        QSettings().setValue(SettingsKey::kTargetProfile, path);
        setTarget(p);
    });
    dialog.exec();
    refreshProfileChooser(); // profiles may have been added, renamed or deleted
}

void MainWindow::applySettings(const AppSettings &settings)
{
    // A language chosen in Settings wins over the one given with --lang for this session.
    if (settings.language != m_settings.language)
        Language::setOverride(QString());
    const bool clientChanged = settings.clientDefaults != m_settings.clientDefaults;
    m_settings = settings;
    m_charts->setRefreshHz(settings.chartRefreshHz);
    // A target typed as a bare URL takes its client from these defaults: the next request,
    // probe or discovery uses the new ones, not those of when the URL was typed.
    if (clientChanged && m_profile.name.isEmpty() && m_profile.baseUrl.isValid()) {
        QString error;
        if (auto fresh = m_settings.profileForUrl(m_profile.baseUrl.toString(), &error))
            setTarget(*fresh);
        else
            statusBar()->showMessage(error, 10'000);
    }
    // Open windows switch when their QEvent::LanguageChange arrives (TranslatedTexts).
    Language::apply(settings.language);
}

void MainWindow::checkTargetState()
{
    if (!m_profile.baseUrl.isValid() || m_healthCheck || m_readinessCheck)
        return; // no target, or the last check has not ended yet
    m_healthCheck = m_probeRunner->run(m_profile, ProbeKind::Health);
}

void MainWindow::takeTargetStateResult(quint64 id, const ProbeResult &r)
{
    if (id == 0 || (id != m_healthCheck && id != m_readinessCheck))
        return; // the Probes tab's, or a check of an earlier target
    if (id == m_healthCheck) {
        m_healthCheck = 0;
        if (!r.ok) {
            m_state = r.unreachable ? TargetState::Unreachable : TargetState::Unhealthy;
            m_targetState->setToolTip(r.verdict);
            showTargetState();
            return;
        }
        m_readinessCheck = m_probeRunner->run(m_profile, ProbeKind::Readiness);
        return;
    }
    m_readinessCheck = 0;
    const QString state = r.details.value(QStringLiteral("state")).toString();
    const bool waiting = state == QLatin1String("waiting_for_fiber");
    const bool noReadiness = state == QLatin1String("not_configured");
    m_state = r.ok ? (noReadiness ? TargetState::HealthyNoReadiness : TargetState::Healthy)
        : waiting  ? TargetState::WaitingForFibre
                   : TargetState::NotReady;
    m_targetState->setToolTip(r.verdict);
    showTargetState();
}

void MainWindow::showTargetState()
{
    switch (m_state) {
    case TargetState::Unknown:
        m_targetState->setText(tr("unknown"));
        m_targetState->setToolTip(tr("The target's state from its health and readiness checks, refreshed every 15 s."));
        break;
    case TargetState::Unreachable:
        m_targetState->setText(tr("● unreachable"));
        break;
    case TargetState::Unhealthy:
        m_targetState->setText(tr("● unhealthy"));
        break;
    case TargetState::Healthy:
        m_targetState->setText(tr("● healthy"));
        break;
    case TargetState::HealthyNoReadiness:
        m_targetState->setText(tr("● healthy · readiness not configured"));
        break;
    case TargetState::WaitingForFibre:
        m_targetState->setText(tr("● waiting for fibre"));
        break;
    case TargetState::NotReady:
        m_targetState->setText(tr("● not ready"));
        break;
    }
    const bool bad = m_state == TargetState::Unreachable || m_state == TargetState::Unhealthy;
    m_targetState->setStyleSheet(m_state == TargetState::Unknown ? QString()
                                     : bad                       ? QStringLiteral("color: #c62828")
                                     : m_state == TargetState::Healthy || m_state == TargetState::HealthyNoReadiness
                                     ? QStringLiteral("color: #2e7d32")
                                     : QStringLiteral("color: #8e24aa"));
}

void MainWindow::updateStatus()
{
    const MetricsData &d = m_history->latest().data();
    m_counters->setText(tr("sent %1 · finished %2 · in flight %3 · queued %4 · breaker %5")
                            .arg(QLocale().toString(d.submitted), QLocale().toString(d.completed),
                                 QLocale().toString(d.gauges.inFlight), QLocale().toString(d.gauges.queued))
                            .arg(breakerStateWords(d.breaker)));
}

bool MainWindow::openRun(qint64 id)
{
    if (!m_historyPanel->selectRun(id)) {
        statusBar()->showMessage(tr("There is no run #%1 in the history.").arg(id), 10'000);
        return false;
    }
    m_tabs->setCurrentWidget(m_historyPanel);
    m_historyPanel->reopenSelected(); // a discovery opens in its own tab
    return true;
}

void MainWindow::openTestRun(const QStringList &paths, const QList<qint64> &joined)
{
    m_diagnosis->refreshMeasurements();
    if (!joined.isEmpty())
        m_diagnosis->setJoinedRuns(joined);
    m_diagnosis->importFiles(paths); // the tab shows itself once diagnosed
}

void MainWindow::discover(const TargetProfile &profile, const DiscoveryConfig &config)
{
    setTarget(profile);
    m_discovery->setDefaults(config);
    m_discovery->start();
}

namespace {
/// A menu or button text as read: "S&top…" → "Stop".
QString plainText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}
} // namespace

QDialog *MainWindow::shortcutsDialog()
{
    if (!m_shortcuts) {
        m_shortcuts = new QDialog(this);
        m_shortcuts->setObjectName(QStringLiteral("shortcuts"));
        auto *layout = new QVBoxLayout(m_shortcuts);
        auto *table = new QTableWidget(0, 2);
        table->setObjectName(QStringLiteral("shortcut-table"));
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setStretchLastSection(true);
        auto *note = new QLabel;
        note->setWordWrap(true);
        auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
        connect(close, &QDialogButtonBox::rejected, m_shortcuts, &QDialog::hide);
        layout->addWidget(table);
        layout->addWidget(note);
        layout->addWidget(close);
        m_shortcuts->resize(560, 520);
        auto *texts = new TranslatedTexts(m_shortcuts);
        texts->add([this, table, note] {
            m_shortcuts->setWindowTitle(tr("Keyboard shortcuts"));
            table->setHorizontalHeaderLabels({ tr("Action"), tr("Keys") });
            note->setText(tr("Alt and an underlined letter press that button, or open that tab or menu, in the tab "
                             "in view."));
            // Read from the menus and tabs themselves: the list cannot drift from what the keys do.
            QList<std::pair<QString, QString>> rows;
            for (QAction *menuAction : menuBar()->actions()) {
                for (QAction *a : menuAction->menu()->actions())
                    if (!a->shortcut().isEmpty())
                        rows << std::pair { tr("%1 → %2").arg(plainText(menuAction->text()), plainText(a->text())),
                                            a->shortcut().toString(QKeySequence::NativeText) };
            }
            for (int i = 0; i < m_tabs->count(); ++i)
                rows << std::pair { tr("The %1 tab").arg(plainText(m_tabs->tabText(i))),
                                    QKeySequence::mnemonic(m_tabs->tabText(i)).toString(QKeySequence::NativeText) };
            table->setRowCount(int(rows.size()));
            for (int r = 0; r < rows.size(); ++r) {
                table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
                auto *keys = new QTableWidgetItem(rows[r].second);
                keys->setTextAlignment(Qt::AlignCenter);
                table->setItem(r, 1, keys);
            }
            table->resizeColumnsToContents();
        });
    }
    return m_shortcuts;
}

QDialog *MainWindow::guideDialog()
{
    if (!m_guide) {
        m_guide = new QDialog(this);
        m_guide->setObjectName(QStringLiteral("guide"));
        auto *layout = new QVBoxLayout(m_guide);
        auto *text = new QTextBrowser;
        text->setObjectName(QStringLiteral("guide-text"));
        text->setOpenExternalLinks(false);
        auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
        connect(close, &QDialogButtonBox::rejected, m_guide, &QDialog::hide);
        layout->addWidget(text);
        layout->addWidget(close);
        m_guide->resize(720, 640);
        auto *texts = new TranslatedTexts(m_guide);
        texts->add([this, text] {
            m_guide->setWindowTitle(tr("Fathom — user guide"));
            // The guide of the window's language, from the application's resources.
            QFile file(QLocale().language() == QLocale::Hebrew ? QStringLiteral(":/help/guide.he.md")
                                                               : QStringLiteral(":/help/guide.md"));
            text->setMarkdown(file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString());
        });
    }
    return m_guide;
}

void MainWindow::showGuide()
{
    QDialog *dialog = guideDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showShortcuts()
{
    QDialog *dialog = shortcutsDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

QString MainWindow::aboutText()
{
    return tr("<h3>Fathom %1</h3><p>Finds out why a test run against an HTTP job server failed — by measuring "
              "the server and the client instead of guessing.</p><p>Qt %2 (built with %3).</p>"
              "<p>Free software under the MIT licence: use, change and share it; it comes with no warranty.</p>")
        .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Fathom"), aboutText());
}

} // namespace fathom
