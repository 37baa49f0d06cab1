#include "diagnosis/junitimporter.h"
#include "history/proberecorder.h"
#include "history/runstore.h"
#include "history/testrunrecorder.h"
#include "model/probe.h"
#include "model/translations.h"
#include "ui/historypanel.h"
#include "ui/runlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace fathom;

namespace {
StepResult step(int index, int level, bool passed)
{
    StepResult s;
    s.index = index;
    s.level = level;
    s.passed = passed;
    s.ok = passed ? level : level - 1;
    s.failed = passed ? 0 : 1;
    s.outcomes[size_t(OutcomeClass::Ok)] = quint64(s.ok);
    s.outcomes[size_t(OutcomeClass::Overloaded503)] = quint64(s.failed);
    s.throughputRps = level * 3.0;
    s.p99Us = 300'000;
    return s;
}

qint64 record(RunStore &store, const QList<StepResult> &steps, int capacity, bool finish)
{
    QString error;
    const qint64 id = store.beginRun(RunKind::Discovery, "t", "http://h", {}, {}, &error);
    for (const StepResult &s : steps)
        store.addStep(id, s, &error);
    if (finish) {
        DiscoveryResult r;
        r.steps = steps;
        r.capacity = capacity;
        r.stopReason = StopReason::CapacityFound;
        store.finishRun(id, RunStatus::Finished, capacity, "capacity_found", r.toJson(), &error);
    }
    return id;
}
} // namespace

class TestHistoryPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Translations::install("en"); } // English plural forms, as fathom loads them
    void listsReopensComparesDeletes();
    void probesShowTheirKindStatusAndVerdictInWords();
    void testRunsOpenAndCompare();
};

void TestHistoryPanel::listsReopensComparesDeletes()
{
    QTemporaryDir dir;
    RunStore store;
    QString error;
    QVERIFY(store.open(dir.filePath("runs.sqlite"), &error));
    record(store, { step(0, 1, true), step(1, 2, true), step(2, 4, false), step(3, 3, true) }, 3, true);
    record(store, { step(0, 1, true), step(1, 2, true), step(2, 4, true), step(3, 8, false) }, 0,
           false); // killed mid-way

    HistoryPanel panel(&store);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel.model()->rowCount(), 2);
    QCOMPARE(panel.model()->index(0, RunListModel::Id).data().toInt(), 2); // newest first

    // Reopen the interrupted one: its recorded steps, and the highest level that passed.
    QSignalSpy reopened(&panel, &HistoryPanel::reopen);
    panel.view()->selectRow(0);
    panel.reopenSelected();
    QCOMPARE(reopened.size(), 1);
    const DiscoveryResult r = reopened.first().first().value<DiscoveryResult>();
    QCOMPARE(r.steps.size(), 4);
    QCOMPARE(r.capacity, 4);
    QCOMPARE(r.stopReason, StopReason::Running);

    panel.view()->selectAll();
    panel.compareSelected();
    QVERIFY2(panel.details()->toPlainText().contains("capacity", Qt::CaseInsensitive),
             qPrintable(panel.details()->toPlainText()));
}

void TestHistoryPanel::probesShowTheirKindStatusAndVerdictInWords()
{
    QTemporaryDir dir;
    RunStore store;
    QString error;
    QVERIFY(store.open(dir.filePath("runs.sqlite"), &error));
    TargetProfile profile;
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    ProbeResult down;
    down.kind = ProbeKind::Health;
    down.verdict = QStringLiteral("/health did not answer: connection refused");
    QVERIFY(recordProbe(&store, profile, down, &error));
    ProbeResult pool;
    pool.kind = ProbeKind::Pool;
    pool.ok = true;
    pool.verdict = QStringLiteral("No pool exhaustion: 200 of 200 ok");
    QVERIFY(recordProbe(&store, profile, pool, &error));
    record(store, { step(0, 1, true) }, 1, true);

    HistoryPanel panel(&store);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel.model()->rowCount(), 3);
    const auto cell = [&](int row, int column) { return panel.model()->index(row, column).data(); };
    // Newest first: the discovery, the pool probe, the health probe.
    QCOMPARE(cell(2, RunListModel::Name).toString(), QStringLiteral("health"));
    QCOMPARE(cell(2, RunListModel::Status).toString(), QStringLiteral("failed"));
    QCOMPARE(cell(2, RunListModel::Result).toString(), down.verdict);
    QVERIFY(!cell(2, RunListModel::Steps).isValid()); // a probe has no steps, not "0"
    QCOMPARE(cell(1, RunListModel::Name).toString(), QStringLiteral("pool saturation"));
    QCOMPARE(cell(1, RunListModel::Status).toString(), QStringLiteral("passed"));
    QCOMPARE(cell(1, RunListModel::Result).toString(), pool.verdict);
    QCOMPARE(cell(0, RunListModel::Status).toString(), QStringLiteral("finished"));
    QCOMPARE(cell(0, RunListModel::Result).toString(), QStringLiteral("capacity 1"));
    QCOMPARE(cell(0, RunListModel::Steps).toInt(), 1);
}

void TestHistoryPanel::testRunsOpenAndCompare()
{
    QTemporaryDir dir;
    RunStore store;
    QString error;
    QVERIFY(store.open(dir.filePath("runs.sqlite"), &error));
    const auto saved = [&](const QString &file, const QString &name) {
        ImportedRun run;
        JUnitImporter importer;
        if (!importer.importFiles({ QStringLiteral(FATHOM_TEST_DATA "/junit/") + file }, &run, &error))
            return qint64(0);
        const Diagnosis d = RootCauseAnalysis::analyse(std::move(run), FailureRules::builtIn(), {});
        return recordTestRun(&store, d, { name, {}, {}, {} }, &error);
    };
    const qint64 before = saved("pytest-requests-xunit1.xml", "before the fix");
    const qint64 after = saved("pytest-requests-xunit2.xml", "after the fix");
    QVERIFY2(before && after, qPrintable(error));

    HistoryPanel panel(&store);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel.model()->rowCount(), 2);
    QVERIFY(panel.selectRun(before));
    QVERIFY2(panel.details()->toPlainText().contains("12 of 15 tests failed (80%), 11 unique errors"),
             qPrintable(panel.details()->toPlainText()));
    QSignalSpy reopened(&panel, &HistoryPanel::reopenTestRun);
    panel.reopenSelected();
    QCOMPARE(reopened.size(), 1);
    QCOMPARE(reopened.first().first().toLongLong(), before);

    panel.view()->selectAll();
    panel.compareSelected();
    const QString compared = panel.details()->toPlainText();
    QVERIFY2(compared.contains("12 failed (80%) → 12 failed (80%)"), qPrintable(compared));
    QVERIFY2(compared.contains("Failing otherwise than before (1)"), qPrintable(compared));
    QVERIFY2(compared.contains("Unique errors"), qPrintable(compared));
}

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
