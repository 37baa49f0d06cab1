#include "model/translations.h"
#include "report/jiratext.h"
#include "storydiagnosis.h"

#include <QTest>

using namespace fathom;

class TestJiraText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Translations::install("en"); } // English plural forms, as fathom loads them
    void aCauseReadsAsAnIssue();
    void aUniqueErrorCarriesItsSignature();
    void markupFromOutsideStaysText_data();
    void markupFromOutsideStaysText();
};

void TestJiraText::aCauseReadsAsAnIssue()
{
    const Diagnosis d = storyDiagnosis();
    const RootCause &overload = d.rootCauses.first();
    QCOMPARE(overload.category, "overloaded_503");
    const JiraIssueText t = JiraIssueText::of(d, overload);
    QCOMPARE(t.summary, "503 overloaded (6 failed tests)");
    QVERIFY(t.description.startsWith("h3. 503 overloaded\n"));
    QVERIFY(t.description.contains("*Evidence*\n* "));
    QVERIFY(t.description.contains("*Fix* "));
    QVERIFY(t.description.contains("*Affected tests*\n* test\\_bulk.test\\_bulk\\_40\\_jobs"));
    QVERIFY(t.description.contains("{noformat}\nAssertionError: job"));
    QVERIFY(t.clipboardText().startsWith(t.summary + "\n\nh3. "));
}

void TestJiraText::aUniqueErrorCarriesItsSignature()
{
    const Diagnosis d = storyDiagnosis();
    const RootCause &overload = d.rootCauses.first();
    const UniqueError &e = overload.uniqueErrors.first();
    const JiraIssueText t = JiraIssueText::of(d, overload, &e);
    QVERIFY2(t.summary.startsWith("503 overloaded: AssertionError: job <num>: 503"), qPrintable(t.summary));
    QVERIFY(t.summary.endsWith("(6 failed tests)"));
    QVERIFY(t.description.contains("{noformat}\n" + e.signature + "\n{noformat}"));
}

void TestJiraText::markupFromOutsideStaysText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("link") << "[click|http://evil]"
                          << "\\[click\\|http://evil\\]";
    QTest::newRow("macro") << "{color:red}x{color}"
                           << "\\{color:red\\}x\\{color\\}";
    QTest::newRow("bold and lists") << "*bold* - item # n"
                                    << "\\*bold\\* \\- item \\# n";
    QTest::newRow("a new line is no new paragraph") << "a\nh1. b"
                                                    << "a h1. b";
}

void TestJiraText::markupFromOutsideStaysText()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(jiraEscape(text), escaped);
    // A {noformat} inside an error's text does not end its block.
    Diagnosis d = storyDiagnosis();
    d.run.failures[d.rootCauses.first().failures.first()].message = "x {noformat} [y|http://evil]";
    const QString description = JiraIssueText::of(d, d.rootCauses.first()).description;
    QVERIFY(description.contains("{noformat}\nx { noformat} [y|http://evil]\n{noformat}"));
}

QTEST_GUILESS_MAIN(TestJiraText)
#include "tst_jiratext.moc"
