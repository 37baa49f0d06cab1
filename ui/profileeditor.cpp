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
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fathom {

ProfileEditor::ProfileEditor(SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
{
    setWindowTitle(tr("Target profile"));
    auto *layout = new QVBoxLayout(this);

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
    layout->addWidget(target);

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
    m_cleanup->setToolTip(tr("A job left behind holds a server slot and skews every later level."));
    jf->addRow(m_cleanup);
    jf->addRow(tr("Cleanup method:"), text(QStringLiteral("cleanup.method"), tr("Default DELETE.")));
    jf->addRow(tr("Cleanup path:"),
               text(QStringLiteral("cleanup.path"), tr("Must name the id field, e.g. /jobs/{job_id}.")));
    layout->addWidget(job);

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
    layout->addWidget(auth);

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
    layout->addWidget(client);

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
    }
    QSignalBlocker b1(m_auth), b2(m_cleanup);
    m_auth->setCurrentIndex(m_auth->findData(jsonValueAt(m_base, QStringLiteral("auth.type")).toString()));
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
        else if (it.value() == m_auth)
            v = m_auth->currentData().toString();
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
    m_status->setText(m_profile ? tr("The profile is valid.") : m_error);
    m_status->setStyleSheet(m_profile ? QStringLiteral("color: #2e7d32") : QStringLiteral("color: #c62828"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_profile.has_value());
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
    if (!m_secret->text().isEmpty() && m_profile->usesToken()) {
        // The keychain first: a profile that names a secret the keychain does not hold helps nobody.
        QEventLoop loop;
        bool ok = false;
        QString error;
        m_secrets->write(m_profile->auth.secretKey, m_secret->text(), this, [&](bool success, const QString &e) {
            ok = success;
            error = e;
            loop.quit();
        });
        loop.exec();
        if (!ok) {
            m_status->setText(tr("The secret was not stored, so the profile was not saved: %1").arg(isolate(error)));
            m_status->setStyleSheet(QStringLiteral("color: #c62828"));
            return;
        }
        m_secret->clear();
    }
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
