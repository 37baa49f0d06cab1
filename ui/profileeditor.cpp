#include "ui/profileeditor.h"

#include "diagnosis/bidi.h"
#include "model/jsonpath.h"
#include "model/profilelibrary.h"
#include "network/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fathom {

ProfileEditor::ProfileEditor(SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
{
    setWindowTitle(tr("Target profile"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget;
    layout->addWidget(m_tabs);

    auto *target = new QGroupBox(tr("Target"));
    auto *tf = new QFormLayout(target);
    tf->addRow(tr("Name:"), text(QStringLiteral("name"), tr("A name for this target, shown in the run history.")));
    tf->addRow(
        tr("Base URL:"),
        text(QStringLiteral("base_url"), tr("http:// or https:// and the host, e.g. http://focus.example:8080")));
    tf->addRow(tr("Health path:"),
               text(QStringLiteral("health_path"), tr("Answers 200 while the server is up (default /health).")));
    tf->addRow(tr("Readiness path:"),
               text(QStringLiteral("readiness_path"),
                    tr("Answers 503 \"waiting for fiber\" until the server has data; empty if none.")));
    m_tabs->addTab(target, tr("Target"));

    auto *job = new QGroupBox(tr("Job"));
    auto *jf = new QFormLayout(job);
    jf->addRow(tr("Method:"),
               text(QStringLiteral("job.method"), tr("The HTTP method that creates a job (default POST).")));
    jf->addRow(tr("Path:"), text(QStringLiteral("job.path"), tr("May use {index}, {level} and {attempt}.")));
    jf->addRow(tr("Body:"), text(QStringLiteral("job.body"), tr("JSON; may use {index}, {level} and {attempt}.")));
    jf->addRow(
        tr("Id field:"),
        text(QStringLiteral("job.id_field"), tr("The field of the answer that holds the job id (default job_id).")));
    m_cleanup = new QCheckBox(tr("Delete each created job afterwards"));
    m_cleanup->setObjectName(QStringLiteral("cleanup"));
    m_cleanup->setToolTip(tr("A job left behind holds a server slot and skews every later level."));
    jf->addRow(m_cleanup);
    jf->addRow(tr("Cleanup method:"), text(QStringLiteral("cleanup.method"), tr("Default DELETE.")));
    jf->addRow(tr("Cleanup path:"),
               text(QStringLiteral("cleanup.path"), tr("Must name the id field, e.g. /jobs/{job_id}.")));
    m_tabs->addTab(job, tr("Job"));

    auto *auth = new QGroupBox(tr("Authentication"));
    auto *af = new QFormLayout(auth);
    m_auth = new QComboBox;
    m_auth->addItem(tr("None"), QStringLiteral("none"));
    m_auth->addItem(tr("Bearer token"), QStringLiteral("bearer"));
    m_auth->addItem(tr("OAuth2 client credentials"), QStringLiteral("oauth2"));
    m_auth->addItem(tr("User name and password (basic)"), QStringLiteral("basic"));
    m_fields.insert(QStringLiteral("auth.type"), m_auth);
    af->addRow(tr("Type:"), m_auth);
    af->addRow(tr("Token URL:"),
               text(QStringLiteral("auth.token_url"), tr("OAuth2: a URL, or a path on the base URL.")));
    af->addRow(tr("Client id:"), text(QStringLiteral("auth.client_id"), tr("OAuth2 client id.")));
    af->addRow(tr("User name:"),
               text(QStringLiteral("auth.username"), tr("Basic: the user name; the password is the secret below.")));
    af->addRow(tr("Keychain key:"),
               text(QStringLiteral("auth.secret_key"),
                    tr("Where the secret is kept in the keychain; the profile stores only this key.")));
    m_secret = new QLineEdit;
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("leave empty to keep the stored secret"));
    m_secret->setToolTip(tr("The client secret (OAuth2), the token (bearer) or the password (basic). Stored in the "
                            "keychain when you save; never in the profile file."));
    af->addRow(tr("Secret:"), m_secret);
    m_tabs->addTab(auth, tr("Authentication"));

    auto *client = new QGroupBox(tr("Client (defaults shown)"));
    auto *cf = new QFormLayout(client);
    cf->addRow(tr("Pool size:"),
               number(QStringLiteral("client.pool_size"), 1, 10'000,
                      tr("Real concurrent connections to the target (default 200).")));
    cf->addRow(tr("Connect timeout (ms):"),
               number(QStringLiteral("client.connect_timeout_ms"), 1, 3'600'000, tr("Default 10000.")));
    cf->addRow(tr("Request timeout (ms):"),
               number(QStringLiteral("client.request_timeout_ms"), 1, 3'600'000,
                      tr("From request sent to complete answer (default 60000).")));
    cf->addRow(tr("Retries:"),
               number(QStringLiteral("client.retry.max_retries"), 0, 100,
                      tr("With exponential backoff 1 s, 2 s, 4 s… (default 3).")));
    cf->addRow(tr("Breaker threshold:"),
               number(QStringLiteral("client.breaker.failure_threshold"), 1, 100'000,
                      tr("Consecutive failures that open the circuit breaker (default 5).")));
    m_tabs->addTab(client, tr("Client"));

    auto *https = new QGroupBox(tr("HTTPS"));
    auto *hf = new QFormLayout(https);
    auto *transport = new QComboBox;
    transport->addItem(tr("libcurl (default: less CPU per request)"), QStringLiteral("curl"));
    transport->addItem(tr("Qt Network"), QStringLiteral("qt"));
    transport->setToolTip(tr("The HTTP client Fathom sends with. Both check certificates alike."));
    m_fields.insert(QStringLiteral("client.transport"), transport);
    connect(transport, &QComboBox::currentIndexChanged, this, &ProfileEditor::validate);
    hf->addRow(tr("Transport:"), transport);
    m_verifyPeer = new QCheckBox(tr("Verify the server's certificate and host name"));
    m_verifyPeer->setObjectName(QStringLiteral("verify_peer"));
    m_verifyPeer->setToolTip(tr("On by default. Checks that a CA you trust signed the server's certificate, that it "
                                "is within its dates, and that it names the host in the base URL."));
    m_fields.insert(QStringLiteral("client.tls.verify_peer"), m_verifyPeer);
    connect(m_verifyPeer, &QCheckBox::toggled, this, &ProfileEditor::validate);
    hf->addRow(m_verifyPeer);
    m_verifyWarning = new QLabel(tr("Without verification anyone between Fathom and the server can answer in its "
                                    "name and read every token and password sent. Use it only for a lab server "
                                    "whose certificate cannot be checked; better, give its CA below."));
    m_verifyWarning->setWordWrap(true);
    m_verifyWarning->setStyleSheet(QStringLiteral("color: #c62828"));
    hf->addRow(m_verifyWarning);
    hf->addRow(tr("CA bundle:"),
               withBrowse(text(QStringLiteral("client.tls.ca_bundle"),
                               tr("A PEM file of the CAs that sign the lab's servers (an internal CA), trusted "
                                  "besides the system's. Empty: the system's CAs only."))));
    hf->addRow(tr("Client certificate:"),
               withBrowse(text(QStringLiteral("client.tls.client_certificate"),
                               tr("For servers that ask the client for a certificate: a PEM file."))));
    hf->addRow(tr("Client key:"),
               withBrowse(text(QStringLiteral("client.tls.client_key"),
                               tr("The certificate's private key, a PEM file; it may be encrypted."))));
    hf->addRow(tr("Passphrase keychain key:"),
               text(QStringLiteral("client.tls.client_key_passphrase_key"),
                    tr("Where the key's passphrase is kept in the keychain; empty when the key is not "
                       "encrypted.")));
    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("leave empty to keep the stored passphrase"));
    m_passphrase->setToolTip(tr("The client key's passphrase. Stored in the keychain when you save; never in the "
                                "profile file."));
    hf->addRow(tr("Passphrase:"), m_passphrase);
    m_tabs->addTab(https, tr("HTTPS"));

    m_status = new QLabel;
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cleanup, &QCheckBox::toggled, this, &ProfileEditor::validate);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ProfileEditor::validate);
    setProfile(*TargetProfile::fromJson({ { QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:8080") } },
                                        &m_error));
}

QLineEdit *ProfileEditor::text(const QString &field, const QString &tip)
{
    auto *edit = new QLineEdit;
    edit->setToolTip(tip);
    edit->setProperty("tip", tip);
    m_fields.insert(field, edit);
    connect(edit, &QLineEdit::textChanged, this, &ProfileEditor::validate);
    return edit;
}

QWidget *ProfileEditor::withBrowse(QLineEdit *edit)
{
    auto *row = new QWidget;
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setToolTip(edit->toolTip());
    connect(browse, &QPushButton::clicked, this, [this, edit] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a PEM file"), edit->text(),
                                                          tr("PEM files (*.pem *.crt *.key);;All files (*)"));
        if (!path.isEmpty())
            edit->setText(path);
    });
    h->addWidget(browse);
    return row;
}

QSpinBox *ProfileEditor::number(const QString &field, int min, int max, const QString &tip)
{
    auto *spin = new QSpinBox;
    spin->setRange(min, max);
    spin->setToolTip(tip);
    spin->setProperty("tip", tip);
    m_fields.insert(field, spin);
    connect(spin, &QSpinBox::valueChanged, this, &ProfileEditor::validate);
    return spin;
}

void ProfileEditor::setProfile(const TargetProfile &profile)
{
    m_base = profile.toJson();
    const QSignalBlocker block(this);
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QJsonValue v = jsonValueAt(m_base, it.key());
        QSignalBlocker blockField(it.value());
        if (auto *edit = qobject_cast<QLineEdit *>(it.value()))
            edit->setText(v.toString());
        else if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            spin->setValue(v.toInt());
        else if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            combo->setCurrentIndex(combo->findData(v.toString()));
        else if (auto *check = qobject_cast<QCheckBox *>(it.value()))
            check->setChecked(v.toBool());
    }
    QSignalBlocker b2(m_cleanup);
    m_cleanup->setChecked(profile.cleanup.enabled);
    validate();
}

QJsonObject ProfileEditor::toJson() const
{
    QJsonObject o = m_base;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        QJsonValue v;
        if (auto *edit = qobject_cast<QLineEdit *>(it.value()))
            v = edit->text().trimmed();
        else if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            v = spin->value();
        else if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            v = combo->currentData().toString();
        else if (auto *check = qobject_cast<QCheckBox *>(it.value()))
            v = check->isChecked();
        setJsonValueAt(o, it.key(), v);
    }
    setJsonValueAt(o, QStringLiteral("cleanup.enabled"), m_cleanup->isChecked());
    QJsonObject auth = o.value(QStringLiteral("auth")).toObject();
    const QString type = auth.value(QStringLiteral("type")).toString();
    // Fields that do not apply to the chosen auth type are left out rather than refused.
    if (type == QLatin1String("none"))
        auth = QJsonObject { { QStringLiteral("type"), type } };
    else if (type == QLatin1String("bearer"))
        auth = QJsonObject { { QStringLiteral("type"), type },
                             { QStringLiteral("secret_key"), auth.value(QStringLiteral("secret_key")) } };
    else if (type == QLatin1String("basic"))
        auth = QJsonObject { { QStringLiteral("type"), type },
                             { QStringLiteral("username"), auth.value(QStringLiteral("username")) },
                             { QStringLiteral("secret_key"), auth.value(QStringLiteral("secret_key")) } };
    o.insert(QStringLiteral("auth"), auth);
    return o;
}

void ProfileEditor::validate()
{
    m_error.clear();
    m_profile = TargetProfile::fromJson(toJson(), &m_error);
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        // The validator names the field in quotes; mark exactly that one.
        const bool atFault = !m_profile
            && (m_error.contains(QLatin1Char('"') + it.key() + QLatin1Char('"'))
                || m_error.contains(QLatin1Char('"') + it.key() + QLatin1Char('.')));
        it.value()->setProperty("invalid", atFault);
        it.value()->setStyleSheet(atFault ? QStringLiteral("border: 2px solid #c62828;") : QString());
        it.value()->setToolTip(atFault ? m_error : it.value()->property("tip").toString());
    }
    m_verifyWarning->setVisible(!m_verifyPeer->isChecked());
    m_status->setText(m_profile ? tr("The profile is valid.") : m_error);
    m_status->setStyleSheet(m_profile ? QStringLiteral("color: #2e7d32") : QStringLiteral("color: #c62828"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_profile.has_value());
}

bool ProfileEditor::storeSecret(const QString &key, QLineEdit *typed)
{
    if (typed->text().isEmpty())
        return true; // the stored one stays
    QEventLoop loop;
    bool done = false, ok = false;
    QString error;
    m_secrets->write(key, typed->text(), this, [&](bool success, const QString &e) {
        ok = success;
        error = e;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    if (!ok) {
        m_status->setText(tr("The secret was not stored, so the profile was not saved: %1").arg(isolate(error)));
        m_status->setStyleSheet(QStringLiteral("color: #c62828"));
        return false;
    }
    typed->clear();
    return true;
}

std::optional<TargetProfile> ProfileEditor::profile() const
{
    return m_profile;
}

bool ProfileEditor::canSave() const
{
    return m_buttons->button(QDialogButtonBox::Save)->isEnabled();
}

void ProfileEditor::save(const QString &givenPath)
{
    validate();
    if (!m_profile)
        return;
    QString path = givenPath.isEmpty() ? m_savePath : givenPath;
    if (path.isEmpty() && m_library)
        path = m_library->pathFor(m_profile->name.isEmpty() ? m_profile->baseUrl.host() : m_profile->name);
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Save target profile"), m_profile->name + QStringLiteral(".json"),
                                            tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    // The keychain first: a profile that names a secret the keychain does not hold helps nobody.
    if (m_profile->usesToken() && !storeSecret(m_profile->auth.secretKey, m_secret))
        return;
    if (!m_profile->client.tls.passphraseKey.isEmpty()
        && !storeSecret(m_profile->client.tls.passphraseKey, m_passphrase))
        return;
    QString error;
    if (!ProfileLibrary::write(*m_profile, path, &error)) {
        m_status->setText(tr("The profile was not saved: %1. Choose a folder you can write to.").arg(isolate(error)));
        m_status->setStyleSheet(QStringLiteral("color: #c62828"));
        return;
    }
    Q_EMIT saved(path, *m_profile);
    accept();
}

} // namespace fathom
