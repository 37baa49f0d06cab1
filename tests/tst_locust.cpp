// Scale-out through Locust: the exported locustfile (levels, literals, no secrets, valid
// Python) and the import of Locust's --csv results (a real run of Debian's Locust 2.12 against
// fathom-sim with capacity 3, ramped 1, 2, 4 users: tests/data/locust/capacity3_*).
#include "locust/locustexport.h"
#include "locust/locustimport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fathom;

class TestLocust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseLevels_data();
    void parseLevels();
    void doublingLevels();
    void pythonLiteralsAreEscaped_data();
    void pythonLiteralsAreEscaped();
    void locustfileIsPythonWithoutSecrets();
    void importsARealRun();
    void badCsv_data();
    void badCsv();
    void csvQuoting();
    void failureTextsAreRedacted();
};

void TestLocust::parseLevels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("levels");
    QTest::addColumn<QString>("error");
    QTest::addRow("list") << "1,2,4,8" << QList<int> { 1, 2, 4, 8 } << "";
    QTest::addRow("spaces") << " 1, 3 " << QList<int> { 1, 3 } << "";
    QTest::addRow("range") << "10-50/10" << QList<int> { 10, 20, 30, 40, 50 } << "";
    QTest::addRow("mix") << "1,2,5-11/3" << QList<int> { 1, 2, 5, 8, 11 } << "";
    QTest::addRow("zero") << "0,1" << QList<int> {} << "\"0\"";
    QTest::addRow("word") << "1,many" << QList<int> {} << "\"many\"";
    QTest::addRow("reversed range") << "50-10/10" << QList<int> {} << "\"50-10/10\"";
    QTest::addRow("zero step") << "1-5/0" << QList<int> {} << "\"1-5/0\"";
    QTest::addRow("too many steps") << "1-1000000/1" << QList<int> {} << "more than 1000 steps";
    QTest::addRow("empty") << "" << QList<int> {} << "\"\"";
}

void TestLocust::parseLevels()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, levels);
    QFETCH(QString, error);
    QString got;
    const auto parsed = LocustExport::parseLevels(text, &got);
    if (error.isEmpty()) {
        QVERIFY2(parsed, qPrintable(got));
        QCOMPARE(*parsed, levels);
    } else {
        QVERIFY(!parsed);
        QVERIFY2(got.contains(error), qPrintable(got));
    }
}

void TestLocust::doublingLevels()
{
    QCOMPARE(LocustExport::doublingLevels(1), QList<int> { 1 });
    QCOMPARE(LocustExport::doublingLevels(8), (QList<int> { 1, 2, 4, 8 }));
    QCOMPARE(LocustExport::doublingLevels(100), (QList<int> { 1, 2, 4, 8, 16, 32, 64, 100 }));
}

void TestLocust::pythonLiteralsAreEscaped_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("literal");
    QTest::addRow("plain") << QJsonValue("/jobs") << "\"/jobs\"";
    QTest::addRow("quote and backslash") << QJsonValue("a\"b\\c") << "\"a\\\"b\\\\c\"";
    QTest::addRow("line break cannot end the string")
        << QJsonValue("x\"\nimport os; os.system('rm -rf /')#") << "\"x\\\"\\u000aimport os; os.system('rm -rf /')#\"";
    QTest::addRow("hebrew") << QJsonValue(QString::fromUtf8("שרת")) << "\"\\u05e9\\u05e8\\u05ea\"";
    QTest::addRow("astral") << QJsonValue(QString::fromUtf8("😀")) << "\"\\U0001f600\"";
    QTest::addRow("true") << QJsonValue(true) << "True";
    QTest::addRow("null") << QJsonValue() << "None";
    QTest::addRow("integer") << QJsonValue(30) << "30";
    QTest::addRow("fraction") << QJsonValue(0.5) << "0.5";
    QTest::addRow("empty list") << QJsonValue(QJsonArray()) << "[]";
}

void TestLocust::pythonLiteralsAreEscaped()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, literal);
    QCOMPARE(LocustExport::pythonLiteral(value), literal);
}

void TestLocust::locustfileIsPythonWithoutSecrets()
{
    QString error;
    auto profile = TargetProfile::fromJson(
        {
            { "name", "focus \"staging\"\nimport os" },
            { "base_url", "https://focus.example:8443/api/" },
            { "job",
              QJsonObject { { "path", "/jobs?tag={level}-{attempt}-{index}" }, { "body", "{\"n\": {index}}" } } },
            { "cleanup", QJsonObject { { "path", "/jobs/{job_id}" } } },
            { "auth",
              QJsonObject { { "type", "oauth2" },
                            { "token_url", "/oauth/token" },
                            { "client_id", "qa" },
                            { "secret_key", "focus/secret-key-name" } } },
        },
        &error);
    QVERIFY2(profile, qPrintable(error));
    const QString py = LocustExport::locustfile(*profile, { { 1, 2, 4 }, 20 });
    QVERIFY(py.contains("LEVELS = [1, 2, 4]"));
    QVERIFY(py.contains("STEP_SECONDS = 20"));
    QVERIFY(py.contains("\"host\": \"https://focus.example:8443\""));
    QVERIFY(py.contains("\"prefix\": \"/api\""));
    QVERIFY(py.contains("\"token_url\": \"/api/oauth/token\""));
    QVERIFY(py.contains("class LevelRamp(LoadTestShape)"));
    QVERIFY(!py.contains("secret-key-name")); // not even the keychain key: nothing of the secret
    QVERIFY(py.contains("FATHOM_CLIENT_SECRET"));
    const QString python = QStandardPaths::findExecutable("python3");
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    QTemporaryDir dir;
    QFile f(dir.filePath("locustfile.py"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(py.toUtf8());
    f.close();
    // It compiles, and the hostile name is exactly the string it was — nothing of it became code.
    QProcess p;
    p.start(python,
            { "-c",
              "import ast, json, sys\n"
              "tree = ast.parse(open(sys.argv[1], encoding='utf-8').read())\n"
              "for n in tree.body:\n"
              "    if isinstance(n, ast.Assign) and getattr(n.targets[0], 'id', '') == 'TARGET':\n"
              "        print(json.dumps(ast.literal_eval(n.value)['name']))\n",
              f.fileName() });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QJsonDocument::fromJson("[" + p.readAllStandardOutput() + "]").array().at(0).toString(), profile->name);
}

void TestLocust::importsARealRun()
{
    QString error;
    const auto r = LocustImport::read(QStringLiteral(FATHOM_TEST_DATA "/locust/capacity3"), &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->requestName, "job");
    QVERIFY(!r->cumulativePercentiles);
    const DiscoveryResult &d = r->result;
    QCOMPARE(d.steps.size(), 3);
    QCOMPARE(d.steps[0].level, 1);
    QCOMPARE(d.steps[1].level, 2);
    QCOMPARE(d.steps[2].level, 4);
    QVERIFY(d.steps[0].passed && d.steps[1].passed && !d.steps[2].passed);
    QCOMPARE(d.steps[0].ok, 28);
    QCOMPARE(d.steps[1].ok, 58);
    QCOMPARE(d.steps[2].failed, 2934);
    // 100 ms jobs: one user makes about 10 a second, two about 20.
    QVERIFY(d.steps[0].throughputRps > 8 && d.steps[0].throughputRps < 11);
    QVERIFY(d.steps[1].throughputRps > 17 && d.steps[1].throughputRps < 21);
    QCOMPARE(d.steps[1].p50Us, 100'000);
    QCOMPARE(d.capacity, 2);
    QCOMPARE(d.stopReason, StopReason::CapacityFound);
    QVERIFY2(d.verdict().contains("level 4, the next one tried, failed"), qPrintable(d.verdict()));
    // One kind of failure in the whole run: the levels' failures are named by it.
    QCOMPARE(r->failures.size(), 1);
    QCOMPARE(r->failures[0].toObject()["category"].toString(), "overloaded_503");
    QCOMPARE(d.steps[2].dominantFailure(), OutcomeClass::Overloaded503);
    // The file itself may be named too.
    QVERIFY(LocustImport::read(QStringLiteral(FATHOM_TEST_DATA "/locust/capacity3_stats_history.csv"), &error));
}

void TestLocust::badCsv_data()
{
    const QByteArray header = "Timestamp,User Count,Type,Name,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,"
                              "99.9%,99.99%,100%,Total Request Count,Total Failure Count,Total Median Response Time,"
                              "Total Average Response Time,Total Min Response Time,Total Max Response Time,"
                              "Total Average Content Size\n";
    const QByteArray row
        = "1795776075,1,POST,job,0,0,100,100,100,100,100,100,100,110,110,110,110,9,0,100,100,1,110,10\n";
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    QTest::addRow("empty") << QByteArray() << "empty";
    QTest::addRow("not locust") << QByteArray("a,b,c\n1,2,3\n") << "no column \"Timestamp\"";
    QTest::addRow("short row") << header + "1795776075,1,POST,job\n"
                               << "line 2 has 4 fields, the header 24";
    QTest::addRow("not a number") << header + QByteArray(row).replace("1795776075", "yesterday")
                                  << "line 2, column \"Timestamp\": \"yesterday\"";
    QTest::addRow("negative total") << header + QByteArray(row).replace(",9,0,", ",-9,0,")
                                    << "column \"Total Request Count\": \"-9\"";
    QTest::addRow("nan total") << header + QByteArray(row).replace(",9,0,", ",NaN,0,") << "Total Request Count";
    QTest::addRow("huge total") << header + QByteArray(row).replace(",9,0,", ",99999999999999999999,0,")
                                << "Total Request Count";
    QTest::addRow("negative users") << header + QByteArray(row).replace(",1,POST", ",-5,POST") << "User Count";
    QTest::addRow("infinite latency") << header
            + QByteArray(row).replace(",100,100,100,100,100,100,100,110", ",inf,100,100,100,100,100,100,110")
                                      << "50%";
    QTest::addRow("unterminated quote") << header + "1795776075,1,POST,\"job\n"
                                        << "line 2: a quoted field is never closed";
    QTest::addRow("no users ever") << header + QByteArray(row).replace(",1,POST", ",0,POST")
                                   << "no level ran any users";
    QTest::addRow("other request name only")
        << header + QByteArray(row).replace(",job,", ",login,") << "no rows for \"Aggregated\"";
}

void TestLocust::badCsv()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    QString got;
    QVERIFY(!LocustImport::fromCsv(csv, {}, "h.csv", &got));
    QVERIFY2(got.contains(error), qPrintable(got));
    QVERIFY2(got.startsWith("h.csv"), qPrintable(got));
}

void TestLocust::csvQuoting()
{
    QString error;
    const auto rows = LocustImport::parseCsv("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",,x", &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0), (QStringList { "a", "b,c", "say \"hi\"" }));
    QCOMPARE(rows->at(1), (QStringList { "multi\nline", "", "x" }));
}

void TestLocust::failureTextsAreRedacted()
{
    // Locust's failure texts come from outside as a JUnit file's do: the same redaction.
    QFile history(QStringLiteral(FATHOM_TEST_DATA "/locust/capacity3_stats_history.csv"));
    QVERIFY(history.open(QIODevice::ReadOnly));
    const QByteArray failures = "Method,Name,Error,Occurrences\n"
                                "POST,job?password=hunter2,\"HTTPError('401 Client Error: Unauthorized; "
                                "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl')\",3\n";
    QString error;
    const auto r = LocustImport::fromCsv(history.readAll(), failures, "redacted", &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->failures.size(), 1);
    const QByteArray json = QJsonDocument(r->failures).toJson();
    QVERIFY2(!json.contains("hunter2") && !json.contains("eyJzdWIiOiIxIn0"), json.constData());
    QVERIFY(json.contains("[REDACTED]"));
    QCOMPARE(r->failures[0].toObject()["category"].toString(), "auth");
}

QTEST_MAIN(TestLocust)
#include "tst_locust.moc"
