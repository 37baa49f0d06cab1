// The window under the offscreen platform, against the real fathom-sim.
#include "discovery/capacitydiscovery.h"
#include "history/runstore.h"
#include "model/probe.h"
#include "model/proberunner.h"
#include "model/profilelibrary.h"
#include "simprocess.h"
#include "ui/appsettings.h"
#include "ui/diagnosispanel.h"
#include "ui/discoverypanel.h"
#include "ui/livecharts.h"
#include "ui/mainwindow.h"
#include "ui/metricshistory.h"
#include "ui/probespanel.h"
#include "ui/steptablemodel.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolBar>

#include "retarget.h"
#include <QTest>
#include <QTimer>

using namespace fathom;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void discoveryFromThePanelFillsTableAndCharts();
    void stopCancelsAndCleansUp();
    void discoveryTakesTheCommandLinesSettings();
    void resultsSayWhoseTheyAre();
    void aRateLimitIsDrawnOnTheThroughputAxis();
    void theWindowFitsTheScreen();
    void opensATestRunAndARunGivenOnItsCommandLine();
    void measuresWhatIsMissingThenTheCapacity();
    void probesPanelListsVerdicts();
    void shortcutsAreListedAndWorkFromAnyTab();
    void survivesATargetThatDisappears();
    void closingDuringARunCleansUpFirst();
    void profileChooserListsTheLibrary();
    void aTestRunMakesItsServerTheTarget();
    void aPasswordInTheTargetBarIsRefused();
    void changedClientDefaultsApplyToTheCurrentBareUrl();
    void aLateStateCheckOfAnEarlierTargetIsDropped();

private:
    TargetProfile profileFor(const SimProcess &sim) const;
    QTemporaryDir m_data;
};

void TestMainWindow::aLateStateCheckOfAnEarlierTargetIsDropped()
{
    // The first target is healthy but slow to say so; the second is unhealthy at once. The first
    // one's answer, arriving last, once set the second target's state to "healthy".
    SimProcess slow;
    QVERIFY(slow.start({ "--latency", "fixed:1500" }));
    SimProcess unhealthy;
    QVERIFY(unhealthy.start({ "--unhealthy" }));
    MainWindow window;
    QSignalSpy probes(window.probeRunner(), &ProbeRunner::finished);
    window.setTarget(profileFor(slow));
    QTRY_VERIFY_WITH_TIMEOUT(slow.stats().value("requests").toInt() > 0, 10'000);
    window.setTarget(profileFor(unhealthy));
    QTRY_COMPARE_WITH_TIMEOUT(window.targetStateLabel()->text(), QStringLiteral("● unhealthy"), 10'000);
    // Both health checks have ended (the slow one's healthy answer included)…
    QTRY_COMPARE_WITH_TIMEOUT(probes.size(), 2, 10'000);
    QVERIFY(probes.at(0).at(1).value<ProbeResult>().ok != probes.at(1).at(1).value<ProbeResult>().ok);
    // …and the window still shows the current target's state.
    QCOMPARE(window.targetStateLabel()->text(), QStringLiteral("● unhealthy"));
    QCOMPARE(window.probeRunner()->runningCount(), 0);
}

void TestMainWindow::initTestCase()
{
    qputenv("XDG_DATA_HOME", m_data.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
}

TargetProfile TestMainWindow::profileFor(const SimProcess &sim) const
{
    TargetProfile p;
    p.baseUrl = sim.url();
    p.cleanup.enabled = true;
    p.client.retry.maxRetries = 0;
    return p;
}

void TestMainWindow::discoveryFromThePanelFillsTableAndCharts()
{
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "9", "--latency", "fixed:150" }));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setTarget(profileFor(sim));
    DiscoveryConfig c;
    c.cooldownMs = 0;
    window.discoveryPanel()->setDefaults(c);
    QSignalSpy finished(window.discoveryPanel(), &DiscoveryPanel::finished);
    QTest::mouseClick(window.discoveryPanel()->startButton(), Qt::LeftButton);
    QVERIFY(window.discoveryPanel()->stopButton()->isEnabled());
    // The warm-up (ten jobs of 150 ms one at a time) says what it does.
    QTRY_VERIFY_WITH_TIMEOUT(window.discoveryPanel()->progressBar()->text().contains("Warm-up: job"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60'000);
    QCOMPARE(finished.first().first().value<DiscoveryResult>().capacity, 9);
    QVERIFY(window.discoveryPanel()->stepModel()->rowCount() >= 5);
    // The engine's snapshots reached the charts.
    QVERIFY(window.history()->points().size() > 5);
    window.liveCharts()->refresh();
    QVERIFY(window.liveCharts()->pointsShown() > 5);
    QTRY_COMPARE(window.history()->latest()->gauges.inFlight, 0); // the next snapshot, after the last job
    QVERIFY(window.discoveryPanel()->startButton()->isEnabled());
    // Wide enough, the steps table shows every column whole, the chart beside it (at 1280 px the
    // halves the splitter started with cut the last column).
    window.resize(1280, 860);
    auto *steps = window.discoveryPanel()->findChild<QTableView *>();
    QVERIFY(steps);
    QTRY_VERIFY2(
        steps->viewport()->width() >= steps->horizontalHeader()->length(),
        qPrintable(QString("%1 of %2 px").arg(steps->viewport()->width()).arg(steps->horizontalHeader()->length())));
}

void TestMainWindow::discoveryTakesTheCommandLinesSettings()
{
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "1000", "--latency", "fixed:1000" })); // a second a level: its progress shows
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setTarget(profileFor(sim));
    DiscoveryPanel *panel = window.discoveryPanel();
    const auto spin = [&](const char *name) { return panel->findChild<QSpinBox *>(name); };
    QVERIFY(spin("start-level") && spin("attempts") && spin("time-budget") && spin("slo-p99"));
    panel->setDefaults(DiscoveryConfig {});
    spin("max-level")->setValue(6);
    spin("start-level")->setValue(4);
    spin("attempts")->setValue(1);
    spin("cooldown")->setValue(0);
    spin("time-budget")->setValue(2);
    spin("warm-up-jobs")->setValue(0);
    spin("slo-p99")->setValue(250);
    const DiscoveryConfig c = panel->config();
    QCOMPARE(c.startLevel, 4);
    QCOMPARE(c.attemptsPerLevel, 1);
    QCOMPARE(c.timeBudgetMs, 120'000);
    QCOMPARE(c.baselineJobs, 0);
    QCOMPARE(c.slo.p99Ms.value_or(0), 250.0);
    QCOMPARE(c.slo.errorRate.value_or(-1), 0.0); // a p99 SLO alone: no failed job allowed, as on the CLI
    QSignalSpy finished(panel, &DiscoveryPanel::finished);
    panel->start();
    QTRY_VERIFY2_WITH_TIMEOUT(panel->progressBar()->text().startsWith("Level 4 of at most 6, attempt 1 of 1; "),
                              qPrintable(panel->progressBar()->text()), 10'000);
    QVERIFY2(panel->progressBar()->text().contains("left of the time budget"),
             qPrintable(panel->progressBar()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30'000);
    const DiscoveryResult r = finished.first().first().value<DiscoveryResult>();
    QCOMPARE(r.config.startLevel, 4);
    QCOMPARE(r.steps.first().level, 4); // the first level tried
    QVERIFY(r.config.slo.p99Ms.has_value());
}

void TestMainWindow::stopCancelsAndCleansUp()
{
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "1000", "--latency", "fixed:300" }));
    MainWindow window;
    window.setTarget(profileFor(sim));
    DiscoveryConfig c;
    c.cooldownMs = 0;
    c.strategy = LevelPlanner::Strategy::Linear;
    window.discoveryPanel()->setDefaults(c);
    QSignalSpy finished(window.discoveryPanel(), &DiscoveryPanel::finished);
    window.discoveryPanel()->start();
    QTRY_COMPARE_GE_WITH_TIMEOUT(sim.stats().value("active_jobs").toInt(), 2, 20'000);
    QTest::mouseClick(window.discoveryPanel()->stopButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20'000);
    QCOMPARE(stopReasonId(finished.first().first().value<DiscoveryResult>().stopReason), QStringLiteral("cancelled"));
    QCOMPARE(sim.stats().value("active_jobs").toInt(), 0);
}

void TestMainWindow::resultsSayWhoseTheyAre()
{
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "2", "--latency", "fixed:20" }));
    MainWindow window;
    window.setTarget(profileFor(sim));
    DiscoveryConfig c;
    c.cooldownMs = 0;
    c.maxLevel = 4;
    window.discoveryPanel()->setDefaults(c);
    DiscoveryPanel *panel = window.discoveryPanel();
    QSignalSpy finished(panel, &DiscoveryPanel::finished);
    panel->start();
    QVERIFY(panel->shownRunLabel()->text().startsWith(QStringLiteral("Measuring ")));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60'000);
    const QString simUrl = sim.url().toString();
    QVERIFY(panel->progressBar()->text().startsWith(QStringLiteral("Done: ")));
    QVERIFY2(panel->shownRunLabel()->text().startsWith(QStringLiteral("Results of ")),
             qPrintable(panel->shownRunLabel()->text()));
    QVERIFY(panel->shownRunLabel()->text().contains(simUrl));
    QVERIFY(!panel->shownRunLabel()->text().contains(QStringLiteral("Not the current target")));
    QVERIFY(window.liveCharts()->originLabel()->text().contains(simUrl));

    // Another target: the figures on screen stay, and say they are the last server's.
    TargetProfile other;
    other.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    window.setTarget(other);
    QVERIFY2(panel->shownRunLabel()->text().contains(QStringLiteral("Not the current target, ")),
             qPrintable(panel->shownRunLabel()->text()));
    QVERIFY(panel->shownRunLabel()->text().contains(simUrl));
    QVERIFY(panel->shownRunLabel()->text().contains(QStringLiteral("http://127.0.0.1:9")));
    QVERIFY(window.liveCharts()->originLabel()->text().contains(simUrl));

    // Back to it, and a new run: nothing of the last one's "Done" while it goes.
    window.setTarget(profileFor(sim));
    QVERIFY(!panel->shownRunLabel()->text().contains(QStringLiteral("Not the current target")));
    finished.clear();
    panel->start();
    QVERIFY2(!panel->progressBar()->text().contains(QStringLiteral("Done")), qPrintable(panel->progressBar()->text()));
    QVERIFY(panel->progressBar()->text().startsWith(QStringLiteral("Starting")));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60'000);
}

void TestMainWindow::aRateLimitIsDrawnOnTheThroughputAxis()
{
    // A rate limit caps throughput, not concurrency: a level line would say the wrong thing.
    DiscoveryResult r;
    r.stopReason = StopReason::RateLimited;
    StepResult s;
    s.level = 4;
    s.ok = 2;
    s.failed = 2;
    s.outcomes[size_t(OutcomeClass::RateLimited)] = 2;
    r.steps = { s };
    r.rateLimitPerS = 18.6;
    MainWindow window;
    const RunOrigin origin { QStringLiteral("staging"), QStringLiteral("http://127.0.0.1:9"),
                             QDateTime::currentDateTime() };
    window.discoveryPanel()->showResult(r, origin);
    const auto lineNamed = [&](const QString &name) -> QLineSeries * {
        for (QChartView *view : window.discoveryPanel()->findChildren<QChartView *>()) {
            for (QAbstractSeries *series : view->chart()->series()) {
                if (series->name() == name)
                    return qobject_cast<QLineSeries *>(series);
            }
        }
        return nullptr;
    };
    QLineSeries *rate = lineNamed(QStringLiteral("rate limit (jobs/s)"));
    QVERIFY(rate);
    QVERIFY(rate->isVisible());
    QCOMPARE(rate->count(), 2);
    QCOMPARE(rate->at(0).y(), 18.6);
    QCOMPARE(rate->at(1).y(), 18.6);
    QVERIFY(!lineNamed(QStringLiteral("saturation"))->isVisible());
    // A run with no rate limit has no such line.
    r.stopReason = StopReason::CapacityFound;
    r.rateLimitPerS.reset();
    window.discoveryPanel()->showResult(r, origin);
    QVERIFY(!rate->isVisible());
}

void TestMainWindow::theWindowFitsTheScreen()
{
    // It once opened 1280×860 on a 1280×800 screen. (First start: no geometry saved.)
    QSettings().remove("window/geometry");
    MainWindow window;
    const QRect room = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(window.width() <= room.width() && window.height() <= room.height(),
             qPrintable(QStringLiteral("%1×%2 on %3×%4")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(room.width())
                            .arg(room.height())));
}

void TestMainWindow::opensATestRunAndARunGivenOnItsCommandLine()
{
    // What "fathom run1.xml --run ID" and "fathom --run ID" do: a discovery in the history, then
    // the window opens it, and the test run joined with it.
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "5" }));
    DiscoveryConfig c;
    c.cooldownMs = 0;
    CapacityDiscovery discovery(profileFor(sim), c);
    QSignalSpy done(&discovery, &CapacityDiscovery::finished);
    discovery.start();
    QVERIFY(done.wait(60'000));
    const DiscoveryResult &r = discovery.result();
    QCOMPARE(r.capacity, 5);
    RunStore store;
    QString error;
    QVERIFY2(store.open(RunStore::defaultPath(), &error), qPrintable(error)); // the window's history
    const qint64 id = store.beginRun(RunKind::Discovery, "story", sim.url().toString(), {}, c.toJson(), &error);
    QVERIFY2(id > 0, qPrintable(error));
    for (const StepResult &s : r.steps)
        QVERIFY(store.addStep(id, s, &error));
    QVERIFY(store.finishRun(id, RunStatus::Finished, r.capacity, stopReasonId(r.stopReason), r.toJson(), &error));

    MainWindow window;
    QVERIFY(!window.openRun(id + 1000)); // no such run: said in the status bar
    QVERIFY(window.statusBar()->currentMessage().contains(QString::number(id + 1000)));
    QVERIFY(window.openRun(id));
    QCOMPARE(window.tabs()->currentWidget(), window.discoveryPanel());
    QVERIFY(window.discoveryPanel()->stepModel()->rowCount() > 0);

    QSignalSpy diagnosed(window.diagnosisPanel(), &DiagnosisPanel::diagnosed);
    window.openTestRun(
        { retargeted(FATHOM_TEST_DATA "/junit/story-pytest-logs.xml", sim.url(), m_data.filePath("story.xml")) },
        { id });
    QTRY_VERIFY_WITH_TIMEOUT(!diagnosed.isEmpty(), 20'000);
    QCOMPARE(window.tabs()->currentWidget(), window.diagnosisPanel());
    QTRY_VERIFY(!window.diagnosisPanel()->analysing()); // analysed again for the window's new target
    const Diagnosis *d = window.diagnosisPanel()->diagnosis();
    QVERIFY(d);
    QCOMPARE(d->failedCount(), 11);
    QCOMPARE(d->inputs.measurements.size(), 1);
    QCOMPARE(d->inputs.measurements.first().id, id);
    QCOMPARE(d->recommendations.first().concurrency, 5); // the joined run's capacity
    // The list shows what was joined, and keeps showing it when it is listed again (another
    // target chosen, a run finished): the window never says one thing and uses another.
    window.diagnosisPanel()->refreshMeasurements();
    QListWidget *joined = window.diagnosisPanel()->measurements();
    int ticked = 0;
    for (int i = 0; i < joined->count(); ++i) {
        const bool isIt = joined->item(i)->text().startsWith(QStringLiteral("#%1 ").arg(id));
        QCOMPARE(joined->item(i)->checkState() == Qt::Checked, isIt);
        ticked += isIt;
    }
    QCOMPARE(ticked, 1);
}

void TestMainWindow::measuresWhatIsMissingThenTheCapacity()
{
    // One click in the Diagnosis tab: the missing probes, then the missing capacity on the
    // Discovery tab, each joined as it comes; the 503s end up explained by the measured capacity.
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "4" }));
    MainWindow window;
    window.setTarget(profileFor(sim));
    DiscoveryConfig c;
    c.cooldownMs = 0;
    window.discoveryPanel()->setDefaults(c);
    QSignalSpy diagnosed(window.diagnosisPanel(), &DiagnosisPanel::diagnosed);
    window.openTestRun(
        { retargeted(FATHOM_TEST_DATA "/junit/pytest-requests-xunit2.xml", sim.url(), m_data.filePath("measure.xml")) },
        {});
    QTRY_VERIFY_WITH_TIMEOUT(!diagnosed.isEmpty(), 20'000);
    DiagnosisPanel *panel = window.diagnosisPanel();
    QVERIFY2(panel->measureButton()->isEnabled(), qPrintable(panel->measureButton()->toolTip()));
    QSignalSpy started(window.discoveryPanel(), &DiscoveryPanel::started);
    QSignalSpy discovered(window.discoveryPanel(), &DiscoveryPanel::finished);
    QSignalSpy shown(window.tabs(), &QTabWidget::currentChanged);
    QTest::mouseClick(panel->measureButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!discovered.isEmpty(), 90'000); // the probes, then the discovery
    QCOMPARE(started.size(), 1);
    QVERIFY(std::any_of(shown.cbegin(), shown.cend(), [&](const QList<QVariant> &args) {
        return window.tabs()->widget(args.first().toInt()) == window.discoveryPanel();
    })); // it ran where discoveries run, with their progress and stop…
    QTRY_VERIFY_WITH_TIMEOUT(panel->diagnosis()->missing.isEmpty(), 5000);
    QTRY_VERIFY(!panel->analysing());
    QCOMPARE(window.tabs()->currentWidget(), window.diagnosisPanel()); // …and the diagnosis is shown again
    bool explained = false;
    for (const RootCause &cause : panel->diagnosis()->rootCauses)
        explained = explained || (cause.category == "overloaded_503" && cause.statement.contains("4 concurrent jobs"));
    QVERIFY(explained);
    // Choosing a target analyses again, quietly: the window stays where the user is.
    window.tabs()->setCurrentWidget(window.probesPanel());
    window.setTarget(profileFor(sim));
    QCOMPARE(window.tabs()->currentWidget(), window.probesPanel());
}

void TestMainWindow::probesPanelListsVerdicts()
{
    SimProcess sim;
    QVERIFY(sim.start({}));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setTarget(profileFor(sim));
    window.tabs()->setCurrentWidget(window.probesPanel());
    QSignalSpy done(window.probesPanel(), &ProbesPanel::probeFinished);
    auto *button = window.probesPanel()->findChild<QPushButton *>("probe-job");
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10'000);
    QTableWidget *list = window.probesPanel()->results();
    QCOMPARE(list->rowCount(), 1);
    const QString verdict = list->item(0, ProbesPanel::VerdictColumn)->text();
    QVERIFY2(verdict.contains("cleaned up"), qPrintable(verdict));
    QCOMPARE(list->item(0, ProbesPanel::KindColumn)->text(), QStringLiteral("one job"));
    QVERIFY(list->item(0, ProbesPanel::TargetColumn)->text().contains(sim.url().toString()));
    QCOMPARE(sim.stats().value("active_jobs").toInt(), 0);
    QVERIFY(window.probesPanel()->cleanupWarning()->isHidden()); // this profile deletes its jobs
    list->setCurrentCell(0, 0);
    const QString details = window.probesPanel()->details()->toPlainText();
    QVERIFY2(details.startsWith(verdict + "\n\nOutcome: succeeded"), qPrintable(details));
    QVERIFY(details.contains("The data (JSON):\n{"));

    // Another server's probe goes in its own row, with its target, and the newest is in view.
    SimProcess other;
    QVERIFY(other.start({}));
    window.setTarget(profileFor(other));
    for (int i = 0; i < 12; ++i)
        window.probesPanel()->runProbe(ProbeKind::Health);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 13, 20'000);
    QCOMPARE(list->rowCount(), 13);
    QVERIFY(list->item(12, ProbesPanel::TargetColumn)->text().contains(other.url().toString()));
    QVERIFY(list->item(0, ProbesPanel::TargetColumn)->text().contains(sim.url().toString()));
    QCOMPARE(list->item(12, ProbesPanel::KindColumn)->text(), QStringLiteral("health"));
    QVERIFY(list->viewport()->height() < 13 * list->rowHeight(0)); // the rows do not all fit
    QTRY_VERIFY(list->visualItemRect(list->item(12, 0)).bottom() <= list->viewport()->height());

    // A target without a cleanup request: the probes that create jobs say they will leave them.
    TargetProfile keeps = profileFor(other);
    keeps.cleanup.enabled = false;
    window.setTarget(keeps);
    QVERIFY(!window.probesPanel()->cleanupWarning()->isHidden());
    QVERIFY(window.probesPanel()->cleanupWarning()->text().startsWith("No cleanup is configured"));
}

void TestMainWindow::shortcutsAreListedAndWorkFromAnyTab()
{
    SimProcess sim;
    QVERIFY(sim.start({}));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setTarget(profileFor(sim));
    // Help → Keyboard shortcuts lists what the menus hold, and the tabs' letters.
    QDialog *dialog = window.shortcutsDialog();
    auto *table = dialog->findChild<QTableWidget *>("shortcut-table");
    QVERIFY(table);
    QHash<QString, QString> keys;
    for (int r = 0; r < table->rowCount(); ++r)
        keys.insert(table->item(r, 0)->text(), table->item(r, 1)->text());
    QCOMPARE(keys.value("Run → Health probe"), "F5");
    QCOMPARE(keys.value("Run → Start discovery"), "Ctrl+R");
    QCOMPARE(keys.value("Run → Stop"), "Ctrl+.");
    QCOMPARE(keys.value("File → Import test run"), "Ctrl+I");
    QCOMPARE(keys.value("The Diagnosis tab"), "Alt+G");
    QCOMPARE(keys.value("The History tab"), "Alt+Y");
    QCOMPARE(keys.value("Help → User guide"), "F1");
    QVERIFY(MainWindow::aboutText().contains("MIT licence")); // as LICENSE says
    // The window wears Fathom's icon, drawn for each size of the hicolor theme (resources/icons).
    const QList<QSize> iconSizes = window.windowIcon().availableSizes();
    QCOMPARE(iconSizes.size(), 8);
    QVERIFY(iconSizes.contains(QSize(16, 16)) && iconSizes.contains(QSize(256, 256)));
    // The guide is the application's own, in the window's language.
    auto *guide = window.guideDialog()->findChild<QTextBrowser *>("guide-text");
    QVERIFY(guide);
    QVERIFY2(guide->toPlainText().contains("Capacity is the highest level at which every job"),
             qPrintable(guide->toPlainText().left(200)));
    // F5 from the Diagnosis tab: the health probe runs, and its tab comes up with the verdict.
    window.tabs()->setCurrentWidget(window.diagnosisPanel());
    QSignalSpy done(window.probesPanel(), &ProbesPanel::probeFinished);
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10'000);
    QCOMPARE(window.tabs()->currentWidget(), window.probesPanel());
    QCOMPARE(window.probesPanel()->results()->item(0, ProbesPanel::KindColumn)->text(), QStringLiteral("health"));
}

void TestMainWindow::survivesATargetThatDisappears()
{
    auto sim = std::make_unique<SimProcess>();
    QVERIFY(sim->start({ "--capacity", "1000", "--latency", "fixed:200" }));
    MainWindow window;
    TargetProfile p = profileFor(*sim);
    p.client.breaker.failureThreshold = 3;
    p.client.connectTimeoutMs = 500;
    window.setTarget(p);
    DiscoveryConfig c;
    c.cooldownMs = 0;
    c.healthRetryMs = 100;
    c.strategy = LevelPlanner::Strategy::Linear;
    window.discoveryPanel()->setDefaults(c);
    QSignalSpy finished(window.discoveryPanel(), &DiscoveryPanel::finished);
    window.discoveryPanel()->start();
    QTRY_COMPARE_GE_WITH_TIMEOUT(window.discoveryPanel()->stepModel()->rowCount(), 3, 20'000);
    sim.reset(); // the server dies mid-run
    // The breaker opens and the charts show it. (The window's responsiveness under load is
    // measured by bench/run-gui, not asserted here: a test does not time.)
    QTRY_VERIFY_WITH_TIMEOUT(window.history()->latest()->breaker != BreakerState::Closed, 20'000);
    window.liveCharts()->refresh();
    QVERIFY(!window.history()->breakerChanges().isEmpty());
    window.discoveryPanel()->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20'000);
}

// The window asks, then stays until the run has deleted its jobs, then closes by itself.
void TestMainWindow::closingDuringARunCleansUpFirst()
{
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "1000", "--latency", "fixed:300" }));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setTarget(profileFor(sim));
    DiscoveryConfig c;
    c.cooldownMs = 0;
    c.strategy = LevelPlanner::Strategy::Linear;
    window.discoveryPanel()->setDefaults(c);
    window.discoveryPanel()->start();
    QTRY_COMPARE_GE_WITH_TIMEOUT(sim.stats().value("active_jobs").toInt(), 2, 20'000);
    bool asked = false;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            box->button(QMessageBox::Yes)->click();
        }
    });
    answer.start(10);
    QVERIFY(!window.close()); // not yet: the jobs are being deleted
    QVERIFY(asked);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 20'000);
    QVERIFY(!window.discoveryPanel()->isRunning());
    QCOMPARE(sim.stats().value("active_jobs").toInt(), 0);
}

// The target bar's chooser lists the valid profiles of the library; choosing one makes it the
// target and remembers it; "none" goes back to the bare URL.
void TestMainWindow::profileChooserListsTheLibrary()
{
    MainWindow window;
    ProfileLibrary &lib = window.profileLibrary();
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    TargetProfile a;
    a.name = "chooser A " + suffix;
    a.baseUrl = QUrl("http://127.0.0.1:9001");
    TargetProfile b = a;
    b.name = "chooser B " + suffix;
    b.baseUrl = QUrl("http://127.0.0.1:9002");
    QString error;
    const QString pathA = lib.pathFor(a.name), pathB = lib.pathFor(b.name);
    QVERIFY2(ProfileLibrary::write(a, pathA, &error), qPrintable(error));
    QVERIFY2(ProfileLibrary::write(b, pathB, &error), qPrintable(error));
    QFile broken(lib.folder() + "/broken-" + suffix + ".json");
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not json");
    broken.close();

    window.refreshProfileChooser();
    QComboBox *chooser = window.profileChooser();
    const int indexB = chooser->findText(b.name);
    QVERIFY(indexB > 0);
    QVERIFY(chooser->findText(a.name) > 0);
    QCOMPARE(chooser->findText("broken-" + suffix, Qt::MatchContains), -1); // Settings shows it, with its error

    chooser->setCurrentIndex(indexB);
    Q_EMIT chooser->activated(indexB);
    QCOMPARE(window.target().name, b.name);
    QCOMPARE(window.target().baseUrl, b.baseUrl);
    QCOMPARE(QSettings().value("target/profile").toString(), pathB);
    QCOMPARE(chooser->currentText(), b.name);

    Q_EMIT chooser->activated(0);
    QVERIFY(window.target().name.isEmpty());
    QCOMPARE(window.target().baseUrl, b.baseUrl); // the URL stays
    QVERIFY(!QSettings().contains("target/profile"));

    QFile::remove(pathA);
    QFile::remove(pathB);
    broken.remove();
}

// A failed test run names the server its tests talked to; what is missing is measured there. A
// saved profile of that server becomes the target; a bare URL becomes that server's; a profile
// the user chose for another server stays, and the status bar says what to do.
void TestMainWindow::aTestRunMakesItsServerTheTarget()
{
    MainWindow window;
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    TargetProfile saved;
    saved.name = "tested " + suffix;
    saved.baseUrl = QUrl("http://127.0.0.1:9011");
    QString error;
    const QString path = window.profileLibrary().pathFor(saved.name);
    QVERIFY2(ProfileLibrary::write(saved, path, &error), qPrintable(error));
    const auto removeIt = qScopeGuard([&] { QFile::remove(path); }); // the library outlives the test
    window.refreshProfileChooser();
    auto bare = [](const QString &url) {
        TargetProfile p;
        p.baseUrl = QUrl(url);
        return p;
    };
    auto import = [&](const QString &url, const QString &name) {
        QSignalSpy diagnosed(window.diagnosisPanel(), &DiagnosisPanel::diagnosed);
        window.openTestRun(
            { retargeted(FATHOM_TEST_DATA "/junit/story-pytest-logs.xml", QUrl(url), m_data.filePath(name)) });
        return diagnosed.wait(20'000);
    };

    window.setTarget(bare("http://127.0.0.1:9099"));
    QVERIFY(import("http://127.0.0.1:9011", "saved.xml"));
    QCOMPARE(window.target().name, saved.name);
    QCOMPARE(window.target().baseUrl, saved.baseUrl);
    QCOMPARE(window.profileChooser()->currentText(), saved.name);
    QVERIFY2(window.statusBar()->currentMessage().contains("127.0.0.1:9011"),
             qPrintable(window.statusBar()->currentMessage()));
    QTRY_VERIFY(!window.diagnosisPanel()->analysing());
    QVERIFY(window.diagnosisPanel()->diagnosis()->inputs.profile); // the profile is the tested server's

    window.setTarget(bare("http://127.0.0.1:9099"));
    QVERIFY(import("http://127.0.0.1:9012", "bare.xml"));
    QVERIFY(window.target().name.isEmpty());
    QCOMPARE(window.target().baseUrl, QUrl("http://127.0.0.1:9012"));

    // Tests that failed fetching their token name the token server: the profile that takes its
    // tokens from there is the target.
    TargetProfile oauth = saved;
    oauth.name = "oauth " + suffix;
    oauth.baseUrl = QUrl("http://127.0.0.1:9016");
    oauth.auth.type = AuthSettings::Type::OAuth2;
    oauth.auth.tokenUrl = "http://127.0.0.1:9015/oauth/token";
    oauth.auth.clientId = "qa";
    oauth.auth.secretKey = "oauth/" + suffix;
    const QString oauthPath = window.profileLibrary().pathFor(oauth.name);
    QVERIFY2(ProfileLibrary::write(oauth, oauthPath, &error), qPrintable(error));
    const auto removeOauth = qScopeGuard([&] { QFile::remove(oauthPath); });
    QFile token(m_data.filePath("token.xml"));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write(R"(<testsuite name="t" tests="1" failures="1"><testcase classname="t" name="test_job">)"
                R"(<failure message="requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: )"
                R"(http://127.0.0.1:9015/oauth/token"/></testcase></testsuite>)");
    token.close();
    window.setTarget(bare("http://127.0.0.1:9099"));
    {
        QSignalSpy diagnosed(window.diagnosisPanel(), &DiagnosisPanel::diagnosed);
        window.openTestRun({ token.fileName() });
        QVERIFY(diagnosed.wait(20'000));
    }
    QCOMPARE(window.target().name, oauth.name);
    QCOMPARE(window.target().baseUrl, oauth.baseUrl);

    TargetProfile chosen = saved;
    chosen.name = "chosen " + suffix;
    chosen.baseUrl = QUrl("http://127.0.0.1:9013");
    window.setTarget(chosen);
    QVERIFY(import("http://127.0.0.1:9014", "chosen.xml"));
    QCOMPARE(window.target().name, chosen.name);
    QVERIFY2(window.statusBar()->currentMessage().contains("choose that server's profile"),
             qPrintable(window.statusBar()->currentMessage()));
}

// The target bar refuses a URL with a password, as profiles and the command line do: the target
// stays, nothing is saved, and the status bar says how instead without repeating the password.
void TestMainWindow::aPasswordInTheTargetBarIsRefused()
{
    MainWindow window;
    TargetProfile p;
    p.baseUrl = QUrl("http://127.0.0.1:9099");
    window.setTarget(p);
    const QString savedUrl = QSettings().value("target/url").toString();
    auto *url = window.findChild<QToolBar *>("target-bar")->findChild<QLineEdit *>();
    QVERIFY(url);
    url->setText("http://qauser:hunter2@127.0.0.1:9011");
    QTest::keyClick(url, Qt::Key_Return);
    QCOMPARE(window.target().baseUrl, QUrl("http://127.0.0.1:9099"));
    QCOMPARE(QSettings().value("target/url").toString(), savedUrl);
    const QString said = window.statusBar()->currentMessage();
    QVERIFY2(said.contains("basic") && !said.contains("hunter2"), qPrintable(said));
}

void TestMainWindow::changedClientDefaultsApplyToTheCurrentBareUrl()
{
    QSettings().remove(QStringLiteral("target/profile"));
    MainWindow window;
    AppSettings settings = AppSettings::load();
    settings.clientDefaults = {};
    window.applySettings(settings);
    QString error;
    const auto bare = settings.profileForUrl(QStringLiteral("http://127.0.0.1:9"), &error);
    QVERIFY2(bare, qPrintable(error));
    window.setTarget(*bare);
    QCOMPARE(window.target().client.requestTimeoutMs, EngineConfig().requestTimeoutMs);

    // Settings change the request timeout: the target already chosen uses it from the next request.
    settings.clientDefaults = QJsonObject { { QStringLiteral("request_timeout_ms"), 2000 } };
    window.applySettings(settings);
    QCOMPARE(window.target().client.requestTimeoutMs, 2000);
    QCOMPARE(window.target().baseUrl, bare->baseUrl);

    // A named profile keeps its own client settings.
    TargetProfile named = *bare;
    named.name = QStringLiteral("staging");
    named.client.requestTimeoutMs = 45'000;
    window.setTarget(named);
    settings.clientDefaults = QJsonObject { { QStringLiteral("request_timeout_ms"), 3000 } };
    window.applySettings(settings);
    QCOMPARE(window.target().client.requestTimeoutMs, 45'000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
