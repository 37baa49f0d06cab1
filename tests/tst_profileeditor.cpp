#include "network/secretstore.h"
#include "ui/profileeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fathom;

class TestProfileEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badFieldIsMarkedAndCannotBeSaved_data();
    void badFieldIsMarkedAndCannotBeSaved();
    void savesAValidProfileAndKeepsTheSecretOut();
    void basicAuthKeepsThePasswordInTheKeychain();
    void httpsSettingsAndTheKeyPassphrase();
};

void TestProfileEditor::badFieldIsMarkedAndCannotBeSaved_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addRow("url without scheme") << "base_url"
                                        << "focus.example:8080";
    QTest::addRow("path without slash") << "health_path"
                                        << "health";
    QTest::addRow("cleanup names unknown field") << "cleanup.path"
                                                 << "/jobs/{id}";
    QTest::addRow("body not JSON") << "job.body"
                                   << "{\"a\": ";
    QTest::addRow("bad method") << "job.method"
                                << "PO ST";
}

void TestProfileEditor::badFieldIsMarkedAndCannotBeSaved()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    MemorySecretStore secrets;
    ProfileEditor editor(&secrets);
    auto *cleanup = editor.findChild<QCheckBox *>("cleanup");
    QVERIFY(cleanup);
    cleanup->setChecked(true);
    QVERIFY(editor.canSave());
    auto *edit = qobject_cast<QLineEdit *>(editor.fieldWidget(field));
    QVERIFY(edit);
    const QString good = edit->text();
    edit->setText(value); // typing: validated at once
    QVERIFY(!editor.canSave());
    QVERIFY(edit->property("invalid").toBool());
    QVERIFY2(edit->toolTip().contains(field), qPrintable(edit->toolTip()));
    // Only the field at fault is marked.
    int marked = 0;
    for (const char *f : { "name", "base_url", "health_path", "readiness_path", "job.method", "job.path", "job.body",
                           "job.id_field", "cleanup.method", "cleanup.path" })
        marked += editor.fieldWidget(QString::fromLatin1(f))->property("invalid").toBool();
    QCOMPARE(marked, 1);
    edit->setText(good);
    QVERIFY(editor.canSave());
    QVERIFY(!edit->property("invalid").toBool());
}

void TestProfileEditor::savesAValidProfileAndKeepsTheSecretOut()
{
    MemorySecretStore secrets;
    ProfileEditor editor(&secrets);
    qobject_cast<QLineEdit *>(editor.fieldWidget("name"))->setText("staging");
    auto *authType = qobject_cast<QComboBox *>(editor.fieldWidget("auth.type"));
    authType->setCurrentIndex(authType->findData("oauth2"));
    QVERIFY(!editor.canSave()); // needs a token URL, client id and key
    QVERIFY(editor.fieldWidget("auth.secret_key")->property("invalid").toBool()
            || editor.fieldWidget("auth.token_url")->property("invalid").toBool());
    qobject_cast<QLineEdit *>(editor.fieldWidget("auth.token_url"))->setText("/oauth/token");
    qobject_cast<QLineEdit *>(editor.fieldWidget("auth.client_id"))->setText("qa");
    qobject_cast<QLineEdit *>(editor.fieldWidget("auth.secret_key"))->setText("staging/secret");
    QVERIFY2(editor.canSave(), qPrintable(editor.error()));
    auto *secret = editor.findChild<QLineEdit *>("secret");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    secret->setText("very-secret-value");

    QTemporaryDir dir;
    QSignalSpy saved(&editor, &ProfileEditor::saved);
    editor.save(dir.filePath("staging.json"));
    QCOMPARE(saved.size(), 1);
    QFile f(dir.filePath("staging.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(!text.contains("very-secret-value"));
    QString error;
    const auto loaded = TargetProfile::load(dir.filePath("staging.json"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->name, QStringLiteral("staging"));
    QCOMPARE(loaded->auth.type, AuthSettings::Type::OAuth2);
    bool read = false;
    QString stored;
    secrets.read("staging/secret", this, [&](bool ok, const QString &s, const QString &) { read = ok, stored = s; });
    QTRY_VERIFY(read);
    QCOMPARE(stored, QStringLiteral("very-secret-value"));
}

void TestProfileEditor::basicAuthKeepsThePasswordInTheKeychain()
{
    MemorySecretStore secrets;
    ProfileEditor editor(&secrets);
    auto *base = qobject_cast<QLineEdit *>(editor.fieldWidget("base_url"));
    // A password typed into the URL is refused, and the message says where it goes instead.
    base->setText("http://qauser:hunter2@127.0.0.1:8080");
    QVERIFY(!editor.canSave());
    QVERIFY(base->property("invalid").toBool());
    QVERIFY2(editor.error().contains("basic") && !editor.error().contains("hunter2"), qPrintable(editor.error()));
    base->setText("http://127.0.0.1:8080");
    auto *authType = qobject_cast<QComboBox *>(editor.fieldWidget("auth.type"));
    authType->setCurrentIndex(authType->findData("basic"));
    qobject_cast<QLineEdit *>(editor.fieldWidget("auth.secret_key"))->setText("lab/qauser");
    QVERIFY(!editor.canSave()); // the user name is missing
    QVERIFY(editor.fieldWidget("auth.username")->property("invalid").toBool());
    qobject_cast<QLineEdit *>(editor.fieldWidget("auth.username"))->setText("qauser");
    QVERIFY2(editor.canSave(), qPrintable(editor.error()));
    auto *secret = editor.findChild<QLineEdit *>("secret");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    secret->setText("hunter2");
    QTemporaryDir dir;
    editor.save(dir.filePath("lab.json"));
    QFile f(dir.filePath("lab.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(!text.contains("hunter2"));
    QString error;
    const auto loaded = TargetProfile::load(dir.filePath("lab.json"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->auth.type, AuthSettings::Type::Basic);
    QCOMPARE(loaded->auth.username, QStringLiteral("qauser"));
    bool read = false;
    QString stored;
    secrets.read("lab/qauser", this, [&](bool ok, const QString &s, const QString &) { read = ok, stored = s; });
    QTRY_VERIFY(read);
    QCOMPARE(stored, QStringLiteral("hunter2"));
}

void TestProfileEditor::httpsSettingsAndTheKeyPassphrase()
{
    QTemporaryDir dir;
    const auto file = [&](const QString &name) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write("-----BEGIN CERTIFICATE-----\n");
        return dir.filePath(name);
    };
    MemorySecretStore secrets;
    ProfileEditor editor(&secrets);
    editor.show();
    auto *verify = editor.findChild<QCheckBox *>("verify_peer");
    QVERIFY(verify);
    QVERIFY(verify->isChecked()); // on by default
    const auto warnings = editor.findChildren<QLabel *>();
    const auto shownWarning = [&] {
        return std::any_of(warnings.begin(), warnings.end(), [](QLabel *l) {
            return l->text().contains("anyone between") && !l->isHidden(); // on the HTTPS tab
        });
    };
    QVERIFY(!shownWarning());
    verify->setChecked(false);
    QVERIFY(shownWarning()); // turning it off says what it costs

    auto *bundle = qobject_cast<QLineEdit *>(editor.fieldWidget("client.tls.ca_bundle"));
    bundle->setText(dir.filePath("missing.pem"));
    QVERIFY(!editor.canSave());
    QVERIFY(bundle->property("invalid").toBool());
    bundle->setText(file("ca.pem"));
    QVERIFY2(editor.canSave(), qPrintable(editor.error()));
    qobject_cast<QLineEdit *>(editor.fieldWidget("client.tls.client_certificate"))->setText(file("client.pem"));
    QVERIFY(!editor.canSave()); // a certificate without its key
    qobject_cast<QLineEdit *>(editor.fieldWidget("client.tls.client_key"))->setText(file("client.key"));
    qobject_cast<QLineEdit *>(editor.fieldWidget("client.tls.client_key_passphrase_key"))->setText("lab/client-key");
    auto *transport = qobject_cast<QComboBox *>(editor.fieldWidget("client.transport"));
    transport->setCurrentIndex(transport->findData("qt"));
    QVERIFY2(editor.canSave(), qPrintable(editor.error()));
    editor.findChild<QLineEdit *>("passphrase")->setText("key passphrase");
    editor.save(dir.filePath("lab.json"));

    QFile saved(dir.filePath("lab.json"));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(!saved.readAll().contains("key passphrase"));
    QString error;
    const auto loaded = TargetProfile::load(dir.filePath("lab.json"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->client.transport, EngineConfig::Transport::Qt);
    QVERIFY(!loaded->client.tls.verifyPeer);
    QCOMPARE(loaded->client.tls.caBundle, dir.filePath("ca.pem"));
    QCOMPARE(loaded->client.tls.clientKey, dir.filePath("client.key"));
    bool read = false;
    QString stored;
    secrets.read("lab/client-key", this, [&](bool ok, const QString &s, const QString &) { read = ok, stored = s; });
    QTRY_VERIFY(read);
    QCOMPARE(stored, QStringLiteral("key passphrase"));

    // Opened again, the form shows what was saved.
    ProfileEditor again(&secrets);
    again.setProfile(*loaded);
    QVERIFY(!again.findChild<QCheckBox *>("verify_peer")->isChecked());
    QCOMPARE(qobject_cast<QComboBox *>(again.fieldWidget("client.transport"))->currentData().toString(), "qt");
}

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
