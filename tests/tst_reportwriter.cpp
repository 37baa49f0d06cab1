#include "diagnosis/junitimporter.h"
#include "manyfailures.h"
#include "report/reportcharts.h"
#include "report/reportwriter.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fathom;

namespace {

Diagnosis corpusDiagnosis()
{
    ImportedRun run;
    QString error;
    JUnitImporter importer;
    if (!importer.importFiles({ FATHOM_TEST_DATA "/junit/pytest-requests-xunit2.xml",
                                FATHOM_TEST_DATA "/junit/surefire-TEST-com.example.JobApiIT.xml" },
                              &run, &error))
        qFatal("%s", qPrintable(error));
    // A hostile message: markup that must stay text.
    TestFailure f;
    f.name = "test_<b>bold</b>";
    f.message = "AssertionError: <script>alert('x')</script> & <img src=x onerror=alert(1)>";
    run.failures << f;
    run.counts.failed += 1;
    run.counts.total += 1;
    DiagnosisInputs in;
    Measurement discovery;
    discovery.kind = Measurement::Kind::Capacity;
    discovery.id = 7;
    discovery.target = "http://127.0.0.1:44351"; // a server the tests named
    discovery.startedAt = QDateTime::currentDateTime();
    discovery.capacity = 37;
    discovery.stopReason = "capacity_found";
    discovery.stopReasonText = "capacity found";
    ClientProfile measuredWith; // the discovery's own settings, not the window's current ones
    measuredWith.name = "focus-lab";
    measuredWith.baseUrl = QUrl("http://127.0.0.1:44351");
    measuredWith.poolSize = 64;
    measuredWith.requestTimeoutMs = 45'000;
    discovery.client = measuredWith;
    in.measurements << discovery;
    return RootCauseAnalysis::analyse(run, FailureRules::builtIn(), in);
}

const QStringList kHeadings { "Root-cause report",          "Summary",
                              "Failures by category",       "Root causes",
                              "Capacity and probe results", "Configuration used",
                              "Appendix: every failure" };

} // namespace

class TestReportWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void htmlIsSelfContainedAndEscaped();
    void markdownEscapes();
    void configurationIsTheMeasurementsOwn();
    void secretsNeverReachAReport();
    void rightToLeftWhenTheLayoutIs();
    void pdfOpensWithItsHeadings();
    void formatComesFromTheName_data();
    void formatComesFromTheName();
    void chartsArePainted();
    void timelineBarsMeetTheirGridlines();
    void rootCausesListTheirUniqueErrors();
    void csvHasEveryFailureAndNoFormula();
    void aPdfOfTenThousandFailuresIsAFewPages();
};

void TestReportWriter::htmlIsSelfContainedAndEscaped()
{
    const QString html = ReportWriter::html(corpusDiagnosis());
    for (const QString &h : kHeadings)
        QVERIFY2(html.contains(h.toHtmlEscaped()), qPrintable(h));
    QVERIFY(!html.contains("<script", Qt::CaseInsensitive));
    QVERIFY(!html.contains("<img src=x"));
    QVERIFY(html.contains("&lt;script&gt;alert("));
    QVERIFY(html.contains("test_&lt;b&gt;bold&lt;/b&gt;"));
    // Nothing is fetched: every src is a data: URL, and there are no links out.
    const QRegularExpression external(R"((?:src|href)\s*=\s*"(?!data:))");
    QVERIFY(!external.match(html).hasMatch());
    QCOMPARE(html.count("src=\"data:image/png;base64,"), 2); // categories and timeline
    QVERIFY(html.contains("dir=\"ltr\""));
    QVERIFY(html.contains("37")); // the measured capacity joined the report
    // Valid CSS (a "%%" from a format string is not), and cells that wrap rather than widen.
    QVERIFY(!html.contains("%%"));
    QVERIFY(html.contains("overflow-wrap:anywhere"));
}

void TestReportWriter::configurationIsTheMeasurementsOwn()
{
    Diagnosis d = corpusDiagnosis();
    ClientProfile bare; // a target typed as a URL: no profile name to quote
    bare.baseUrl = QUrl("http://127.0.0.1:8080");
    bare.poolSize = 10;
    d.inputs.profile = bare;
    const QString md = ReportWriter::markdown(d);
    QVERIFY2(!md.contains("Profile \"\""), qPrintable(md));
    QVERIFY(md.contains("Target http://127.0.0.1:8080 (no saved profile)."));
    // The discovery joined ran with its own profile: the report says so, with its settings.
    QVERIFY2(md.contains("| \\#7 | Profile \"focus-lab\", target http://127.0.0.1:44351. | Client pool 64 connections"),
             qPrintable(md.mid(md.indexOf("Configuration used"), 1200)));
    QVERIFY(md.contains("request 45000 ms"));
}

void TestReportWriter::markdownEscapes()
{
    const QString md = ReportWriter::markdown(corpusDiagnosis());
    for (const QString &h : kHeadings)
        QVERIFY2(md.contains("# " + h), qPrintable(h));
    QVERIFY(!md.contains("<script"));
    QVERIFY(md.contains("&lt;script&gt;"));
    QVERIFY(md.contains("| Category | Failures | Share | Infrastructure |"));
    // A table cell never breaks the table: pipes and newlines are escaped.
    for (const QString &line : md.split('\n'))
        if (line.startsWith("| ") && !line.startsWith("| ---"))
            QVERIFY2(line.endsWith(" |"), qPrintable(line));
}

void TestReportWriter::secretsNeverReachAReport()
{
    const Diagnosis d = corpusDiagnosis();
    QTemporaryDir dir;
    QString error;
    for (const char *name : { "r.md", "r.html", "r.pdf" }) {
        QVERIFY2(ReportWriter::write(d, dir.filePath(name), {}, &error), qPrintable(error));
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 1000);
        QVERIFY(!bytes.contains("s3cr3t-t0ken-value-123"));
        QVERIFY(!bytes.contains("eyJhbGciOiJSUzI1NiJ9"));
    }
}

void TestReportWriter::rightToLeftWhenTheLayoutIs()
{
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    const ReportWriter::Options rtl;
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    QVERIFY(rtl.rightToLeft);
    const Diagnosis d = corpusDiagnosis();
    const QString html = ReportWriter::html(d, rtl);
    QVERIFY(html.contains("<html lang=\"") && html.contains("dir=\"rtl\">"));
    QVERIFY(html.contains("<body dir=\"rtl\">"));
    QVERIFY(html.contains("text-align:right"));
    QVERIFY(ReportWriter::markdown(d, rtl).startsWith("<div dir=\"rtl\">"));
    QVERIFY(!ReportWriter::html(d, ReportWriter::Options()).contains("dir=\"rtl\""));
}

void TestReportWriter::pdfOpensWithItsHeadings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("report.pdf");
    QString error;
    QVERIFY2(ReportWriter::pdf(corpusDiagnosis(), path, {}, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils, scripts/install-deps) is not installed");
    QProcess p;
    p.start(pdftotext, { "-layout", path, "-" });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    // NFKC: the PDF's fonts set "fi" as a ligature.
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    for (const QString &h : kHeadings)
        QVERIFY2(text.contains(h == "Appendix: every failure" ? QStringLiteral("Appendix: every unique error") : h),
                 qPrintable(h));
    QVERIFY(text.contains("CSV")); // where the full list is
    QVERIFY(text.contains("<script>alert(")); // shown as text, not swallowed as markup
    // Each line once: no line drawn again, clipped, on the next page (QTextDocument::print() does).
    const Diagnosis d = corpusDiagnosis();
    QCOMPARE(text.count("Likely cause:"), d.rootCauses.size());
    QCOMPARE(text.count("Capacity and probe results"), 1);
    QVERIFY(text.contains(QStringLiteral("1 / ")));
    QVERIFY(!text.contains("s3cr3t-t0ken-value-123"));
}

void TestReportWriter::formatComesFromTheName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format"); // -1: none
    QTest::addRow("md") << "r.md" << int(ReportWriter::Format::Markdown);
    QTest::addRow("MARKDOWN") << "r.MARKDOWN" << int(ReportWriter::Format::Markdown);
    QTest::addRow("html") << "dir.x/r.html" << int(ReportWriter::Format::Html);
    QTest::addRow("htm") << "r.htm" << int(ReportWriter::Format::Html);
    QTest::addRow("pdf") << "r.pdf" << int(ReportWriter::Format::Pdf);
    QTest::addRow("csv") << "r.csv" << int(ReportWriter::Format::Csv);
    QTest::addRow("docx") << "r.docx" << -1;
    QTest::addRow("no suffix") << "report" << -1;
}

void TestReportWriter::formatComesFromTheName()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    const auto f = ReportWriter::formatFor(name);
    QCOMPARE(f ? int(*f) : -1, format);
    if (format < 0) {
        QString error;
        QVERIFY(!ReportWriter::write({}, name, {}, &error));
        QVERIFY(error.contains(".md, .html, .pdf or .csv"));
    }
}

void TestReportWriter::rootCausesListTheirUniqueErrors()
{
    const Diagnosis d = corpusDiagnosis();
    const QString md = ReportWriter::markdown(d);
    QVERIFY(md.contains("Unique errors:"));
    const UniqueError &e = d.rootCauses.first().uniqueErrors.first();
    QVERIFY2(md.contains(QStringLiteral("| %1 |").arg(e.count())), qPrintable(md.left(4000)));
    QVERIFY(md.contains("Appendix: every failure")); // Markdown and HTML keep the full list
    QVERIFY(!md.contains(" · known: "));
    // An error reported to Jira before carries its issue's key.
    Diagnosis reported = d;
    reported.rootCauses.first().uniqueErrors.first().issueKey = "FOCUS-7";
    QVERIFY(ReportWriter::markdown(reported).contains(" · known: FOCUS-7 |"));
}

void TestReportWriter::csvHasEveryFailureAndNoFormula()
{
    Diagnosis d = corpusDiagnosis();
    d.run.failures[0].message = "=HYPERLINK(\"http://evil\"),\"quoted\"\nsecond line";
    const QString csv = ReportWriter::csv(d);
    const QStringList lines = csv.split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), "test,status,category,rule,unique_error,unique_error_id,message,file,line,started_at");
    // A quoted cell may hold a line break: count the records by the id column instead.
    QCOMPARE(csv.count(d.signatures[1].id),
             int(std::count_if(d.signatures.cbegin(), d.signatures.cend(),
                               [&](const FailureSignature &s) { return s.id == d.signatures[1].id; })));
    QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\"),\"\"quoted\"\"\nsecond line\""),
             qPrintable(csv.left(2000)));
    QVERIFY(!csv.contains(",=HYPERLINK"));
}

void TestReportWriter::aPdfOfTenThousandFailuresIsAFewPages()
{
    // 10,000 failures of 4 errors: the PDF lists the errors, not the failures (it took 964 pages).
    const QStringList messages {
        "AssertionError: job %1: 503 {\"error\": \"Server overloaded\"}",
        "requests.exceptions.ReadTimeout: HTTPConnectionPool(host='127.0.0.1', port=%1): Read "
        "timed out. (read timeout=1)",
        "urllib3.exceptions.EmptyPoolError: HTTPConnectionPool(host='127.0.0.1', port=%1): Pool "
        "reached maximum size and no more connections are allowed.",
        "AssertionError: assert 'running' == 'done' (job %1)"
    };
    const Diagnosis d = RootCauseAnalysis::analyse(manyFailures(10000, messages), FailureRules::builtIn(), {});
    QCOMPARE(d.uniqueErrorCount(), 4);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(ReportWriter::pdf(d, dir.filePath("big.pdf"), {}, &error), qPrintable(error));
    const QString pdfinfo = QStandardPaths::findExecutable("pdfinfo");
    if (pdfinfo.isEmpty())
        QSKIP("pdfinfo (poppler-utils, scripts/install-deps) is not installed");
    QProcess p;
    p.start(pdfinfo, { dir.filePath("big.pdf") });
    QVERIFY(p.waitForFinished(30000));
    const QRegularExpressionMatch pages = QRegularExpression("Pages:\\s+(\\d+)").match(p.readAllStandardOutput());
    QVERIFY(pages.hasMatch());
    QVERIFY2(pages.captured(1).toInt() <= 12, qPrintable(pages.captured(1)));
    // Every failure is still written: the CSV has a row each.
    QCOMPARE(ReportWriter::csv(d).count("\r\n"), 10001);
}

void TestReportWriter::chartsArePainted()
{
    const Diagnosis d = corpusDiagnosis();
    const QImage bars = ReportCharts::categoryBars(d);
    QVERIFY(!bars.isNull());
    // Every category's colour is on the bar chart.
    for (const RootCause &c : d.rootCauses) {
        const QRgb want = ReportCharts::categoryColor(c.category).rgb();
        bool found = false;
        for (int y = 0; y < bars.height() && !found; y += 2)
            for (int x = 0; x < bars.width() && !found; x += 2)
                found = bars.pixel(x, y) == want;
        QVERIFY2(found, qPrintable(c.category));
    }
    QVERIFY(!ReportCharts::timeline(d).isNull());
    QCOMPARE(ReportCharts::categoryColor("pool_exhausted"), ReportCharts::categoryColor("pool_exhausted"));
    QVERIFY(ReportCharts::categoryColor("team_category") != ReportCharts::categoryColor("other_team_category"));
}

void TestReportWriter::timelineBarsMeetTheirGridlines()
{
    // Five tests started in the first of two minutes, one failed: the count axis is 0…5 in whole
    // steps, so the one-failure bar ends on the gridline of 1 (with ticks at quarters of 5 — 0, 1,
    // 3, 4, 5 once rounded — it ended a fifth of the plot away from any line).
    Diagnosis d;
    RootCause cause;
    cause.category = "pool_exhausted";
    cause.count = 1;
    d.rootCauses << cause;
    d.timeline.start = QDateTime(QDate(2026, 12, 6), QTime(23, 58, 0));
    d.timeline.bucketMs = 60'000;
    d.timeline.started = { 5, 0 };
    d.timeline.failures["pool_exhausted"] = { 1, 0 };
    const QImage image = ReportCharts::timeline(d, 600);
    const qreal scale = image.devicePixelRatio();
    const QRgb bar = ReportCharts::categoryColor("pool_exhausted").rgb();
    int barTop = -1;
    for (int y = 0; y < image.height() && barTop < 0; ++y)
        for (int x = 0; x < image.width() && barTop < 0; ++x)
            if (image.pixel(x, y) == bar)
                barTop = y;
    QVERIFY(barTop > 0);
    // The gridlines, where no bar covers them: over the empty second minute.
    const int gridX = image.width() * 3 / 4;
    QList<int> gridRows;
    for (int y = 0; y < image.height(); ++y)
        if (qGray(image.pixel(gridX, y)) > 200 && qGray(image.pixel(gridX, y)) < 240)
            gridRows << y;
    QVERIFY(!gridRows.isEmpty());
    int nearest = image.height();
    for (int y : gridRows)
        nearest = std::min(nearest, std::abs(y - barTop));
    QVERIFY2(nearest <= 2 * scale, qPrintable(QString("bar top at %1, gridlines at %2").arg(barTop).arg([&] {
                 QStringList r;
                 for (int y : gridRows)
                     r << QString::number(y);
                 return r.join(',');
             }())));
    // Two minutes: the time labels carry seconds, or they repeat (23:58, 23:58, 23:59…).
    // The last time label (23:59:59 wide) is whole: nothing dark in the image's last columns.
    for (int y = 0; y < image.height(); ++y)
        for (int x = image.width() - int(2 * scale); x < image.width(); ++x)
            QVERIFY2(qGray(image.pixel(x, y)) > 128, qPrintable(QString("ink at %1,%2").arg(x).arg(y)));
}

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
