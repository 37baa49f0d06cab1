#include "diagnosis/junitimporter.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fathom;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(FATHOM_TEST_DATA "/junit/") + name;
}

bool importBytes(const QByteArray &bytes, ImportedRun *run, QString *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    JUnitImporter importer;
    return importer.importDevice(&buffer, QStringLiteral("input.xml"), run, error);
}

} // namespace

class TestJUnitImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runnersFiles_data();
    void runnersFiles();
    void pytestCaseDetails();
    void aMissingMessageIsWhatTheTextSaysBeforeItsStack();
    void severalFilesMakeOneRun();
    void badInput_data();
    void badInput();
    void badFileKeepsWhatWasImported();
    void longTextsAreCappedHeadAndTail();
    void secretsAreRedactedAtImport();
    void startTimesAreEstimatedFromDurations();
    void exactTimestampsWin();
    void incredibleDurationsAreUnknown_data();
    void incredibleDurationsAreUnknown();
    void declaredEncodingIsHonoured();
    void progressCanCancel();
};

void TestJUnitImporter::runnersFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("passed");
    QTest::addColumn<int>("failed");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("skipped");
    QTest::addRow("pytest xunit2") << "pytest-requests-xunit2.xml" << 15 << 2 << 12 << 0 << 1;
    QTest::addRow("pytest xunit1") << "pytest-requests-xunit1.xml" << 15 << 2 << 12 << 0 << 1;
    QTest::addRow("maven surefire") << "surefire-TEST-com.example.JobApiIT.xml" << 6 << 1 << 1 << 3 << 1;
    QTest::addRow("gradle") << "gradle-TEST-JobClientTest.xml" << 4 << 2 << 2 << 0 << 0;
    QTest::addRow("ctest --output-junit") << "ctest-output-junit.xml" << 4 << 1 << 2 << 0 << 1;
}

void TestJUnitImporter::runnersFiles()
{
    QFETCH(QString, file);
    ImportedRun run;
    QString error;
    JUnitImporter importer;
    QVERIFY2(importer.importFile(data(file), &run, &error), qPrintable(error));
    QTEST(run.counts.total, "total");
    QTEST(run.counts.passed, "passed");
    QTEST(run.counts.failed, "failed");
    QTEST(run.counts.errors, "errors");
    QTEST(run.counts.skipped, "skipped");
    QCOMPARE(run.failures.size(), run.counts.failed + run.counts.errors);
    QCOMPARE(int(run.timings.size()), run.counts.total);
    QCOMPARE(run.files, QStringList { data(file) });
}

void TestJUnitImporter::pytestCaseDetails()
{
    ImportedRun run;
    QString error;
    JUnitImporter importer;
    QVERIFY2(importer.importFile(data("pytest-requests-xunit2.xml"), &run, &error), qPrintable(error));
    const auto it = std::find_if(run.failures.cbegin(), run.failures.cend(),
                                 [](const TestFailure &f) { return f.name == "test_read_timeout"; });
    QVERIFY(it != run.failures.cend());
    QCOMPARE(it->classname, "test_focus_server");
    QCOMPARE(it->status, TestStatus::Failed);
    QVERIFY(it->message.startsWith("requests.exceptions.ReadTimeout: HTTPConnectionPool"));
    QVERIFY(it->trace.contains(QRegularExpression("E +requests.exceptions.ReadTimeout")));
    QVERIFY(it->durationS > 0.5);
    QVERIFY(it->line > 1);
    QCOMPARE(it->file, data("pytest-requests-xunit2.xml"));
    QCOMPARE(it->displayName(), "test_focus_server.test_read_timeout");

    const auto pool = std::find_if(run.failures.cbegin(), run.failures.cend(), [](const TestFailure &f) {
        return f.name == "test_200_concurrent_jobs_pool_of_10";
    });
    QVERIFY(pool != run.failures.cend());
    QVERIFY(pool->output.contains("Connection pool is full, discarding connection"));
}

void TestJUnitImporter::aMissingMessageIsWhatTheTextSaysBeforeItsStack()
{
    // jest-junit writes no message attribute: everything is in the text (tests/data/junit/node-jest-junit.xml).
    ImportedRun run;
    QString error;
    JUnitImporter importer;
    QVERIFY2(importer.importFile(data("node-jest-junit.xml"), &run, &error), qPrintable(error));
    auto named = [&](const char *name) {
        const auto it = std::find_if(run.failures.cbegin(), run.failures.cend(),
                                     [&](const TestFailure &f) { return f.name == QLatin1String(name); });
        return it == run.failures.cend() ? TestFailure {} : *it;
    };
    QCOMPARE(named("got read timeout").message, "RequestError: Timeout awaiting 'response' for 1000ms");
    // A jest assertion says its values on the lines after the first: they are the message too.
    const QString status = named("fetch overloaded").message;
    QVERIFY2(status.startsWith("Error: expect(received).toBe(expected)") && status.endsWith("Received: 503"),
             qPrintable(status));
    QVERIFY(!status.contains(" at "));
    // PHPUnit writes no message either, and opens its text with the test's own name.
    QVERIFY2(importer.importFile(data("php-phpunit-junit.xml"), &run, &error), qPrintable(error));
    QCOMPARE(named("testCurl with data set \"closed without an answer\"").message,
             "RuntimeException: curl: Empty reply from server (52)");
    // bats writes no message; its text opens with where the test failed, quoting the test's
    // name and code ("  `@test "waiting for fibre" { … }' failed"): left out of the message.
    QVERIFY2(importer.importFile(data("curl-bats-junit.xml"), &run, &error), qPrintable(error));
    const QString bats = named("waiting for fibre").message;
    QVERIFY2(bats.startsWith("curl: (22) The requested URL returned error: 503") && !bats.contains("@test"),
             qPrintable(bats));
    // A Python traceback's header is never taken for a message.
    QTemporaryDir dir;
    QFile f(dir.filePath("py.xml"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"(<testsuite><testcase name="t"><error>Traceback (most recent call last):
  File "x.py", line 1, in &lt;module&gt;
ValueError: x</error></testcase></testsuite>)");
    f.close();
    ImportedRun py;
    QVERIFY2(importer.importFile(f.fileName(), &py, &error), qPrintable(error));
    QCOMPARE(py.failures.size(), 1);
    QCOMPARE(py.failures.first().message, QString());
}

void TestJUnitImporter::severalFilesMakeOneRun()
{
    ImportedRun run;
    QString error;
    JUnitImporter importer;
    QVERIFY2(importer.importFiles({ data("pytest-requests-xunit2.xml"), data("surefire-TEST-com.example.JobApiIT.xml"),
                                    data("ctest-output-junit.xml") },
                                  &run, &error),
             qPrintable(error));
    QCOMPARE(run.counts.total, 15 + 6 + 4);
    QCOMPARE(run.failures.size(), 12 + 4 + 2);
    QCOMPARE(run.files.size(), 3);
}

void TestJUnitImporter::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // a part of the message
    QTest::addColumn<int>("line");

    QTest::addRow("empty") << QByteArray() << "empty" << 1;
    QTest::addRow("only whitespace") << QByteArray("  \n\n ") << "empty" << 3;
    QTest::addRow("only a declaration") << QByteArray("<?xml version=\"1.0\"?>\n") << "empty" << 2;
    QTest::addRow("not xml") << QByteArray("this is a log file, not a report\n") << "not XML" << 1;
    QTest::addRow("json") << QByteArray("{\"tests\": 3}") << "not XML" << 1;
    QTest::addRow("truncated") << QByteArray("<?xml version=\"1.0\"?>\n<testsuite name=\"s\">\n<testcase name=\"a\">\n"
                                             "<failure message=\"boom\">trace")
                               << "cut off" << 4;
    QTest::addRow("wrong root") << QByteArray("<?xml version=\"1.0\"?>\n<html><body/></html>") << "<html>" << 2;
    QTest::addRow("mismatched tags") << QByteArray("<testsuite>\n<testcase name=\"a\">\n</testsuite>")
                                     << "not well-formed" << 3;
    QTest::addRow("billion laughs") << QByteArray(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n"
        "<!ENTITY lol \"lol\">\n"
        "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
        "]>\n<testsuite name=\"&lol3;\"/>")
                                    << "DTD" << 2; // the line of <!DOCTYPE
    QTest::addRow("external entity") << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE t [<!ENTITY x SYSTEM "
                                                   "\"file:///etc/passwd\">]>\n<testsuite name=\"&x;\"/>")
                                     << "DTD" << 2;
    // The line of the bad byte itself (the reader decodes ahead: it once said line 1).
    QTest::addRow("latin-1 without declaration")
        << QByteArray("<testsuite>\n<testcase name=\"caf\xe9\"/>\n</testsuite>") << "UTF-8" << 2;
    QTest::addRow("cut utf-8 in a failure text")
        << QByteArray("<testsuite>\n<testcase name=\"a\">\n<failure message=\"x\">\n\xe2\x82</failure></testcase>"
                      "</testsuite>")
        << "UTF-8" << 4;
    QTest::addRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "XML" << 1;
    QByteArray deep;
    for (int i = 0; i < 100; ++i)
        deep += "<testsuite>";
    QTest::addRow("suites nested 100 deep") << QByteArray("<testsuites>" + deep) << "nested" << 1;
    // What no runner writes is refused before the reader holds it (it took gigabytes or minutes).
    QTest::addRow("elements nested 300 deep in a failure")
        << QByteArray("<testsuite>\n<testcase name=\"a\">\n<failure>" + QByteArray("<a>").repeated(300))
        << "nested more than 256" << 3;
    QByteArray attributes = "<testsuite>\n<testcase";
    for (int i = 0; i < 100000; ++i)
        attributes += " a" + QByteArray::number(i) + "=\"\"";
    QTest::addRow("100,000 attributes") << attributes + "/></testsuite>"
                                        << "attributes" << 2;
    QTest::addRow("a tag of 2 MB") << QByteArray("<testsuite>\n\n<testcase" + QByteArray(2 << 20, ' ') + "/>")
                                   << "tag is longer" << 3;
}

void TestJUnitImporter::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(int, line);
    ImportedRun run;
    QString error;
    QVERIFY(!importBytes(bytes, &run, &error));
    QVERIFY2(error.startsWith(QStringLiteral("input.xml:%1: ").arg(line)), qPrintable(error));
    QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(run.counts.total, 0);
    QVERIFY(run.files.isEmpty());
}

void TestJUnitImporter::badFileKeepsWhatWasImported()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath("bad.xml");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<testsuite><testcase name=\"x\">");
    f.close();
    ImportedRun run;
    QString error;
    JUnitImporter importer;
    QVERIFY(importer.importFile(data("gradle-TEST-JobClientTest.xml"), &run, &error));
    QVERIFY(!importer.importFiles({ data("ctest-output-junit.xml"), bad }, &run, &error));
    QVERIFY2(error.startsWith(bad + ":1: "), qPrintable(error));
    QCOMPARE(run.counts.total, 4); // the Gradle file only: a failed batch adds nothing
    QVERIFY(!importer.importFile(dir.filePath("missing.xml"), &run, &error));
    QVERIFY2(error.contains("missing.xml") && error.contains("cannot be opened"), qPrintable(error));
    QVERIFY(!importer.importFile(dir.path(), &run, &error));
    QVERIFY2(error.contains("folder"), qPrintable(error));
}

void TestJUnitImporter::longTextsAreCappedHeadAndTail()
{
    const QByteArray middle(3 * JUnitImporter::kMaxTextChars, 'x');
    const QByteArray hugeAttribute(200 * 1024, 'm');
    const QByteArray xml = "<testsuite><testcase name=\"t\"><failure message=\"" + hugeAttribute + "\">HEAD-MARK"
        + middle
        + "requests.exceptions.ReadTimeout: TAIL-MARK</failure>"
          "<system-out>"
        + middle + "</system-out></testcase></testsuite>";
    ImportedRun run;
    QString error;
    QVERIFY2(importBytes(xml, &run, &error), qPrintable(error));
    QCOMPARE(run.failures.size(), 1);
    const TestFailure &f = run.failures.first();
    QVERIFY(f.trace.size() <= JUnitImporter::kMaxTextChars + 100);
    QVERIFY(f.trace.startsWith("HEAD-MARK"));
    QVERIFY(f.trace.endsWith("ReadTimeout: TAIL-MARK")); // the exception, at the end, survives
    QVERIFY(f.trace.contains("characters cut"));
    QVERIFY(f.output.size() <= JUnitImporter::kMaxTextChars + 100);
    QVERIFY(f.message.size() <= JUnitImporter::kMaxMessageChars + 1);
    QCOMPARE(run.warnings.size(), 1);
    QVERIFY(run.warnings.first().contains("cut"));
}

void TestJUnitImporter::secretsAreRedactedAtImport()
{
    ImportedRun run;
    QString error;
    JUnitImporter importer;
    QVERIFY(importer.importFiles({ data("pytest-requests-xunit2.xml"), data("surefire-TEST-com.example.JobApiIT.xml") },
                                 &run, &error));
    bool sawRedaction = false;
    for (const TestFailure &f : run.failures) {
        for (const QString *text : { &f.message, &f.trace, &f.output }) {
            QVERIFY2(!text->contains("s3cr3t-t0ken-value-123"), qPrintable(f.name));
            QVERIFY2(!text->contains("eyJhbGciOiJSUzI1NiJ9"), qPrintable(f.name));
            sawRedaction = sawRedaction || text->contains("[REDACTED]");
        }
    }
    QVERIFY(sawRedaction); // the secrets were there, and were replaced

    // Names come from outside too: a parametrised test's name may carry a secret.
    const QByteArray xml = "<testsuite><testcase classname=\"auth.api_key=k-998877\" "
                           "name=\"test_login[password=name-hunter2]\"><failure message=\"401\"/></testcase>"
                           "</testsuite>";
    ImportedRun named;
    QVERIFY2(importBytes(xml, &named, &error), qPrintable(error));
    QCOMPARE(named.failures.size(), 1);
    QCOMPARE(named.failures.first().name, "test_login[password=[REDACTED]]");
    QVERIFY(!named.failures.first().classname.contains("k-998877"));
}

void TestJUnitImporter::startTimesAreEstimatedFromDurations()
{
    const QByteArray xml = "<testsuite timestamp=\"2025-11-07T10:00:00.250000\">"
                           "<testcase name=\"a\" time=\"2.5\"/>"
                           "<testcase name=\"b\" time=\"1\"><failure message=\"x\"/></testcase>"
                           "<testcase name=\"c\" time=\"1\"><error message=\"y\"/></testcase>"
                           "</testsuite>";
    ImportedRun run;
    QString error;
    QVERIFY2(importBytes(xml, &run, &error), qPrintable(error));
    QCOMPARE(run.failures.size(), 2);
    const QDateTime start = QDateTime(QDate(2025, 11, 7), QTime(10, 0, 0, 250));
    QCOMPARE(run.failures[0].startedAt, start.addMSecs(2500));
    QVERIFY(run.failures[0].startEstimated);
    QCOMPARE(run.failures[1].startedAt, start.addMSecs(3500));
    QCOMPARE(run.failures[1].status, TestStatus::Error);
    QCOMPARE(run.timings.front().startMs, start.toMSecsSinceEpoch());
}

void TestJUnitImporter::exactTimestampsWin()
{
    const QByteArray xml = "<testsuites><testsuite timestamp=\"2025-11-07T10:00:00\">"
                           "<testcase name=\"a\" time=\"1\" timestamp=\"2025-11-07T10:05:00\">"
                           "<failure message=\"x\"/></testcase></testsuite></testsuites>";
    ImportedRun run;
    QString error;
    QVERIFY2(importBytes(xml, &run, &error), qPrintable(error));
    QCOMPARE(run.failures[0].startedAt, QDateTime(QDate(2025, 11, 7), QTime(10, 5)));
    QVERIFY(!run.failures[0].startEstimated);
}

void TestJUnitImporter::incredibleDurationsAreUnknown_data()
{
    QTest::addColumn<QByteArray>("time");
    QTest::addColumn<double>("seconds");
    QTest::addRow("ordinary") << QByteArray("2.5") << 2.5;
    QTest::addRow("a year") << QByteArray("31536000") << 31536000.0;
    QTest::addRow("beyond a year") << QByteArray("31536001") << 0.0;
    // fuzz_junit's find: converting this to milliseconds overflowed (undefined behaviour).
    QTest::addRow("110 digits") << QByteArray(110, '4') + ".02" << 0.0;
    QTest::addRow("1e300") << QByteArray("1e300") << 0.0;
    QTest::addRow("inf") << QByteArray("inf") << 0.0;
    QTest::addRow("nan") << QByteArray("nan") << 0.0;
    QTest::addRow("negative") << QByteArray("-3") << 0.0;
    QTest::addRow("thousands separator") << QByteArray("1,234.5") << 1234.5;
}

void TestJUnitImporter::incredibleDurationsAreUnknown()
{
    QFETCH(QByteArray, time);
    QFETCH(double, seconds);
    const QByteArray xml = "<testsuite timestamp=\"2025-11-07T10:00:00\"><testcase name=\"a\" time=\"" + time
        + "\"><failure message=\"x\"/></testcase><testcase name=\"b\"><failure message=\"y\"/></testcase>"
          "</testsuite>";
    ImportedRun run;
    QString error;
    QVERIFY2(importBytes(xml, &run, &error), qPrintable(error));
    QCOMPARE(run.failures[0].durationS, seconds);
    QCOMPARE(run.failures[1].startedAt, QDateTime(QDate(2025, 11, 7), QTime(10, 0)).addMSecs(qint64(seconds * 1000)));
}

void TestJUnitImporter::declaredEncodingIsHonoured()
{
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                           "<testsuite><testcase name=\"caf\xe9\"><failure message=\"\xe9\"/></testcase></testsuite>";
    ImportedRun run;
    QString error;
    QVERIFY2(importBytes(xml, &run, &error), qPrintable(error));
    QCOMPARE(run.failures[0].name, QString::fromUtf8("café"));
}

void TestJUnitImporter::progressCanCancel()
{
    QByteArray xml = "<testsuite>";
    for (int i = 0; i < 5000; ++i)
        xml += "<testcase name=\"t" + QByteArray::number(i) + "\"/>";
    xml += "</testsuite>";
    QBuffer buffer(&xml);
    buffer.open(QIODevice::ReadOnly);
    JUnitImporter importer;
    int calls = 0;
    importer.setProgress([&](qint64 done, qint64 total) {
        [&] { QVERIFY(done > 0 && done <= total); }();
        return ++calls < 3;
    });
    ImportedRun run;
    QString error;
    QVERIFY(!importer.importDevice(&buffer, "big.xml", &run, &error));
    QVERIFY(importer.wasCancelled());
    QVERIFY2(error.contains("cancelled"), qPrintable(error));
    QCOMPARE(calls, 3);
    QCOMPARE(run.counts.total, 0);
}

QTEST_GUILESS_MAIN(TestJUnitImporter)
#include "tst_junitimporter.moc"
