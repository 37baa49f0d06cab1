#include "ui/steptablemodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTest>

using namespace fathom;

class TestStepTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsAndColumns();
};

void TestStepTableModel::rowsAndColumns()
{
    StepTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    StepResult s;
    s.level = 8;
    s.attempt = 2;
    s.ok = 5;
    s.failed = 3;
    s.outcomes[size_t(OutcomeClass::Ok)] = 5;
    s.outcomes[size_t(OutcomeClass::Overloaded503)] = 3;
    s.p99Us = 12'345;
    model.append(s);
    s.passed = true;
    s.level = 4;
    s.failed = 0;
    s.outcomes[size_t(OutcomeClass::Overloaded503)] = 0;
    s.servedAtOnce = 3; // two of five jobs were slower than the warm-up's slow limit
    s.connectionsOpened = 4;
    s.connectionsReused = 1;
    model.append(s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(StepTableModel::ColumnCount));
    QCOMPARE(model.index(0, StepTableModel::Level).data().toInt(), 8);
    QCOMPARE(model.index(0, StepTableModel::P99).data().toString(), QStringLiteral("12.3"));
    // Words, not ids ("overloaded_503" stays in --json).
    QCOMPARE(model.index(0, StepTableModel::DominantError).data().toString(),
             outcomeWords(OutcomeClass::Overloaded503));
    QVERIFY(!model.index(0, StepTableModel::DominantError).data().toString().contains('_'));
    QVERIFY(!model.index(0, StepTableModel::Breaker).data().toString().contains(QRegularExpression("[A-Z_]{4}")));
    QCOMPARE(model.index(1, StepTableModel::DominantError).data().toString(), QString());
    QCOMPARE(model.index(1, StepTableModel::Waited).data().toInt(), 2);
    QCOMPARE(model.index(1, StepTableModel::Connections).data().toString(), QStringLiteral("4 / 1"));
    QVERIFY(!model.index(0, StepTableModel::Waited).data().isValid()); // a failed attempt: not judged
    QVERIFY(!model.index(0, StepTableModel::Connections).data().isValid()); // not counted
    QVERIFY(!model.headerData(StepTableModel::Waited, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!model.headerData(StepTableModel::P99, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    model.setSteps({ s });
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestStepTableModel)
#include "tst_steptablemodel.moc"
