#include "fakejira.h"
#include "history/diagnosisinputs.h"
#include "history/runstore.h"
#include "jira/jiraclient.h"
#include "jira/jirareporter.h"
#include "manyfailures.h"
#include "model/translations.h"
#include "network/secretstore.h"
#include "storydiagnosis.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace fathom;

namespace {

JiraConfig configFor(const FakeJira &jira)
{
    JiraConfig c;
    c.baseUrl = jira.url();
    c.projectKey = "FOCUS";
    c.issueType = "Bug";
    c.user = jira.user;
    return c;
}

JiraIssueDraft draft(const QString &summary = "Client pool exhausted (8 failed tests)")
{
    return JiraIssueDraft { summary, "h3. Client pool exhausted\n*Evidence*\n* pool 10", "fathom-report.html",
                            "<html><body>report</body></html>" };
}

/// Creates the issue and waits for the answer.
JiraCreated create(JiraClient &client, const JiraConfig &config, const QString &token, const JiraIssueDraft &d)
{
    QSignalSpy done(&client, &JiraClient::finished);
    client.create(config, token, d);
    if (!done.wait(15000))
        qWarning("no answer from the client");
    return done.isEmpty() ? JiraCreated() : done.first().first().value<JiraCreated>();
}

/// Settings for a "Jira" that takes the connection and never says a word.
JiraConfig silentJira(QTcpServer &silent)
{
    if (!silent.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot listen on loopback");
    JiraConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
    config.projectKey = "FOCUS";
    return config;
}

} // namespace

Q_DECLARE_METATYPE(fathom::JiraCreated)

class TestJiraClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createsTheIssueAndAttachesTheReport();
    void personalAccessTokenWithoutUser();
    void siteWithAContextPath();
    void summaryAndDescriptionFitJira();
    void refusals_data();
    void refusals();
    void unusableSettingsSendNothing_data();
    void unusableSettingsSendNothing();
    void aRefusedAttachmentKeepsTheIssue();
    void anAnswerThatNeverComes();
    void cancel();
    void reportedErrorsAreKnownInTheNextRun();
    void withoutATokenItSaysWhereToStoreIt();
    void aReportTooLargeForJiraListsTheUniqueErrors();
    void throughTheSystemsProxy();
    void checkSaysWhoAndWhere_data();
    void checkSaysWhoAndWhere();
};

void TestJiraClient::initTestCase()
{
    qRegisterMetaType<JiraCreated>();
    Translations::install("en");
    forgetProxiesFromTheEnvironment();
}

void TestJiraClient::createsTheIssueAndAttachesTheReport()
{
    FakeJira jira;
    JiraClient client;
    QSignalSpy steps(&client, &JiraClient::step);
    const JiraCreated r = create(client, configFor(jira), jira.token, draft());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.key, "FOCUS-123");
    QCOMPARE(r.browseUrl, QUrl(jira.url().toString() + "/browse/FOCUS-123"));
    QVERIFY2(r.attachmentError.isEmpty(), qPrintable(r.attachmentError));
    QCOMPARE(jira.issues.size(), 1);
    const FakeJira::Issue &issue = jira.issues.first();
    QCOMPARE(issue.fields.value("summary").toString(), "Client pool exhausted (8 failed tests)");
    QCOMPARE(issue.fields.value("issuetype").toObject().value("name").toString(), "Bug");
    QVERIFY(issue.fields.value("description").toString().startsWith("h3. Client pool exhausted"));
    QCOMPARE(issue.attachments.size(), 1);
    QCOMPARE(issue.attachments.first().filename, "fathom-report.html");
    QVERIFY(issue.attachments.first().contentType.startsWith("text/html"));
    QCOMPARE(issue.attachments.first().data, "<html><body>report</body></html>");
    QCOMPARE(steps.size(), 2); // creating, attaching
    QVERIFY(!client.busy());
}

void TestJiraClient::personalAccessTokenWithoutUser()
{
    FakeJira jira;
    jira.bearer = true;
    JiraConfig config = configFor(jira);
    config.user.clear();
    JiraClient client;
    const JiraCreated r = create(client, config, jira.token, draft());
    QVERIFY2(r.ok(), qPrintable(r.error));
}

void TestJiraClient::siteWithAContextPath()
{
    FakeJira jira("/jira");
    JiraConfig config = configFor(jira);
    config.baseUrl = QUrl(jira.url().toString() + "/"); // a trailing slash as people paste it
    JiraClient client;
    const JiraCreated r = create(client, config, jira.token, draft());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.browseUrl.path(), "/jira/browse/FOCUS-123");
    QCOMPARE(jira.issues.first().attachments.size(), 1);
}

void TestJiraClient::summaryAndDescriptionFitJira()
{
    // Jira refuses a summary over 255 characters or with a line break, and text over 32,767.
    FakeJira jira;
    JiraClient client;
    JiraIssueDraft d = draft(QString("Unique error: ") + QString("x").repeated(300) + "\nsecond line");
    d.description = QString("y").repeated(40000);
    const JiraCreated r = create(client, configFor(jira), jira.token, d);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QString summary = jira.issues.first().fields.value("summary").toString();
    QCOMPARE(summary.size(), 255);
    QVERIFY(summary.endsWith(QChar(0x2026)));
    const QString description = jira.issues.first().fields.value("description").toString();
    QVERIFY(description.size() <= 32767);
    QVERIFY(description.contains("the attached report has all of it"));
}

void TestJiraClient::refusals_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("issueType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<QString>("says");

    const QString t = "tok-9f3a-secret";
    QTest::newRow("wrong token") << "tok-wrong-secret"
                                 << "FOCUS"
                                 << "Bug" << 0 << QByteArray() << QByteArray() << QByteArray()
                                 << "did not accept the user and API token (401)";
    QTest::newRow("no such project") << t << "NOPE"
                                     << "Bug" << 0 << QByteArray() << QByteArray() << QByteArray()
                                     << "Jira refused the issue (400). Jira says: project: valid project is required";
    QTest::newRow("no such issue type") << t << "FOCUS"
                                        << "Defect" << 0 << QByteArray() << QByteArray() << QByteArray()
                                        << "issuetype: valid issue type is required";
    QTest::newRow("captcha") << t << "FOCUS"
                             << "Bug" << 403 << QByteArray() << QByteArray("X-Seraph-LoginReason")
                             << QByteArray("AUTHENTICATION_DENIED") << "CAPTCHA";
    QTest::newRow("no permission") << t << "FOCUS"
                                   << "Bug" << 403
                                   << QByteArray(R"({"errorMessages":["You do not have permission to create issues in )"
                                                 R"(this project."],"errors":{}})")
                                   << QByteArray() << QByteArray()
                                   << "may not create issues in FOCUS (403). Jira says: You do not have permission";
    QTest::newRow("not a jira") << t << "FOCUS"
                                << "Bug" << 404 << QByteArray("<html>Not Found</html>") << QByteArray() << QByteArray()
                                << "There is no Jira REST API at";
    QTest::newRow("jira down") << t << "FOCUS"
                               << "Bug" << 503 << QByteArray() << QByteArray() << QByteArray()
                               << "Jira failed (503): try again later.";
    QTest::newRow("moved") << t << "FOCUS"
                           << "Bug" << 301 << QByteArray() << QByteArray("Location")
                           << QByteArray("https://new.example.net/rest/api/2/issue?x=1")
                           << "redirect (301) to https://new.example.net/rest/api/2/issue: give that address";
    QTest::newRow("200 but not jira") << t << "FOCUS"
                                      << "Bug" << 200 << QByteArray("<html>login</html>") << QByteArray()
                                      << QByteArray() << "names no issue created";
    QTest::newRow("hostile words") << t << "FOCUS"
                                   << "Bug" << 400
                                   << QByteArray(R"({"errorMessages":["bad\u001b[2J thing"],"errors":{}})")
                                   << QByteArray() << QByteArray() << "bad\\x1b[2J thing";
    QTest::newRow("huge answer") << t << "FOCUS"
                                 << "Bug" << 201 << QByteArray(3 << 20, 'x') << QByteArray() << QByteArray()
                                 << "larger than 1 MB";
}

void TestJiraClient::refusals()
{
    QFETCH(QString, token);
    QFETCH(QString, project);
    QFETCH(QString, issueType);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(QString, says);
    FakeJira jira;
    jira.project = "FOCUS";
    jira.forcedStatus = status;
    jira.forcedBody = body;
    if (!headerName.isEmpty())
        jira.forcedHeaders.append({ headerName, headerValue });
    JiraConfig config = configFor(jira);
    config.projectKey = project;
    config.issueType = issueType;
    JiraClient client;
    const JiraCreated r = create(client, config, token, draft());
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(says), qPrintable(r.error));
    QVERIFY2(!r.error.contains(token) && !r.error.contains("secret"), qPrintable(r.error));
    QVERIFY(jira.issues.isEmpty());
    QCOMPARE(jira.requests, 1); // no redirect followed, nothing retried
}

void TestJiraClient::unusableSettingsSendNothing_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("says");
    QTest::newRow("no address") << ""
                                << "FOCUS"
                                << "address is not set";
    QTest::newRow("not a web address") << "ftp://127.0.0.1/"
                                       << "FOCUS"
                                       << "is not a web address";
    QTest::newRow("credentials in the address") << "https://qa:pw@jira.example.net"
                                                << "FOCUS"
                                                << "must not hold a user or password";
    QTest::newRow("token in clear over the network") << "http://jira.example.net"
                                                     << "FOCUS"
                                                     << "use https";
    QTest::newRow("lower-case project") << "https://jira.example.net"
                                        << "focus"
                                        << "is not a Jira project key";
    QTest::newRow("no project") << "https://jira.example.net"
                                << ""
                                << "project is not set";
}

void TestJiraClient::unusableSettingsSendNothing()
{
    QFETCH(QString, url);
    QFETCH(QString, project);
    QFETCH(QString, says);
    JiraConfig config;
    config.baseUrl = QUrl(url);
    config.projectKey = project;
    JiraClient client;
    const JiraCreated r = create(client, config, "tok", draft());
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(says), qPrintable(r.error));
    QVERIFY(!r.error.contains(":pw@"));
}

void TestJiraClient::aRefusedAttachmentKeepsTheIssue()
{
    FakeJira jira;
    jira.attachmentStatus = 413;
    JiraClient client;
    const JiraCreated r = create(client, configFor(jira), jira.token, draft());
    QVERIFY(r.ok());
    QCOMPARE(r.key, "FOCUS-123");
    QVERIFY2(r.attachmentError.contains("larger than this Jira accepts"), qPrintable(r.attachmentError));
}

void TestJiraClient::anAnswerThatNeverComes()
{
    QTcpServer silent;
    JiraClient client;
    client.setTimeout(300);
    const JiraCreated r = create(client, silentJira(silent), "tok", draft());
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains("did not answer within 0.3 s"), qPrintable(r.error));
}

void TestJiraClient::cancel()
{
    QTcpServer silent;
    JiraClient client;
    QSignalSpy done(&client, &JiraClient::finished);
    client.create(silentJira(silent), "tok", draft());
    QVERIFY(client.busy());
    client.cancel();
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.first().first().value<JiraCreated>().error, "Cancelled.");
}

void TestJiraClient::reportedErrorsAreKnownInTheNextRun()
{
    QTemporaryDir dir;
    RunStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath("history.sqlite"), &error), qPrintable(error));
    MemorySecretStore secrets;
    FakeJira jira;
    secrets.write(JiraConfig::kTokenKey, jira.token, this, [](bool, const QString &) {});
    JiraReporter reporter(&secrets, &store);
    QSignalSpy done(&reporter, &JiraReporter::finished);

    // One unique error of the story's 503s, then the whole cause.
    const Diagnosis d = storyDiagnosis();
    const RootCause &overload = d.rootCauses.first();
    const UniqueError &error503 = overload.uniqueErrors.first();
    reporter.report(configFor(jira), JiraReporter::draft(d, overload, &error503, true),
                    JiraReporter::signaturesOf(overload, &error503), false);
    QVERIFY(done.wait(15000));
    const JiraCreated first = done.takeFirst().first().value<JiraCreated>();
    QVERIFY2(first.ok() && first.notKept.isEmpty(), qPrintable(first.error + first.notKept));
    QVERIFY2(jira.issues.first().attachments.first().data.contains("<html"), "the HTML report is attached");
    QVERIFY(jira.issues.first().fields.value("description").toString().contains(error503.signature));

    reporter.report(configFor(jira), JiraReporter::draft(d, overload, nullptr, false),
                    JiraReporter::signaturesOf(overload, nullptr), true);
    QVERIFY(done.wait(15000));
    QCOMPARE(done.takeFirst().first().value<JiraCreated>().key, "FOCUS-124");

    // The next run of the suite: the reported error keeps its own issue, the others the cause's.
    const Diagnosis next = RootCauseAnalysis::analyse(ImportedRun(d.run), FailureRules::builtIn(),
                                                      diagnosisInputs(std::nullopt, {}, &store));
    const RootCause &again = next.rootCauses.first();
    QCOMPARE(again.uniqueErrors.first().issueKey, "FOCUS-123");
    for (int i = 1; i < again.uniqueErrors.size(); ++i)
        QCOMPARE(again.uniqueErrors[i].issueKey, "FOCUS-124");
    QCOMPARE(again.uniqueErrors.first().toJson(next.run).value("issue_key").toString(), "FOCUS-123");
    for (const RootCause &other : next.rootCauses.mid(1))
        for (const UniqueError &e : other.uniqueErrors)
            QVERIFY(e.issueKey.isEmpty());
}

void TestJiraClient::withoutATokenItSaysWhereToStoreIt()
{
    MemorySecretStore secrets; // nothing stored
    FakeJira jira;
    JiraReporter reporter(&secrets, nullptr);
    QSignalSpy done(&reporter, &JiraReporter::finished);
    reporter.report(configFor(jira), draft(), {}, false);
    QVERIFY(done.wait(15000));
    const JiraCreated r = done.first().first().value<JiraCreated>();
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains("fathom secret set jira/api-token"), qPrintable(r.error));
    QCOMPARE(jira.requests, 0);
}

void TestJiraClient::aReportTooLargeForJiraListsTheUniqueErrors()
{
    // The story's report lists every failure; 30,000 failures would make 12 MB, over Jira Data
    // Center's 10 MB: the report attached then lists every unique error, as the PDF does.
    QVERIFY(JiraReporter::reportFor(storyDiagnosis()).contains("Appendix: every failure"));
    const Diagnosis d = RootCauseAnalysis::analyse(
        manyFailures(30000,
                     { "requests.exceptions.ReadTimeout: HTTPConnectionPool(host='127.0.0.1', port=%1): "
                       "Read timed out. (read timeout=1)" }),
        FailureRules::builtIn(), {});
    QVERIFY(ReportWriter::html(d).toUtf8().size() > JiraReporter::kReportMax);
    const QByteArray attached = JiraReporter::reportFor(d);
    QVERIFY(attached.size() <= JiraReporter::kReportMax);
    QVERIFY(attached.contains("Appendix: every unique error"));
}

void TestJiraClient::throughTheSystemsProxy()
{
    // A company's Jira behind its proxy: http_proxy/https_proxy as curl takes them, no_proxy too.
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost, 0));
    QByteArray asked;
    connect(&proxy, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *s = proxy.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [&asked, s] {
            asked += s->readAll();
            s->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            s->disconnectFromHost();
        });
    });
    FakeJira jira;
    JiraConfig config = configFor(jira);
    config.baseUrl.setHost("localhost"); // a name: a proxy is asked for names, and localhost resolves here
    auto restore = qScopeGuard([] {
        qunsetenv("http_proxy");
        qunsetenv("no_proxy");
    });
    qputenv("http_proxy", QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort()).toLatin1());
    JiraClient client;
    const JiraCreated viaProxy = create(client, config, jira.token, draft());
    QVERIFY(!viaProxy.ok());
    QVERIFY2(
        asked.startsWith(
            QStringLiteral("POST http://localhost:%1/rest/api/2/issue HTTP/1.1").arg(jira.url().port()).toLatin1()),
        asked.left(200).constData());
    QVERIFY2(viaProxy.error.contains("502"), qPrintable(viaProxy.error));
    QVERIFY(jira.issues.isEmpty());
    // no_proxy names it: straight to Jira.
    qputenv("no_proxy", "localhost");
    const JiraCreated direct = create(client, config, jira.token, draft());
    QVERIFY2(direct.ok(), qPrintable(direct.error));
    QCOMPARE(jira.issues.size(), 1);
}

void TestJiraClient::checkSaysWhoAndWhere_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("issueType");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("says");
    QTest::newRow("all good") << "tok-9f3a-secret"
                              << "FOCUS"
                              << "Bug" << true << "as Dana Levi; the project FOCUS (Focus Jobs) takes Bug issues.";
    QTest::newRow("wrong token") << "tok-wrong-secret"
                                 << "FOCUS"
                                 << "Bug" << false << "did not accept the user and API token (401)";
    QTest::newRow("no such project") << "tok-9f3a-secret"
                                     << "NOPE"
                                     << "Bug" << false << "There is no project NOPE at";
    QTest::newRow("no such issue type") << "tok-9f3a-secret"
                                        << "FOCUS"
                                        << "Defect" << false << "has no issue type \"Defect\": it has Bug, Task.";
}

void TestJiraClient::checkSaysWhoAndWhere()
{
    QFETCH(QString, token);
    QFETCH(QString, project);
    QFETCH(QString, issueType);
    QFETCH(bool, ok);
    QFETCH(QString, says);
    FakeJira jira;
    JiraConfig config = configFor(jira);
    config.projectKey = project;
    config.issueType = issueType;
    JiraClient client;
    QSignalSpy checked(&client, &JiraClient::checked);
    client.check(config, token);
    QVERIFY(checked.wait(15000));
    QCOMPARE(checked.first().at(0).toBool(), ok);
    const QString message = checked.first().at(1).toString();
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY(!message.contains(token));
    QVERIFY(jira.issues.isEmpty()); // a check creates nothing
}

QTEST_MAIN(TestJiraClient)
#include "tst_jiraclient.moc"
