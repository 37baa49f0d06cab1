#include "fakejira.h"
#include "history/runstore.h"
#include "model/translations.h"
#include "network/secretstore.h"
#include "report/reportwriter.h"
#include "ui/diagnosispanel.h"
#include "ui/failuretablemodel.h"
#include "ui/jirareportdialog.h"
#include "ui/ruleseditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include "retarget.h"
#include "simprocess.h"
#include <QCheckBox>
#include <QClipboard>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextEdit>

using namespace fathom;

namespace {

const QString kXunit2 = QStringLiteral(FATHOM_TEST_DATA "/junit/pytest-requests-xunit2.xml");

bool importAndWait(DiagnosisPanel &panel, const QStringList &files)
{
    QSignalSpy done(&panel, &DiagnosisPanel::diagnosed);
    panel.importFiles(files);
    return done.wait(20000);
}

int rowOfCategory(const QAbstractItemModel *m, const QString &category)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data(RootCauseListModel::CategoryRole).toString() == category)
            return r;
    return -1;
}

} // namespace

class TestDiagnosisPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importFillsCausesAndFailures();
    void adviceListsWhatToDoInOrder();
    void anAmbiguousFailureSaysSo();
    void selectingACauseFiltersItsFailures();
    void aUniqueErrorListsOnlyItsFailures();
    void reportToJiraThenKnown();
    void selectedFailureShowsTheMatchHighlighted();
    void searchCoversEveryFailure();
    void theMatchIsScrolledIntoView();
    void badFileKeepsThePreviousDiagnosis();
    void cancelKeepsThePreviousDiagnosis();
    void droppedFilesAreImported();
    void measurementsJoinTheEvidence();
    void importedRunsAreSavedAndReopened();
    void failedProbesAreMeasurementsToo();
    void aMeasurementOfAnotherServerIsNotUsed();
    void measuresWhatIsMissingInOneClick();
    void rulesEditorValidatesAsYouType();
    void rulesEditorPreviewsWhatARuleMatches();
    void newRulesSortTheFailuresAgain();
    void exportsAReport();

private:
    QTemporaryDir m_data;
};

void TestDiagnosisPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // rules.json and the history go to a test location
    forgetProxiesFromTheEnvironment(); // Report to Jira talks to a Jira on loopback
    Translations::install("en"); // as fathom does at start: English plural forms ("1 test", "2 tests")
    QFile::remove(DiagnosisPanel::rulesPath());
}

void TestDiagnosisPanel::importFillsCausesAndFailures()
{
    DiagnosisPanel panel(nullptr);
    QAbstractItemModelTester failures(panel.failureModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester causes(panel.causeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(importAndWait(panel, { kXunit2 }));
    QVERIFY(panel.diagnosis());
    QCOMPARE(panel.failureModel()->rowCount(), 12);
    QCOMPARE(panel.causeModel()->rowCount(), 1 + int(panel.diagnosis()->rootCauses.size()));
    QCOMPARE(panel.causeModel()->index(0).data().toString(), "All failures — 12");
    // The top cause is shown at first, with its evidence.
    QCOMPARE(panel.causeView()->currentIndex().row(), 1);
    QVERIFY(panel.summary()->text().contains("12 of 15 tests failed"));
    QVERIFY(rowOfCategory(panel.causeModel(), "read_timeout") >= 0);
    // Every column of every row answers, with a category on each row.
    for (int r = 0; r < panel.failureModel()->rowCount(); ++r) {
        QVERIFY(!panel.failureModel()->index(r, FailureTableModel::Test).data().toString().isEmpty());
        QVERIFY(!panel.failureModel()->index(r, 0).data(FailureTableModel::CategoryRole).toString().isEmpty());
    }
}

void TestDiagnosisPanel::adviceListsWhatToDoInOrder()
{
    // The story's run, with no measurement joined: the first thing to do is to measure.
    DiagnosisPanel panel(nullptr);
    QVERIFY(importAndWait(panel, { QStringLiteral(FATHOM_TEST_DATA "/junit/story-pytest-logs.xml") }));
    QVERIFY(!panel.advice()->isHidden());
    const QString text = panel.advice()->text();
    QVERIFY2(text.contains("What to do, in order:"), qPrintable(text));
    QVERIFY2(text.indexOf("Measure the server&#x27;s capacity") >= 0
                 || text.indexOf("Measure the server's capacity") >= 0,
             qPrintable(text));
    QVERIFY(text.indexOf("capacity") < text.indexOf("assertions"));
    // Another run replaces it; with no capacity measured, no limit is advised.
    QVERIFY(importAndWait(panel, { kXunit2 }));
    QVERIFY(panel.advice()->text().contains("fibre"));
    QVERIFY(!panel.advice()->text().contains("Limit the suite"));
}

void TestDiagnosisPanel::anAmbiguousFailureSaysSo()
{
    // axios's "timeout of 500ms exceeded" is a connect or a response timeout: the table says so,
    // and why, instead of passing a guess for a certainty.
    ImportedRun run;
    TestFailure f;
    f.name = "creates a job";
    f.message = "AxiosError: timeout of 500ms exceeded";
    run.failures << f;
    run.counts.total = run.counts.failed = 1;
    auto d = std::make_shared<const Diagnosis>(RootCauseAnalysis::analyse(run, FailureRules::builtIn(), {}));
    FailureTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDiagnosis(d);
    const QModelIndex category = model.index(0, FailureTableModel::Category);
    QVERIFY2(category.data().toString().contains("(ambiguous: or Connect timeout)"),
             qPrintable(category.data().toString()));
    QVERIFY(category.data(Qt::ToolTipRole).toString().contains("A measurement can settle it"));
    // The report's appendix says the same.
    QVERIFY(ReportWriter::markdown(*d).contains("ambiguous: or Connect timeout"));
}

void TestDiagnosisPanel::selectingACauseFiltersItsFailures()
{
    DiagnosisPanel panel(nullptr);
    QVERIFY(importAndWait(panel, { kXunit2 }));
    const int row = rowOfCategory(panel.causeModel(), "waiting_for_fiber_503");
    QVERIFY(row >= 0);
    panel.causeView()->setCurrentIndex(panel.causeModel()->index(row));
    QCOMPARE(panel.failureView()->model()->rowCount(), 2);
    for (int r = 0; r < 2; ++r)
        QCOMPARE(panel.failureView()->model()->index(r, 0).data(FailureTableModel::CategoryRole).toString(),
                 "waiting_for_fiber_503");
    QVERIFY(panel.causeDetails()->toPlainText().contains("environmental"));
    QVERIFY(panel.causeDetails()->toPlainText().contains("Evidence"));
}

void TestDiagnosisPanel::aUniqueErrorListsOnlyItsFailures()
{
    DiagnosisPanel panel(nullptr);
    QVERIFY(importAndWait(
        panel, { QStringLiteral(FATHOM_TEST_DATA "/junit/java-ant-TEST-com.example.jobs.JobClientsTest.xml") }));
    const Diagnosis &d = *panel.diagnosis();
    QVERIFY(panel.summary()->text().contains(QStringLiteral("%1 unique errors").arg(d.uniqueErrorCount())));
    // A cause of several errors: each is listed with its count, and its link narrows the table.
    int row = -1;
    for (int i = 0; i < d.rootCauses.size() && row < 0; ++i)
        if (d.rootCauses[i].uniqueErrors.size() >= 2)
            row = rowOfCategory(panel.causeModel(), d.rootCauses[i].category);
    QVERIFY(row >= 0);
    const RootCause &cause = *panel.causeModel()->cause(row);
    panel.causeView()->setCurrentIndex(panel.causeModel()->index(row));
    QCOMPARE(panel.failureView()->model()->rowCount(), cause.count);
    const QString text = panel.causeDetails()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("%1 unique errors").arg(cause.uniqueErrors.size())), qPrintable(text));
    const UniqueError &second = cause.uniqueErrors[1];
    QVERIFY(text.contains(second.headline()));
    Q_EMIT panel.causeDetails()->anchorClicked(QUrl(QStringLiteral("unique:") + second.id));
    QAbstractItemModel *shown = panel.failureView()->model();
    QCOMPARE(shown->rowCount(), second.count());
    for (int r = 0; r < shown->rowCount(); ++r)
        QCOMPARE(shown->index(r, 0).data(FailureTableModel::UniqueErrorRole).toString(),
                 cause.category + QLatin1Char('/') + second.id);
    QVERIFY(panel.causeDetails()->toPlainText().contains("Show every failure of this root cause"));
    Q_EMIT panel.causeDetails()->anchorClicked(QUrl(QStringLiteral("all:")));
    QCOMPARE(panel.failureView()->model()->rowCount(), cause.count);
    // "Copy for Jira": the cause, or one of its errors, in Jira's markup on the clipboard.
    Q_EMIT panel.causeDetails()->anchorClicked(QUrl(QStringLiteral("jira:") + second.id));
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(cause.title + ": ") && copied.contains("{noformat}\n" + second.signature),
             qPrintable(copied.left(500)));
    Q_EMIT panel.causeDetails()->anchorClicked(QUrl(QStringLiteral("jira:")));
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(cause.title + " ("));
    // Another cause starts with all of its failures.
    Q_EMIT panel.causeDetails()->anchorClicked(QUrl(QStringLiteral("unique:") + second.id));
    const int other = row == 1 ? 2 : 1;
    panel.causeView()->setCurrentIndex(panel.causeModel()->index(other));
    QCOMPARE(panel.failureView()->model()->rowCount(), panel.causeModel()->cause(other)->count);
}

void TestDiagnosisPanel::reportToJiraThenKnown()
{
    auto forget = qScopeGuard([] { QSettings().remove("jira"); });
    QSettings().remove("jira");
    QTemporaryDir dir;
    RunStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath("history.sqlite"), &error), qPrintable(error));
    FakeJira jira;
    MemorySecretStore secrets;
    secrets.write(JiraConfig::kTokenKey, jira.token, this, [](bool, const QString &) {});
    DiagnosisPanel panel(&store);
    panel.setSecretStore(&secrets);
    QVERIFY(importAndWait(panel, { QStringLiteral(FATHOM_TEST_DATA "/junit/story-pytest-logs.xml") }));
    // Without Jira set up: Copy for Jira, and where to set it up.
    QVERIFY(!panel.causeDetails()->toPlainText().contains("Report to Jira"));
    QVERIFY(panel.causeDetails()->toPlainText().contains("set up Jira in Settings"));

    QSettings settings;
    JiraConfig config;
    config.baseUrl = jira.url();
    config.projectKey = "FOCUS";
    config.user = jira.user;
    config.save(settings);
    settings.sync();
    panel.causeView()->setCurrentIndex(panel.causeModel()->index(2));
    panel.causeView()->setCurrentIndex(panel.causeModel()->index(1)); // shown again, with Jira set up
    const RootCause overload = *panel.causeModel()->cause(1); // a copy: reporting analyses again
    QCOMPARE(overload.category, "overloaded_503");
    QVERIFY(panel.causeDetails()->toPlainText().contains("Report to Jira…"));
    const UniqueError error503 = overload.uniqueErrors.first();
    Q_EMIT panel.causeDetails()->anchorClicked(QUrl("report:" + error503.id));
    QPointer<JiraReportDialog> dialog = panel.jiraDialog();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(dialog->summary()->text().startsWith("503 overloaded: AssertionError: job <num>"),
             qPrintable(dialog->summary()->text()));
    QVERIFY(dialog->description()->toPlainText().contains(error503.signature));
    dialog->summary()->setText(dialog->summary()->text() + " on staging");
    dialog->createButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000); // accepted and closed
    QCOMPARE(jira.issues.size(), 1);
    QVERIFY(jira.issues.first().fields["summary"].toString().endsWith(" on staging"));
    QCOMPARE(jira.issues.first().attachments.size(), 1);
    QVERIFY(jira.issues.first().attachments.first().data.contains(overload.title.toUtf8()));
    // Known from now on, as a link to the issue.
    QTRY_VERIFY(panel.causeDetails()->toPlainText().contains("known: FOCUS-123"));
    QVERIFY(panel.causeDetails()->toHtml().contains(jira.url().toString() + "/browse/FOCUS-123"));

    // A refusal stays in the dialog, in Jira's words, and Create may be tried again.
    jira.project = "OTHER";
    Q_EMIT panel.causeDetails()->anchorClicked(QUrl("report:"));
    dialog = panel.jiraDialog();
    QVERIFY(dialog);
    dialog->attachReport()->setChecked(false);
    dialog->createButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->status()->text().contains("project: valid project is required"), 15000);
    QVERIFY(dialog->isVisible() && dialog->createButton()->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!dialog);
    QCOMPARE(jira.issues.size(), 1);
}

void TestDiagnosisPanel::selectedFailureShowsTheMatchHighlighted()
{
    DiagnosisPanel panel(nullptr);
    QVERIFY(importAndWait(panel, { kXunit2 }));
    const int row = rowOfCategory(panel.causeModel(), "waiting_for_fiber_503");
    panel.causeView()->setCurrentIndex(panel.causeModel()->index(row));
    QAbstractItemModel *shown = panel.failureView()->model();
    int failureRow = -1;
    for (int r = 0; r < shown->rowCount(); ++r)
        if (shown->index(r, FailureTableModel::Test).data().toString().contains("test_metadata_ready"))
            failureRow = r;
    QVERIFY(failureRow >= 0);
    panel.failureView()->setCurrentIndex(shown->index(failureRow, 0));
    const QString text = panel.failureDetails()->toPlainText();
    QVERIFY(text.contains("test_metadata_ready"));
    QVERIFY(text.contains("waiting for fiber"));
    // The matched words carry the highlight; the text around them does not.
    bool highlighted = false;
    for (QTextBlock b = panel.failureDetails()->document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().background().style() != Qt::NoBrush) {
                QCOMPARE(it.fragment().text().toLower(), "waiting for fiber");
                highlighted = true;
            }
    QVERIFY(highlighted);
}

void TestDiagnosisPanel::searchCoversEveryFailure()
{
    DiagnosisPanel panel(nullptr);
    QVERIFY(importAndWait(panel, { kXunit2 }));
    const int readTimeout = rowOfCategory(panel.causeModel(), "read_timeout");
    QVERIFY(readTimeout > 0);
    panel.causeView()->setCurrentIndex(panel.causeModel()->index(readTimeout));
    QVERIFY(panel.searchHint()->isHidden());
    // A test under another root cause: the search starts over every failure and finds it.
    panel.searchField()->setText("test_metadata_ready");
    QCOMPARE(panel.causeView()->currentIndex().row(), RootCauseListModel::kAllFailuresRow);
    QCOMPARE(panel.failureView()->model()->rowCount(), 1);
    QVERIFY(!panel.searchHint()->isHidden());
    QCOMPARE(panel.searchHint()->text(), "1 failure matches.");
    // Narrowed to a cause it is not under: an empty table, and a hint that says where it is.
    panel.causeView()->setCurrentIndex(panel.causeModel()->index(readTimeout));
    QCOMPARE(panel.failureView()->model()->rowCount(), 0);
    QVERIFY2(panel.searchHint()->text().startsWith("No failure of this root cause matches; 1 in other root causes"),
             qPrintable(panel.searchHint()->text()));
    // Typing on keeps the cause chosen; clearing the search hides the hint.
    panel.searchField()->setText("test_metadata_read");
    QCOMPARE(panel.causeView()->currentIndex().row(), readTimeout);
    panel.searchField()->clear();
    QVERIFY(panel.searchHint()->isHidden());
    QVERIFY(panel.failureView()->model()->rowCount() > 0);
}

void TestDiagnosisPanel::theMatchIsScrolledIntoView()
{
    // A long trace whose matched line is far down, and a line far wider than the pane.
    QFile file(m_data.filePath("long-trace.xml"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray trace;
    for (int i = 0; i < 250; ++i)
        trace += "  File \"/srv/app/frame" + QByteArray::number(i) + ".py\", line 12, in call\n";
    trace += "requests.exceptions.ConnectTimeout: HTTPConnectionPool(host='127.0.0.1', port=9): Max retries exceeded\n";
    trace += QByteArray(3000, 'x') + "\n";
    for (int i = 0; i < 50; ++i)
        trace += "  after " + QByteArray::number(i) + "\n";
    file.write("<testsuite name=\"s\" tests=\"1\" failures=\"1\"><testcase classname=\"c\" name=\"test_far\">"
               "<failure message=\"boom\">"
               + trace + "</failure></testcase></testsuite>");
    file.close();
    DiagnosisPanel panel(nullptr);
    panel.resize(1024, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(importAndWait(panel, { file.fileName() }));
    panel.failureView()->setCurrentIndex(panel.failureView()->model()->index(0, 0));
    QTextEdit *details = panel.failureDetails();
    QVERIFY(details->toPlainText().contains("Max retries exceeded"));
    QVERIFY2(details->verticalScrollBar()->value() > 0,
             qPrintable(QString("scroll %1 of %2; cursor at %3; block %4")
                            .arg(details->verticalScrollBar()->value())
                            .arg(details->verticalScrollBar()->maximum())
                            .arg(details->textCursor().position())
                            .arg(details->textCursor().block().text().left(40))));
    QVERIFY2(details->viewport()->rect().contains(details->cursorRect()),
             qPrintable(QString("cursor %1,%2 in a %3×%4 view")
                            .arg(details->cursorRect().x())
                            .arg(details->cursorRect().y())
                            .arg(details->viewport()->width())
                            .arg(details->viewport()->height())));
    QCOMPARE(details->textCursor().block().text().left(17), "requests.exceptio");
    QCOMPARE(details->horizontalScrollBar()->maximum(), 0); // wrapped, nothing sideways
}

void TestDiagnosisPanel::badFileKeepsThePreviousDiagnosis()
{
    DiagnosisPanel panel(nullptr);
    QVERIFY(importAndWait(panel, { kXunit2 }));
    const Diagnosis *before = panel.diagnosis();
    QFile bad(m_data.filePath("bad.xml"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("<html><body>not a report</body></html>");
    bad.close();
    QSignalSpy failed(&panel, &DiagnosisPanel::importFailed);
    panel.importFiles({ bad.fileName() });
    QVERIFY(failed.wait(20000));
    QVERIFY(failed.first().first().toString().contains("bad.xml:1:"));
    QCOMPARE(panel.diagnosis(), before);
    QCOMPARE(panel.failureModel()->rowCount(), 12);
    for (QWidget *w : QApplication::topLevelWidgets()) // the warning does not block the window
        if (w->inherits("QMessageBox"))
            w->close();
}

void TestDiagnosisPanel::cancelKeepsThePreviousDiagnosis()
{
    // A file big enough that the import is still running when cancelled.
    const QString big = m_data.filePath("big.xml");
    QFile f(big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<testsuite>");
    for (int i = 0; i < 400000; ++i)
        f.write("<testcase name=\"t" + QByteArray::number(i) + "\"><system-out>ok</system-out></testcase>\n");
    f.write("</testsuite>");
    f.close();
    DiagnosisPanel panel(nullptr);
    QVERIFY(importAndWait(panel, { kXunit2 }));
    QSignalSpy messages(&panel, &DiagnosisPanel::message);
    panel.importFiles({ big });
    QVERIFY(panel.importing());
    panel.cancelImport();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.importing(), 20000);
    QTRY_VERIFY(!messages.isEmpty());
    QVERIFY(messages.last().first().toString().contains("cancelled"));
    QCOMPARE(panel.diagnosis()->run.counts.total, 15);
}

void TestDiagnosisPanel::droppedFilesAreImported()
{
    DiagnosisPanel panel(nullptr);
    panel.show();
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(kXunit2),
                   QUrl::fromLocalFile(FATHOM_TEST_DATA "/junit/surefire-TEST-com.example.JobApiIT.xml") });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy done(&panel, &DiagnosisPanel::diagnosed);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &drop);
    QVERIFY(done.wait(20000));
    QCOMPARE(panel.diagnosis()->run.counts.total, 15 + 6); // two files, one run
    QMimeData web;
    web.setUrls({ QUrl("https://example.com/report.xml") });
    QDragEnterEvent remote(QPoint(10, 10), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &remote);
    QVERIFY(!remote.isAccepted()); // only local files
}

void TestDiagnosisPanel::importedRunsAreSavedAndReopened()
{
    RunStore store;
    QString error;
    QVERIFY2(store.open(m_data.filePath("saved.sqlite"), &error), qPrintable(error));
    DiagnosisPanel panel(&store);
    QVERIFY(panel.saveToHistory()->isChecked()); // on by default
    QSignalSpy saved(&panel, &DiagnosisPanel::testRunSaved);
    QVERIFY(importAndWait(panel, { kXunit2 }));
    QCOMPARE(saved.size(), 1);
    const qint64 id = saved.first().first().toLongLong();
    const QList<RunSummary> runs = store.listRuns(&error);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().id, id);
    QVERIFY(runs.first().isTestRun());
    QCOMPARE(runs.first().testsFailed, 12);
    QCOMPARE(panel.measurements()->count(), 0); // a test run is not a measurement to join

    panel.saveToHistory()->setChecked(false);
    QVERIFY(importAndWait(panel, { kXunit2 }));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(store.listRuns(&error).size(), 1);
    panel.saveToHistory()->setChecked(true); // the setting is kept: leave it as found

    // Reopened from the history: analysed again, the same failures and unique errors.
    const int uniqueErrors = panel.diagnosis()->uniqueErrorCount();
    QSignalSpy diagnosed(&panel, &DiagnosisPanel::diagnosed);
    panel.openTestRun(id);
    QVERIFY(diagnosed.wait(20000));
    QCOMPARE(panel.diagnosis()->run.failures.size(), 12);
    QCOMPARE(panel.diagnosis()->run.counts.total, 15);
    QCOMPARE(panel.diagnosis()->uniqueErrorCount(), uniqueErrors);
    QCOMPARE(saved.size(), 1); // reopening saves nothing
}

void TestDiagnosisPanel::measurementsJoinTheEvidence()
{
    RunStore store;
    QString error;
    QVERIFY2(store.open(m_data.filePath("runs.sqlite"), &error), qPrintable(error));
    const qint64 id = store.beginRun(RunKind::Discovery, "focus", "http://127.0.0.1:8080", {}, {}, &error);
    QVERIFY(id > 0);
    QVERIFY(store.finishRun(id, RunStatus::Finished, 37, "capacity_found", {}, &error));
    DiagnosisPanel panel(&store);
    QCOMPARE(panel.measurements()->count(), 1);
    QCOMPARE(panel.measurements()->item(0)->checkState(), Qt::Checked); // the latest discovery
    QVERIFY(importAndWait(panel, { retargeted(kXunit2, QUrl("http://127.0.0.1:8080"), m_data.filePath("run.xml")) }));
    auto overload = [&panel]() -> QString {
        for (const RootCause &c : panel.diagnosis()->rootCauses)
            if (c.category == "overloaded_503")
                return c.statement;
        return {};
    };
    QVERIFY2(overload().contains("37 concurrent jobs"), qPrintable(overload()));
    panel.measurements()->item(0)->setCheckState(Qt::Unchecked); // analysed again without it
    QVERIFY(panel.analysing()); // off the GUI thread
    QTRY_VERIFY(!overload().contains("37"));
}

void TestDiagnosisPanel::failedProbesAreMeasurementsToo()
{
    RunStore store;
    QString error;
    QVERIFY2(store.open(m_data.filePath("probes.sqlite"), &error), qPrintable(error));
    const QJsonObject down { { "ok", false }, { "verdict", "The target is down: connection refused." } };
    const qint64 health = store.beginRun(RunKind::Probe, "health", "http://127.0.0.1:8080", {}, {}, &error);
    QVERIFY(store.finishRun(health, RunStatus::Failed, -1, {}, down, &error));
    const qint64 cancelled = store.beginRun(RunKind::Discovery, "focus", "http://127.0.0.1:8080", {}, {}, &error);
    QVERIFY(store.finishRun(cancelled, RunStatus::Cancelled, 4, "cancelled", {}, &error));
    DiagnosisPanel panel(&store);
    QCOMPARE(panel.measurements()->count(), 1); // the failed probe is evidence; a cancelled run is not
    QListWidgetItem *item = panel.measurements()->item(0);
    QCOMPARE(item->data(Qt::UserRole).toLongLong(), health);
    QVERIFY2(item->text().contains("health probe") && item->text().contains("failed"), qPrintable(item->text()));
    QCOMPARE(item->checkState(), Qt::Checked);
    QVERIFY(importAndWait(panel, { retargeted(kXunit2, QUrl("http://127.0.0.1:8080"), m_data.filePath("run.xml")) }));
    QString statement;
    for (const RootCause &c : panel.diagnosis()->rootCauses)
        if (c.category == "connect_timeout")
            statement = c.statement;
    QVERIFY2(statement.contains("infrastructure was down"), qPrintable(statement));
}

void TestDiagnosisPanel::aMeasurementOfAnotherServerIsNotUsed()
{
    RunStore store;
    QString error;
    QVERIFY2(store.open(m_data.filePath("other.sqlite"), &error), qPrintable(error));
    const qint64 id = store.beginRun(RunKind::Discovery, "staging", "http://staging.example:8080", {}, {}, &error);
    QVERIFY(store.finishRun(id, RunStatus::Finished, 37, "capacity_found", {}, &error));
    DiagnosisPanel panel(&store);
    QListWidgetItem *item = panel.measurements()->item(0);
    QCOMPARE(item->checkState(), Qt::Checked);
    QVERIFY(!item->font().strikeOut());
    QVERIFY(importAndWait(panel, { kXunit2 })); // its tests talked to fathom-sim on loopback
    QVERIFY(panel.diagnosis()->inputs.measurements.isEmpty());
    QCOMPARE(item->checkState(), Qt::Checked); // the user's choice stands…
    QVERIFY(item->font().strikeOut()); // …and the list says it is not used, and why
    QVERIFY2(item->toolTip().contains("another server"), qPrintable(item->toolTip()));
    for (const RootCause &c : panel.diagnosis()->rootCauses)
        QVERIFY2(!c.statement.contains("37"), qPrintable(c.statement));
    // The summary names the server; the note on the measurement left out is a point away.
    const QString summary = panel.summary()->text();
    QVERIFY2(summary.contains("The tests talked to") && summary.contains("1 more note: point here"),
             qPrintable(summary));
    QVERIFY2(panel.summary()->toolTip().contains("does not apply"), qPrintable(panel.summary()->toolTip()));
}

void TestDiagnosisPanel::measuresWhatIsMissingInOneClick()
{
    SimProcess sim;
    QVERIFY(sim.start({ "--capacity", "4" }));
    RunStore store;
    QString error;
    QVERIFY2(store.open(m_data.filePath("measure.sqlite"), &error), qPrintable(error));
    DiagnosisPanel panel(&store);
    QVERIFY(!panel.measureButton()->isEnabled()); // nothing diagnosed yet, and it says so
    QVERIFY(panel.measureButton()->toolTip().contains("Import"));
    QVERIFY(importAndWait(panel, { retargeted(kXunit2, sim.url(), m_data.filePath("measured.xml")) }));
    QVERIFY(!panel.measureButton()->isEnabled()); // no target chosen yet
    TargetProfile other;
    other.baseUrl = QUrl("http://staging.example:8080");
    panel.setProfile(other);
    QTRY_VERIFY(!panel.analysing());
    QVERIFY(!panel.measureButton()->isEnabled()); // not the tested server: said so
    QVERIFY2(panel.measureButton()->toolTip().contains("staging.example"),
             qPrintable(panel.measureButton()->toolTip()));

    TargetProfile target;
    target.name = "sim";
    target.baseUrl = sim.url();
    target.cleanup.enabled = true;
    panel.setProfile(target);
    QTRY_VERIFY(!panel.analysing());
    QVERIFY2(panel.measureButton()->isEnabled(), qPrintable(panel.measureButton()->toolTip()));
    QVERIFY(panel.measureButton()->toolTip().contains("fathom probe --kind health"));
    QSignalSpy discovery(&panel, &DiagnosisPanel::discoveryRequested);
    panel.measureButton()->click();
    QVERIFY(panel.measuring());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.measuring(), 60'000);
    QTRY_VERIFY(!panel.analysing()); // the last probe's measurement joined
    // The probes were stored and joined; the capacity is left to a discovery, which was asked for.
    QStringList joined;
    for (const Measurement &m : panel.diagnosis()->inputs.measurements)
        joined << m.probe;
    QVERIFY2(joined.contains("health") && joined.contains("readiness") && joined.contains("job"),
             qPrintable(joined.join(',')));
    QCOMPARE(discovery.size(), 1);
    QCOMPARE(panel.diagnosis()->missing.size(), 1);
    QCOMPARE(panel.diagnosis()->missing.first().kind, "discovery");

    // The window's Discovery tab measured and stored it: joined, and the 503s are explained by it.
    const qint64 id = store.beginRun(RunKind::Discovery, "sim", sim.url().toString(), {}, {}, &error);
    QVERIFY(store.finishRun(id, RunStatus::Finished, 4, "capacity_found", {}, &error));
    panel.discoveryFinished();
    QTRY_VERIFY(!panel.analysing());
    QVERIFY(panel.diagnosis()->missing.isEmpty());
    QVERIFY(!panel.measureButton()->isEnabled());
    bool overload = false;
    for (const RootCause &c : panel.diagnosis()->rootCauses)
        overload = overload || (c.category == "overloaded_503" && c.statement.contains("4 concurrent jobs"));
    QVERIFY(overload);
}

void TestDiagnosisPanel::rulesEditorValidatesAsYouType()
{
    RulesEditor editor(FailureRules::builtIn(), nullptr);
    QPushButton *ok = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    editor.ruleList()->setCurrentRow(2);
    QLineEdit *text = editor.regexField("textRegex");
    const QString before = text->text();
    text->setText("(unclosed");
    QVERIFY(!ok->isEnabled());
    QVERIFY(editor.errorLabel()->text().startsWith("rule 3 ("));
    QVERIFY(editor.errorLabel()->text().contains("textRegex is not a valid regular expression"));
    QVERIFY(!text->styleSheet().isEmpty()); // the field is marked
    QVERIFY(text->toolTip().contains("Not a valid regular expression"));
    text->setText(before);
    QVERIFY(ok->isEnabled());
    QVERIFY(text->styleSheet().isEmpty());
    QVERIFY(editor.errorLabel()->text().isEmpty());
}

void TestDiagnosisPanel::rulesEditorPreviewsWhatARuleMatches()
{
    DiagnosisPanel panel(nullptr);
    QVERIFY(importAndWait(panel, { kXunit2 }));
    const auto sample = std::make_shared<const Diagnosis>(*panel.diagnosis());
    RulesEditor editor(FailureRules::builtIn(), sample);
    // The rule that reads a 503 as waiting for fibre when the test's log says so.
    int outputRule = -1;
    for (int i = 0; i < editor.rules().rules().size(); ++i)
        if (!editor.rules().rules()[i].outputRegex.isEmpty()
            && editor.rules().rules()[i].category == "waiting_for_fiber_503")
            outputRule = i;
    QVERIFY(outputRule >= 0);
    editor.ruleList()->setCurrentRow(outputRule);
    QVERIFY(editor.previewing()); // worked out off the GUI thread
    QTRY_VERIFY(!editor.previewing());
    QCOMPARE(editor.preview()->count(), 1);
    QVERIFY(editor.preview()->item(0)->text().contains("test_job_after_fiber_check"));
    QVERIFY(editor.previewSummary()->text().contains("matches 1 of the 12"));
    // Widening the rule shows more at once.
    editor.regexField("outputRegex")->setText("(?i)waiting for fib|\\S"); // any output at all
    QTRY_VERIFY(editor.preview()->count() > 1);
    // Keystrokes faster than the preview: only the last one's is shown.
    editor.regexField("outputRegex")->setText("(?i)waiting for fib");
    editor.regexField("outputRegex")->setText("(?i)no output says this");
    QTRY_VERIFY(!editor.previewing());
    QCOMPARE(editor.preview()->count(), 0);
    QVERIFY(editor.previewSummary()->text().contains("matches 0 of the 12"));
}

void TestDiagnosisPanel::newRulesSortTheFailuresAgain()
{
    DiagnosisPanel panel(nullptr);
    QVERIFY(importAndWait(panel, { kXunit2 }));
    QString error;
    const auto mine = FailureRules::fromJson(R"([{"name": "Everything", "matchedStatuses": ["failed"]}])", &error);
    QVERIFY2(mine, qPrintable(error));
    panel.setRules(*mine);
    QTRY_VERIFY(!panel.analysing());
    QCOMPARE(panel.causeModel()->rowCount(), 2); // "All failures" and the one cause
    QCOMPARE(panel.causeModel()->index(1).data(RootCauseListModel::CategoryRole).toString(), "everything");
    QCOMPARE(panel.diagnosis()->run.counts.total, 15);
}

void TestDiagnosisPanel::exportsAReport()
{
    DiagnosisPanel panel(nullptr);
    QVERIFY(importAndWait(panel, { kXunit2 }));
    QString error;
    for (const char *name : { "r.html", "r.pdf", "r.md" }) {
        QVERIFY2(panel.exportReportTo(m_data.filePath(name), &error), qPrintable(error));
        QVERIFY(QFileInfo(m_data.filePath(name)).size() > 1000);
    }
    QVERIFY(!panel.exportReportTo(m_data.filePath("r.doc"), &error));
    QVERIFY(error.contains(".md, .html, .pdf or .csv"));
    // From the button: in a worker thread, the window free meanwhile.
    QSignalSpy written(&panel, &DiagnosisPanel::reportWritten);
    panel.startExport(m_data.filePath("worker.pdf"));
    QVERIFY(written.wait(30000));
    QCOMPARE(written.first().first().toString(), m_data.filePath("worker.pdf"));
    QVERIFY(QFileInfo(m_data.filePath("worker.pdf")).size() > 1000);
}

QTEST_MAIN(TestDiagnosisPanel)
#include "tst_diagnosispanel.moc"
