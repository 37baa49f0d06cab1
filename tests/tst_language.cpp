// Hebrew, right to left: the window and its dialogs under --lang he (here Language::apply("he")),
// and switching language at run time.
#include "ui/diagnosispanel.h"
#include "ui/discoverypanel.h"
#include "ui/failuretablemodel.h"
#include "ui/language.h"
#include "ui/livecharts.h"
#include "ui/mainwindow.h"
#include "ui/naturaldirectiondelegate.h"
#include "ui/probespanel.h"
#include "ui/ruleseditor.h"
#include "ui/settingsdialog.h"
#include "ui/steptablemodel.h"

#include "discovery/discoveryresult.h"
#include "history/diagnosisinputs.h"
#include "history/runstore.h"
#include "model/probe.h"
#include "model/profilelibrary.h"
#include "network/secretstore.h"
#include "ui/metricshistory.h"
#include "ui/runorigin.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QGlyphRun>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextLayout>
#include <QToolBar>

#include <functional>

using namespace fathom;

namespace {

bool hasHebrew(const QString &s)
{
    for (const QChar c : s)
        if (c.script() == QChar::Script_Hebrew)
            return true;
    return false;
}

/// Visible words that stay as they are in Hebrew: protocols, codes, product and format names.
bool onlyKeptWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z_]+"));
    static const QSet<QString> kept { "HTTP",  "JSON",   "URL",    "PDF",    "HTML", "Markdown",  "PNG", "Fathom",
                                      "JUnit", "Allure", "XML",    "CLOSED", "OPEN", "HALF_OPEN", "USL", "ms",
                                      "Hz",    "Ctrl",   "http",   "host",   "port", "p50",       "p99", "DNS",
                                      "TLS",   "OAuth2", "Bearer", "id",     "Jira" };
    auto it = word.globalMatch(text);
    while (it.hasNext())
        if (!kept.contains(it.next().captured()))
            return false;
    return true;
}

/// The button, label, group and tab texts of `root` that `wrong` says are in the wrong language,
/// each with the class that shows it.
QStringList textsWhere(QWidget *root, const std::function<bool(const QString &)> &wrong)
{
    QStringList found;
    auto check = [&](const QString &raw, const QObject *o) {
        const QString text = QString(raw).remove(QLatin1Char('&')).trimmed();
        if (!text.isEmpty() && wrong(text))
            found << QStringLiteral("%1: \"%2\"").arg(QString::fromLatin1(o->metaObject()->className()), text);
    };
    for (auto *b : root->findChildren<QAbstractButton *>())
        check(b->text(), b);
    for (auto *l : root->findChildren<QLabel *>())
        if (l->textFormat() != Qt::RichText)
            check(l->text(), l);
    for (auto *g : root->findChildren<QGroupBox *>())
        check(g->title(), g);
    for (auto *t : root->findChildren<QTabWidget *>())
        for (int i = 0; i < t->count(); ++i)
            check(t->tabText(i), t);
    return found;
}

/// Texts neither Hebrew nor only kept words.
QStringList englishLeft(QWidget *root)
{
    return textsWhere(root, [](const QString &t) { return !hasHebrew(t) && !onlyKeptWords(t); });
}

/// Texts that still hold Hebrew.
QStringList hebrewLeft(QWidget *root)
{
    return textsWhere(root, hasHebrew);
}

/// The letter after a single '&' (lower case), or a null QChar.
QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] != QLatin1Char('&'))
            return text[i + 1].toLower();
        ++i;
    }
    return {};
}

/// Alt+letter clashes in the window as each tab shows it: the menu titles, the tabs, and the
/// buttons and labelled fields in view share one set of letters; each menu's items another.
QStringList mnemonicClashes(MainWindow &window)
{
    QStringList clashes;
    auto collect = [](QMultiHash<QChar, QString> &seen, const QString &text) {
        if (const QChar c = mnemonic(text); !c.isNull())
            seen.insert(c, QString(text).remove(QLatin1Char('&')));
    };
    auto report = [&](const QMultiHash<QChar, QString> &seen, const QString &where) {
        for (const QChar c : seen.uniqueKeys())
            if (seen.count(c) > 1)
                clashes << QStringLiteral("%1: Alt+%2 is %3").arg(where, c, QStringList(seen.values(c)).join(" / "));
    };
    for (int tab = 0; tab < window.tabs()->count(); ++tab) {
        window.tabs()->setCurrentIndex(tab);
        QMultiHash<QChar, QString> seen;
        for (QAction *menu : window.menuBar()->actions())
            collect(seen, menu->text());
        for (int i = 0; i < window.tabs()->count(); ++i)
            collect(seen, window.tabs()->tabText(i));
        for (QAbstractButton *b : window.findChildren<QAbstractButton *>())
            if (b->isVisibleTo(&window))
                collect(seen, b->text());
        for (QLabel *l : window.findChildren<QLabel *>())
            if (l->buddy() && l->isVisibleTo(&window))
                collect(seen, l->text());
        report(seen, QStringLiteral("tab \"%1\"").arg(window.tabs()->tabText(tab)));
    }
    for (QAction *menu : window.menuBar()->actions()) {
        QMultiHash<QChar, QString> seen;
        for (QAction *a : menu->menu()->actions())
            collect(seen, a->text());
        report(seen, QStringLiteral("menu \"%1\"").arg(menu->text()));
    }
    return clashes;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowIsHebrewAndMirrored();
    void dialogsAreHebrewAndMirrored();
    void historyAndVerdictWordsAreHebrew();
    void aUrlInAHebrewLabelReadsLeftToRight();
    void englishCellsInAHebrewTableKeepTheirFullStop();
    void backToEnglish();
    void switchingAtRunTimeRetranslatesOpenWindows();
    void altLettersAreUniqueInEachLanguage_data();
    void altLettersAreUniqueInEachLanguage();
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Language::setOverride("he"); // what --lang he does; it wins over the saved setting
    QCOMPARE(Language::apply(QString()), "he");
}

void TestLanguage::cleanupTestCase()
{
    Language::setOverride(QString());
    Language::apply("en");
}

void TestLanguage::mainWindowIsHebrewAndMirrored()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isRightToLeft());
    QVERIFY(QApplication::isRightToLeft());
    // Mirrored: the first tab is the rightmost one.
    QTabBar *tabs = window.tabs()->tabBar();
    QVERIFY(tabs->tabRect(0).x() > tabs->tabRect(1).x());
    QCOMPARE(window.tabs()->tabText(0), QString::fromUtf8("&גילוי"));
    QCOMPARE(window.tabs()->tabText(4), QString::fromUtf8("&אבחון"));
    // Tables put their first column on the right; the target bar starts on the right.
    window.tabs()->setCurrentIndex(0);
    auto *steps = window.discoveryPanel()->findChild<QTableView *>();
    QVERIFY(steps);
    QTRY_VERIFY(steps->horizontalHeader()->sectionViewportPosition(0)
                > steps->horizontalHeader()->sectionViewportPosition(1));
    QVERIFY(window.profileChooser()->mapTo(&window, QPoint()).x()
            > window.findChild<QToolBar *>("target-bar")->findChild<QLineEdit *>()->mapTo(&window, QPoint()).x());
    auto *progress = window.discoveryPanel()->findChild<QProgressBar *>();
    QVERIFY(progress && progress->isRightToLeft());
    for (QAction *menu : window.menuBar()->actions())
        QVERIFY2(hasHebrew(menu->text()), qPrintable(menu->text()));
    QVERIFY(hasHebrew(window.diagnosisPanel()->summary()->text()));
    const QStringList left = englishLeft(&window);
    QVERIFY2(left.isEmpty(), qPrintable(left.join('\n')));
}

void TestLanguage::dialogsAreHebrewAndMirrored()
{
    MemorySecretStore secrets;
    ProfileLibrary library;
    SettingsDialog settings(&library, &secrets);
    settings.show();
    QVERIFY(settings.isRightToLeft());
    QVERIFY(hasHebrew(settings.windowTitle()));
    QStringList left = englishLeft(&settings);
    QVERIFY2(left.isEmpty(), qPrintable(left.join('\n')));

    RulesEditor rules(FailureRules::builtIn(), nullptr);
    rules.show();
    QVERIFY(rules.isRightToLeft());
    QVERIFY(hasHebrew(rules.windowTitle()));
    left = englishLeft(&rules);
    QVERIFY2(left.isEmpty(), qPrintable(left.join('\n')));
}

void TestLanguage::historyAndVerdictWordsAreHebrew()
{
    // Statuses were looked up under a context lupdate could not see, so they stayed English.
    for (const char *status : { "running", "finished", "failed", "cancelled", "interrupted" }) {
        RunSummary run;
        run.kind = QStringLiteral("probe");
        run.status = QLatin1String(status);
        QVERIFY2(hasHebrew(run.statusText()), status);
    }
    QVERIFY(hasHebrew(strategyWords(LevelPlanner::Strategy::Bisect)));
    QVERIFY(hasHebrew(probeKindWords(ProbeKind::Timeout)));
    // A probe stored in English, joined to a Hebrew diagnosis: its evidence is said in Hebrew,
    // from the probe's data, and its kind in words.
    StoredRun probe;
    probe.summary.kind = QStringLiteral("probe");
    probe.summary.name = QStringLiteral("pool");
    probe.result = QJsonObject {
        { "ok", false },
        { "verdict", "Requests failed: 180 of 200 through the pool of 10." },
        { "details",
          QJsonObject { { "small_pool",
                          QJsonObject { { "pool_size", 10 },
                                        { "outcomes", QJsonObject { { "overloaded_503", 180 }, { "ok", 20 } } } } } } },
    };
    const Measurement m = measurementOf(probe);
    QVERIFY2(hasHebrew(m.verdict) && m.verdict.contains("180"), qPrintable(m.verdict));
    QVERIFY(hasHebrew(m.probeTitle));
    // Qt's file dialogs name a folder in Hebrew too (Debian's qtbase_he lacks it; Fathom's has it).
    QVERIFY(hasHebrew(QFileIconProvider().type(QFileInfo(QDir::tempPath()))));
}

void TestLanguage::aUrlInAHebrewLabelReadsLeftToRight()
{
    // "http://127.0.0.1:18081/" inside a Hebrew sentence: laid out right to left as the label
    // does, its characters keep their own order — no "/http://…", no "health/".
    MainWindow window;
    window.history()->setOrigin(RunOrigin { QString(), QStringLiteral("http://127.0.0.1:18081/"),
                                            QDateTime(QDate(2026, 12, 6), QTime(9, 30)) });
    const QString text = window.liveCharts()->originLabel()->text();
    QVERIFY(hasHebrew(text));
    QTextLayout layout(text, window.liveCharts()->originLabel()->font());
    QTextOption option;
    option.setTextDirection(Qt::RightToLeft);
    layout.setTextOption(option);
    layout.beginLayout();
    layout.createLine().setLineWidth(10'000);
    layout.endLayout();
    const auto x = [&](int i) {
        const QList<QGlyphRun> runs = layout.glyphRuns(i, 1);
        return runs.isEmpty() || runs.first().positions().isEmpty() ? -1.0 : runs.first().positions().first().x();
    };
    const int start = text.indexOf("http://");
    QVERIFY(start >= 0);
    const QString url = QStringLiteral("http://127.0.0.1:18081/");
    for (int i = 1; i < url.size(); ++i)
        QVERIFY2(x(start + i - 1) < x(start + i),
                 qPrintable(QString("\"%1\" before \"%2\" in: %3").arg(url[i - 1]).arg(url[i]).arg(text)));
}

namespace {
struct OpenDelegate : NaturalDirectionDelegate
{
    using NaturalDirectionDelegate::initStyleOption;
};
} // namespace

void TestLanguage::englishCellsInAHebrewTableKeepTheirFullStop()
{
    // Qt lays out a cell in the view's direction: ".Connection refused" in a Hebrew table.
    QCOMPARE(NaturalDirectionDelegate::directionOf("Connection refused.", Qt::RightToLeft), Qt::LeftToRight);
    QCOMPARE(NaturalDirectionDelegate::directionOf(QString::fromUtf8("החיבור נדחה."), Qt::LeftToRight),
             Qt::RightToLeft);
    QCOMPARE(NaturalDirectionDelegate::directionOf("503", Qt::RightToLeft), Qt::RightToLeft);
    QCOMPARE(NaturalDirectionDelegate::directionOf(QString::fromUtf8("HTTP 429: מודד את מגבלת הקצב"), Qt::RightToLeft),
             Qt::RightToLeft); // a Hebrew sentence that starts in English
    QStandardItemModel model(1, 1);
    model.setItem(0, 0, new QStandardItem("Connection refused."));
    OpenDelegate delegate;
    QStyleOptionViewItem option;
    option.direction = Qt::RightToLeft;
    option.displayAlignment = Qt::AlignLeading | Qt::AlignVCenter;
    delegate.initStyleOption(&option, model.index(0, 0));
    QCOMPARE(option.direction, Qt::LeftToRight);
    QCOMPARE(option.displayAlignment & Qt::AlignHorizontal_Mask, Qt::AlignRight | Qt::AlignAbsolute); // its side kept
    // The window's tables use it.
    MainWindow window;
    for (QAbstractItemView *view : { static_cast<QAbstractItemView *>(window.probesPanel()->results()),
                                     static_cast<QAbstractItemView *>(window.diagnosisPanel()->failureView()) })
        QVERIFY(qobject_cast<NaturalDirectionDelegate *>(view->itemDelegate()));
}

void TestLanguage::backToEnglish()
{
    Language::setOverride("en");
    QCOMPARE(Language::apply(QString()), "en");
    MainWindow window;
    QVERIFY(!window.isRightToLeft());
    QCOMPARE(window.tabs()->tabText(0), "&Discovery");
}

void TestLanguage::switchingAtRunTimeRetranslatesOpenWindows()
{
    // As Settings does it: the user picks Hebrew while the window is open, with a diagnosis shown.
    Language::setOverride("en");
    Language::apply(QString());
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.diagnosisPanel()->importFiles({ QStringLiteral(FATHOM_TEST_DATA "/junit/pytest-requests-xunit2.xml") });
    QTRY_VERIFY_WITH_TIMEOUT(window.diagnosisPanel()->diagnosis(), 20000);
    window.tabs()->setCurrentIndex(1); // the live charts
    RootCauseListModel *causes = window.diagnosisPanel()->causeModel();
    const QString englishCause = causes->index(1).data().toString();
    QVERIFY(!hasHebrew(englishCause));
    QSignalSpy stepHeaders(window.discoveryPanel()->stepModel(), &QAbstractItemModel::headerDataChanged);

    AppSettings he = AppSettings::load();
    he.language = "he";
    window.applySettings(he); // clears the --lang override: the user chose
    QTRY_VERIFY(window.isRightToLeft());
    QTRY_COMPARE(window.tabs()->tabText(0), QString::fromUtf8("&גילוי"));
    QTRY_VERIFY(!window.diagnosisPanel()->analysing()); // written again in Hebrew, off the GUI thread
    QCOMPARE(window.tabs()->currentIndex(), 1); // re-analysing in Hebrew did not jump to the Diagnosis tab
    QVERIFY(window.tabs()->tabBar()->tabRect(0).x() > window.tabs()->tabBar()->tabRect(1).x());
    for (QAction *menu : window.menuBar()->actions()) {
        QVERIFY2(hasHebrew(menu->text()), qPrintable(menu->text()));
        for (QAction *a : menu->menu()->actions())
            QVERIFY2(a->isSeparator() || hasHebrew(a->text()), qPrintable(a->text()));
    }
    const QStringList left = englishLeft(&window);
    QVERIFY2(left.isEmpty(), qPrintable(left.join('\n')));
    for (QChartView *view : window.liveCharts()->chartViews()) {
        QVERIFY2(hasHebrew(view->chart()->title()), qPrintable(view->chart()->title()));
        QVERIFY(hasHebrew(view->toolTip()));
    }
    QVERIFY(!stepHeaders.isEmpty()); // views ask the models for their headers again
    QVERIFY(hasHebrew(window.discoveryPanel()->stepModel()->headerData(0, Qt::Horizontal).toString()));
    QVERIFY(hasHebrew(causes->index(1).data().toString())); // the diagnosis was written again in Hebrew
    QVERIFY(hasHebrew(causes->index(0).data().toString())); // "All failures"
    QVERIFY(hasHebrew(window.diagnosisPanel()->summary()->text()));
    QCOMPARE(window.diagnosisPanel()->causeView()->currentIndex().row(), 1); // the cause in view stays

    AppSettings en = he;
    en.language = "en";
    window.applySettings(en);
    QTRY_VERIFY(!window.isRightToLeft());
    QTRY_COMPARE(window.tabs()->tabText(0), "&Discovery");
    QTRY_VERIFY(!window.diagnosisPanel()->analysing());
    const QStringList hebrew = hebrewLeft(&window);
    QVERIFY2(hebrew.isEmpty(), qPrintable(hebrew.join('\n')));
    QCOMPARE(causes->index(1).data().toString(), englishCause);
    for (QChartView *view : window.liveCharts()->chartViews())
        QVERIFY2(!hasHebrew(view->chart()->title()), qPrintable(view->chart()->title()));
}

void TestLanguage::altLettersAreUniqueInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << "en";
    QTest::newRow("Hebrew") << "he";
}

void TestLanguage::altLettersAreUniqueInEachLanguage()
{
    // Two controls on one letter make Alt+letter cycle between them instead of pressing either
    // (Alt+R was both the Run menu and Rules…; Alt+H the Help menu, History and Health).
    QFETCH(QString, language);
    Language::setOverride(language);
    QCOMPARE(Language::apply(QString()), language);
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList clashes = mnemonicClashes(window);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join('\n')));
    // Every probe and the discovery are in the Run menu, reachable from any tab.
    QMenu *run = window.menuBar()->actions().at(1)->menu();
    int probes = 0;
    for (QAction *a : run->actions())
        probes += a->objectName().startsWith("run-probe-") ? 1 : 0;
    QCOMPARE(probes, 6);
    // Help → User guide speaks the window's language.
    auto *guide = window.guideDialog()->findChild<QTextBrowser *>("guide-text");
    QVERIFY(guide);
    QCOMPARE(hasHebrew(guide->toPlainText()), language == "he");
    QVERIFY(guide->toPlainText().size() > 2000);
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
