// Settings: client defaults shown and saved, refresh rate applied, the profile library's
// buttons, and the keychain check (the real keychain only under scripts/test's headless one).
#include "fakejira.h"
#include "model/profilelibrary.h"
#include "network/secretstore.h"
#include "ui/livecharts.h"
#include "ui/mainwindow.h"
#include "ui/profileeditor.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fathom;

namespace {

// A store whose every call fails, as when no Secret Service runs.
class BrokenSecretStore final : public SecretStore
{
public:
    void read(const QString &, QObject *context, ReadCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done(false, {}, "Cannot autolaunch D-Bus without X11 $DISPLAY"); }, Qt::QueuedConnection);
    }
    void write(const QString &, const QString &, QObject *context, WriteCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done(false, "Cannot autolaunch D-Bus without X11 $DISPLAY"); }, Qt::QueuedConnection);
    }
    void remove(const QString &, QObject *context, WriteCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done(false, "Cannot autolaunch D-Bus without X11 $DISPLAY"); }, Qt::QueuedConnection);
    }
};

// Answers the next message box with `button` (and ticks its check box when asked).
void answerNextMessageBox(QObject *context, QMessageBox::StandardButton button, bool tick = false)
{
    auto *timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, context, [timer, button, tick] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            if (tick && box->checkBox())
                box->checkBox()->setChecked(true);
            box->button(button)->click();
            timer->deleteLater();
        }
    });
    timer->start(10);
}

TargetProfile named(const QString &name, const QString &secretKey = {})
{
    TargetProfile p;
    p.name = name;
    p.baseUrl = QUrl("http://127.0.0.1:8080");
    if (!secretKey.isEmpty()) {
        p.auth.type = AuthSettings::Type::Bearer;
        p.auth.secretKey = secretKey;
    }
    return p;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
        forgetProxiesFromTheEnvironment(); // the Jira check talks to a Jira on loopback
    }
    void init() { QSettings().clear(); }

    void newProfilesDeleteTheJobsTheyCreate()
    {
        QString error;
        const auto p = AppSettings::load().newProfile(&error);
        QVERIFY2(p, qPrintable(error));
        QVERIFY(p->cleanup.enabled);
        QCOMPARE(p->cleanup.path, "/jobs/{job_id}");
        // A URL typed in the target bar is not a profile the user wrote: nothing is deleted unasked.
        QVERIFY(!AppSettings::load().profileForUrl("http://127.0.0.1:9", &error)->cleanup.enabled);
    }

    void clientDefaultsShowTheBuiltInValues()
    {
        QTemporaryDir dir;
        ProfileLibrary lib(dir.path());
        MemorySecretStore secrets;
        SettingsDialog dialog(&lib, &secrets);
        const EngineConfig builtIn;
        QCOMPARE(dialog.clientField("client.pool_size")->value(), builtIn.poolSize);
        QCOMPARE(dialog.clientField("client.request_timeout_ms")->value(), builtIn.requestTimeoutMs);
        QCOMPARE(dialog.clientField("client.retry.max_retries")->value(), builtIn.retry.maxRetries);
        QCOMPARE(dialog.clientField("client.breaker.failure_threshold")->value(), builtIn.breaker.failureThreshold);
        QVERIFY(dialog.clientField("client.pool_size")->toolTip().contains("200"));
        QVERIFY(dialog.settings().clientDefaults.isEmpty()); // nothing changed, nothing stored
        QCOMPARE(dialog.refreshBox()->value(), AppSettings::kDefaultRefreshHz);
    }

    void changedDefaultsAreSavedAndUsedForBareUrls()
    {
        QTemporaryDir dir;
        ProfileLibrary lib(dir.path());
        MemorySecretStore secrets;
        SettingsDialog dialog(&lib, &secrets);
        dialog.clientField("client.pool_size")->setValue(37);
        dialog.clientField("client.retry.max_retries")->setValue(0);
        dialog.refreshBox()->setValue(4);
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(applied.size(), 1);
        const AppSettings stored = AppSettings::load();
        QCOMPARE(stored.chartRefreshHz, 4);
        QCOMPARE(stored.clientDefaults.value("pool_size").toInt(), 37);
        QCOMPARE(stored.clientDefaults.value("retry").toObject().value("max_retries").toInt(), 0);
        QVERIFY(!stored.clientDefaults.contains("request_timeout_ms")); // unchanged: not stored
        QString error;
        const auto p = stored.profileForUrl("http://127.0.0.1:9", &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->client.poolSize, 37);
        QCOMPARE(p->client.retry.maxRetries, 0);
        QCOMPARE(p->client.requestTimeoutMs, EngineConfig().requestTimeoutMs);

        // Shown again as saved; "restore" brings back the built-in values.
        SettingsDialog again(&lib, &secrets);
        QCOMPARE(again.clientField("client.pool_size")->value(), 37);
        QCOMPARE(again.refreshBox()->value(), 4);
    }

    void jiraIsCheckedAndItsTokenGoesToTheKeychain()
    {
        QTemporaryDir dir;
        ProfileLibrary lib(dir.path());
        MemorySecretStore secrets;
        SettingsDialog dialog(&lib, &secrets);
        QVERIFY(dialog.jiraUrlField()->text().isEmpty()); // not set up: only "Copy for Jira"
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        auto ok = [&] { dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click(); };
        // The token in clear text over the network: refused on the Jira tab, nothing saved.
        dialog.jiraUrlField()->setText("http://jira.example.net");
        dialog.jiraProjectField()->setText("FOCUS");
        dialog.jiraTokenField()->setText("tok-123");
        ok();
        QCOMPARE(applied.size(), 0);
        QCOMPARE(dialog.tabs()->tabText(dialog.tabs()->currentIndex()), "Jira");
        QVERIFY2(dialog.jiraStatus()->text().contains("use https"), qPrintable(dialog.jiraStatus()->text()));
        QVERIFY(AppSettings::load().jira.baseUrl.isEmpty());

        dialog.jiraUrlField()->setText("https://example.atlassian.net");
        dialog.jiraUserField()->setText("qa@example.com");
        ok();
        QTRY_COMPARE(applied.size(), 1);
        const AppSettings stored = AppSettings::load();
        QCOMPARE(stored.jira.baseUrl, QUrl("https://example.atlassian.net"));
        QCOMPARE(stored.jira.projectKey, "FOCUS");
        QCOMPARE(stored.jira.issueType, "Bug");
        QCOMPARE(stored.jira.user, "qa@example.com");
        QString token;
        secrets.read(JiraConfig::kTokenKey, this,
                     [&](bool, const QString &secret, const QString &) { token = secret; });
        QTRY_COMPARE(token, "tok-123");
        // The token is nowhere in the settings file.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains("tok-123"));
        QVERIFY(dialog.jiraTokenField()->text().isEmpty());
    }

    void jiraConnectionIsTestedBeforeUse()
    {
        FakeJira jira;
        QTemporaryDir dir;
        ProfileLibrary lib(dir.path());
        MemorySecretStore secrets;
        SettingsDialog dialog(&lib, &secrets);
        QSignalSpy checked(&dialog, &SettingsDialog::jiraChecked);
        dialog.jiraUrlField()->setText(jira.url().toString());
        dialog.jiraProjectField()->setText("FOCUS");
        dialog.jiraUserField()->setText(jira.user);
        // No token typed, none stored: said, and nothing asked of Jira.
        dialog.checkJira();
        QTRY_COMPARE(checked.size(), 1);
        QVERIFY(!checked.takeFirst().at(0).toBool());
        QCOMPARE(jira.requests, 0);
        // The token typed: checked before it is stored.
        dialog.jiraTokenField()->setText(jira.token);
        dialog.checkJira();
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 15000);
        QVERIFY(checked.first().at(0).toBool());
        QVERIFY2(dialog.jiraStatus()->text().contains("as Dana Levi; the project FOCUS (Focus Jobs) takes Bug"),
                 qPrintable(dialog.jiraStatus()->text()));
        QVERIFY(AppSettings::load().jira.baseUrl.isEmpty()); // a check saves nothing
    }

    void aDamagedSettingsFileFallsBackToDefaults()
    {
        QSettings s;
        s.setValue("client/defaults", QByteArray("{ not json"));
        s.setValue("charts/refresh_hz", "fast");
        s.setValue("ui/language", "<script>");
        const AppSettings a = AppSettings::load();
        QVERIFY(a.clientDefaults.isEmpty());
        QCOMPARE(a.chartRefreshHz, 1); // clamped, never 0 (a division)
        QCOMPARE(a.language, QString());
        s.setValue("client/defaults", QByteArray("{\"pool_size\": -5}"));
        QString error;
        QVERIFY(!AppSettings::load().profileForUrl("http://127.0.0.1:9", &error));
        QVERIFY2(error.contains("client.pool_size"), qPrintable(error));
    }

    void theWindowAppliesTheRefreshRate()
    {
        MainWindow window;
        QCOMPARE(window.liveCharts()->refreshHz(), AppSettings::kDefaultRefreshHz);
        AppSettings s;
        s.chartRefreshHz = 5;
        window.applySettings(s);
        QCOMPARE(window.liveCharts()->refreshHz(), 5);
    }

    void profileButtons()
    {
        QTemporaryDir dir;
        ProfileLibrary lib(dir.path());
        MemorySecretStore secrets;
        QString error;
        QVERIFY(ProfileLibrary::write(named("staging"), lib.pathFor("staging"), &error));
        SettingsDialog dialog(&lib, &secrets);
        QCOMPARE(dialog.profileList()->count(), 1);
        dialog.profileList()->setCurrentRow(0);
        dialog.duplicateSelected();
        QCOMPARE(dialog.profileList()->count(), 2);
        QCOMPARE(dialog.profileList()->currentItem()->text(), "staging (copy)");

        QSignalSpy chosen(&dialog, &SettingsDialog::profileChosen);
        dialog.useSelected();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().at(1).value<TargetProfile>().name, "staging (copy)");

        answerNextMessageBox(this, QMessageBox::No);
        dialog.deleteSelected();
        QCOMPARE(dialog.profileList()->count(), 2); // asked, and the answer was no
        answerNextMessageBox(this, QMessageBox::Yes);
        dialog.deleteSelected();
        QCOMPARE(dialog.profileList()->count(), 1);
        QCOMPARE(lib.entries().size(), 1);
        QCOMPARE(lib.entries().first().name, "staging");
    }

    void keychainCheckSaysWhatIsWrong()
    {
        QTemporaryDir dir;
        ProfileLibrary lib(dir.path());
        BrokenSecretStore broken;
        SettingsDialog dialog(&lib, &broken);
        QSignalSpy checked(&dialog, &SettingsDialog::keychainChecked);
        dialog.checkKeychain();
        QTRY_COMPARE(checked.size(), 1);
        QCOMPARE(checked.first().at(0).toBool(), false);
        const QString message = checked.first().at(1).toString();
        QVERIFY2(message.contains("D-Bus"), qPrintable(message));
        QVERIFY2(message.contains("plain text"), qPrintable(message));

        MemorySecretStore memory;
        SettingsDialog working(&lib, &memory);
        QSignalSpy ok(&working, &SettingsDialog::keychainChecked);
        working.checkKeychain();
        QTRY_COMPARE(ok.size(), 1);
        QCOMPARE(ok.first().at(0).toBool(), true);
    }

    // Store (from the profile editor), read back, delete (with the profile) in the real keychain.
    void keychainRoundTripFromTheWindow()
    {
        if (qEnvironmentVariable("FATHOM_HEADLESS_KEYRING") != "1")
            QSKIP("needs the headless keyring of scripts/test (FATHOM_HEADLESS_KEYRING=1)");
        QTemporaryDir dir;
        ProfileLibrary lib(dir.path());
        KeychainSecretStore keychain("Fathom-tests");
        SettingsDialog dialog(&lib, &keychain);
        QSignalSpy checked(&dialog, &SettingsDialog::keychainChecked);
        dialog.checkKeychain();
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 10'000);
        QVERIFY2(checked.first().at(0).toBool(), qPrintable(checked.first().at(1).toString()));

        ProfileEditor editor(&keychain);
        editor.setProfile(named("with secret", "tst-settings-token"));
        editor.setLibrary(&lib);
        auto *secretField = editor.findChild<QLineEdit *>("secret");
        QVERIFY(secretField);
        secretField->setText("s3cr3t-token");
        QSignalSpy saved(&editor, &ProfileEditor::saved);
        editor.save();
        QCOMPARE(saved.size(), 1);
        QFile file(saved.first().at(0).toString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cr3t-token")); // the file names the key only

        bool done = false, ok = false;
        QString secret;
        keychain.read("tst-settings-token", this,
                      [&](bool o, const QString &s, const QString &) { ok = o, secret = s, done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
        QVERIFY(ok);
        QCOMPARE(secret, "s3cr3t-token");

        dialog.reloadProfiles();
        dialog.profileList()->setCurrentRow(0);
        answerNextMessageBox(this, QMessageBox::Yes, true);
        dialog.deleteSelected();
        QCOMPARE(lib.entries().size(), 0);
        auto *status = dialog.findChild<QLabel *>("profile-status");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("its secret"), 10'000);
        done = false;
        keychain.read("tst-settings-token", this,
                      [&](bool o, const QString &, const QString &) { ok = o, done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
        QVERIFY(!ok);
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
