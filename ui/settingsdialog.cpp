#include "ui/settingsdialog.h"

#include "diagnosis/bidi.h"
#include "jira/jiraclient.h"
#include "model/jsonpath.h"
#include "model/profilelibrary.h"
#include "network/secretstore.h"
#include "ui/profileeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace fathom {

namespace {

constexpr int kPathRole = Qt::UserRole;

// The client settings offered as defaults: a profile's "client" field, its label and range.
struct ClientField
{
    const char *field; ///< under "client"
    const char *label;
    int min, max;
    const char *tip;
};

const ClientField kClientFields[] = {
    { "pool_size", QT_TRANSLATE_NOOP("fathom::SettingsDialog", "Pool size:"), 1, 10'000,
      QT_TRANSLATE_NOOP("fathom::SettingsDialog", "Real concurrent connections to the target.") },
    { "connect_timeout_ms", QT_TRANSLATE_NOOP("fathom::SettingsDialog", "Connect timeout (ms):"), 1, 3'600'000,
      QT_TRANSLATE_NOOP("fathom::SettingsDialog",
                        "From taking a connection to the request written: DNS, TCP and sending.") },
    { "request_timeout_ms", QT_TRANSLATE_NOOP("fathom::SettingsDialog", "Request timeout (ms):"), 1, 3'600'000,
      QT_TRANSLATE_NOOP("fathom::SettingsDialog", "From the request written to the complete answer.") },
    { "pool_wait_timeout_ms", QT_TRANSLATE_NOOP("fathom::SettingsDialog", "Pool wait timeout (ms):"), 0, 3'600'000,
      QT_TRANSLATE_NOOP("fathom::SettingsDialog",
                        "Longest wait in Fathom's queue for a free connection; 0 waits forever.") },
    { "retry.max_retries", QT_TRANSLATE_NOOP("fathom::SettingsDialog", "Retries:"), 0, 100,
      QT_TRANSLATE_NOOP("fathom::SettingsDialog", "Retries of a failed request (never of 503 waiting for fibre).") },
    { "retry.base_delay_ms", QT_TRANSLATE_NOOP("fathom::SettingsDialog", "First backoff (ms):"), 0, 3'600'000,
      QT_TRANSLATE_NOOP("fathom::SettingsDialog",
                        "The wait before the first retry; each next one waits twice as long.") },
    { "breaker.failure_threshold", QT_TRANSLATE_NOOP("fathom::SettingsDialog", "Breaker threshold:"), 1, 100'000,
      QT_TRANSLATE_NOOP("fathom::SettingsDialog", "Consecutive failures that open the circuit breaker.") },
    { "breaker.open_duration_ms", QT_TRANSLATE_NOOP("fathom::SettingsDialog", "Breaker open for (ms):"), 0, 86'400'000,
      QT_TRANSLATE_NOOP("fathom::SettingsDialog",
                        "How long the open breaker fails calls at once before trying again.") },
};

QJsonObject builtInClient()
{
    return TargetProfile().toJson().value(QStringLiteral("client")).toObject();
}

} // namespace

SettingsDialog::SettingsDialog(ProfileLibrary *library, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_secrets(secrets)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget;
    m_tabs->addTab(profilesPage(), tr("Profiles"));
    m_tabs->addTab(clientPage(), tr("Client defaults"));
    m_tabs->addTab(displayPage(), tr("Display"));
    m_tabs->addTab(m_jiraPage = jiraPage(), tr("Jira"));
    layout->addWidget(m_tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::acceptIfValid);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setSettings(AppSettings::load());
    reloadProfiles();
    resize(640, 480);
}

QWidget *SettingsDialog::profilesPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Profiles in %1").arg(isolate(m_library->folder())));
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);
    auto *row = new QHBoxLayout;
    m_profiles = new QListWidget;
    m_profiles->setToolTip(tr("Your target profiles. Double-click one to work with it."));
    row->addWidget(m_profiles, 1);
    auto *buttons = new QVBoxLayout;
    auto add = [&](const QString &text, const QString &tip, void (SettingsDialog::*slot)()) {
        auto *b = new QPushButton(text);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    add(tr("New…"), tr("Create a profile, checked as you type."), &SettingsDialog::newProfile);
    add(tr("Edit…"), tr("Edit the selected profile."), &SettingsDialog::editSelected);
    add(tr("Duplicate"), tr("Save a copy of the selected profile under a new name."),
        &SettingsDialog::duplicateSelected);
    add(tr("Delete…"), tr("Delete the selected profile, and its secret from the keychain if you wish."),
        &SettingsDialog::deleteSelected);
    add(tr("Use"), tr("Work with the selected profile."), &SettingsDialog::useSelected);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row, 1);
    connect(m_profiles, &QListWidget::itemDoubleClicked, this, &SettingsDialog::useSelected);
    m_profileStatus = new QLabel;
    m_profileStatus->setObjectName(QStringLiteral("profile-status"));
    m_profileStatus->setWordWrap(true);
    layout->addWidget(m_profileStatus);

    auto *keychain = new QHBoxLayout;
    auto *check = new QPushButton(tr("Check the keychain"));
    check->setToolTip(tr("Secrets (client secrets, tokens) are kept only in the system keychain. This stores, "
                         "reads back and deletes a test entry."));
    connect(check, &QPushButton::clicked, this, &SettingsDialog::checkKeychain);
    keychain->addWidget(check);
    m_keychainStatus = new QLabel;
    m_keychainStatus->setWordWrap(true);
    keychain->addWidget(m_keychainStatus, 1);
    layout->addLayout(keychain);
    return page;
}

QWidget *SettingsDialog::clientPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Used for a target entered as a bare URL and for new profiles. A profile's own "
                                "client settings always win."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const QJsonObject builtIn = builtInClient();
    for (const ClientField &f : kClientFields) {
        const QString field = QLatin1String(f.field);
        auto *spin = new QSpinBox;
        spin->setRange(f.min, f.max);
        spin->setGroupSeparatorShown(true);
        const int builtInValue = jsonValueAt(builtIn, field).toInt();
        spin->setToolTip(tr("%1 Built-in default: %2.").arg(tr(f.tip)).arg(QLocale().toString(builtInValue)));
        auto *row = new QHBoxLayout;
        row->addWidget(spin);
        auto *def = new QLabel(tr("default %1").arg(QLocale().toString(builtInValue)));
        def->setEnabled(false);
        row->addWidget(def);
        row->addStretch();
        form->addRow(tr(f.label), row);
        m_client.insert(QStringLiteral("client.") + field, spin);
    }
    layout->addLayout(form);
    auto *restore = new QPushButton(tr("Restore built-in defaults"));
    connect(restore, &QPushButton::clicked, this, [this] {
        AppSettings s = settings();
        s.clientDefaults = {};
        setSettings(s);
    });
    layout->addWidget(restore, 0, Qt::AlignLeading);
    m_clientStatus = new QLabel;
    m_clientStatus->setWordWrap(true);
    layout->addWidget(m_clientStatus);
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::displayPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_language = new QComboBox;
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("עברית"), QStringLiteral("he"));
    m_language->setToolTip(tr("The language of the window, its messages and the reports. Hebrew is laid out "
                              "right to left."));
    form->addRow(tr("Language:"), m_language);
    m_refresh = new QSpinBox;
    m_refresh->setRange(1, 30);
    m_refresh->setSuffix(tr(" Hz"));
    m_refresh->setToolTip(tr("How often the live charts redraw while a run is going (default %1 Hz). Lower it on "
                             "a slow machine.")
                              .arg(AppSettings::kDefaultRefreshHz));
    form->addRow(tr("Chart refresh rate:"), m_refresh);
    return page;
}

QWidget *SettingsDialog::jiraPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("\"Report to Jira\" in the Diagnosis tab creates an issue for a root cause or a "
                                "unique error, with the report attached, and the next runs show the error as known. "
                                "Without these settings, \"Copy for Jira\" puts the same text on the clipboard."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_jiraUrl = new QLineEdit;
    m_jiraUrl->setPlaceholderText(QStringLiteral("https://example.atlassian.net"));
    m_jiraUrl->setToolTip(tr("The Jira site, with its context path if it has one (https://host/jira)."));
    form->addRow(tr("Site:"), m_jiraUrl);
    m_jiraProject = new QLineEdit;
    m_jiraProject->setPlaceholderText(QStringLiteral("FOCUS"));
    m_jiraProject->setToolTip(tr("The key of the project the issues go to: the letters before an issue's number."));
    form->addRow(tr("Project key:"), m_jiraProject);
    m_jiraIssueType = new QComboBox;
    m_jiraIssueType->setEditable(true);
    m_jiraIssueType->addItems({ QStringLiteral("Bug"), QStringLiteral("Task"), QStringLiteral("Story") });
    m_jiraIssueType->setToolTip(tr("The type of the issues created, as the project names it (Jira's own names are "
                                   "in English unless your site renamed them)."));
    form->addRow(tr("Issue type:"), m_jiraIssueType);
    m_jiraUser = new QLineEdit;
    m_jiraUser->setPlaceholderText(QStringLiteral("name@example.com"));
    m_jiraUser->setToolTip(tr("Jira Cloud: your account's e-mail. Leave it empty with a Jira Data Center personal "
                              "access token."));
    form->addRow(tr("User:"), m_jiraUser);
    m_jiraToken = new QLineEdit;
    m_jiraToken->setEchoMode(QLineEdit::Password);
    m_jiraToken->setPlaceholderText(tr("leave empty to keep the stored one"));
    m_jiraToken->setToolTip(tr("An API token (Jira Cloud: id.atlassian.com → Security → API tokens) or a personal "
                               "access token. Kept only in the keychain, never in the settings."));
    form->addRow(tr("API token:"), m_jiraToken);
    layout->addLayout(form);
    m_jiraCheck = new QPushButton(tr("Test the connection"));
    m_jiraCheck->setToolTip(tr("Asks Jira whom the token belongs to and whether the project takes this issue type. "
                               "Creates nothing."));
    connect(m_jiraCheck, &QPushButton::clicked, this, &SettingsDialog::checkJira);
    layout->addWidget(m_jiraCheck, 0, Qt::AlignLeading);
    m_jiraStatus = new QLabel;
    m_jiraStatus->setWordWrap(true);
    layout->addWidget(m_jiraStatus);
    layout->addStretch();
    return page;
}

void SettingsDialog::checkJira()
{
    const JiraConfig config = settings().jira;
    if (const QString problem = config.problem(); !problem.isEmpty()) {
        setMessage(m_jiraStatus, false, problem);
        Q_EMIT jiraChecked(false, problem);
        return;
    }
    if (!m_jira) {
        m_jira = new JiraClient(this);
        connect(m_jira, &JiraClient::step, m_jiraStatus, &QLabel::setText);
        connect(m_jira, &JiraClient::checked, this, [this](bool ok, const QString &message) {
            m_jiraCheck->setEnabled(true);
            setMessage(m_jiraStatus, ok, message);
            Q_EMIT jiraChecked(ok, message);
        });
    }
    m_jiraCheck->setEnabled(false);
    m_jiraStatus->setStyleSheet(QString());
    if (!m_jiraToken->text().isEmpty()) // the token typed, not stored yet
        return m_jira->check(config, m_jiraToken->text());
    m_jiraStatus->setText(tr("Reading the API token from the keychain…"));
    m_secrets->read(JiraConfig::kTokenKey, this, [this, config](bool ok, const QString &token, const QString &error) {
        if (ok)
            return m_jira->check(config, token);
        m_jiraCheck->setEnabled(true);
        const QString why
            = tr("No API token could be read from the keychain (%1): type it in the field above.").arg(isolate(error));
        setMessage(m_jiraStatus, false, why);
        Q_EMIT jiraChecked(false, why);
    });
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.language = m_language->currentData().toString();
    s.chartRefreshHz = m_refresh->value();
    s.jira.baseUrl = QUrl(m_jiraUrl->text().trimmed());
    s.jira.projectKey = m_jiraProject->text().trimmed();
    s.jira.issueType = m_jiraIssueType->currentText().trimmed();
    s.jira.user = m_jiraUser->text().trimmed();
    // Only what differs from the built-in values, so a later Fathom's better defaults still arrive.
    const QJsonObject builtIn = builtInClient();
    for (auto it = m_client.begin(); it != m_client.end(); ++it) {
        const QString field = it.key().mid(int(qstrlen("client.")));
        if (jsonValueAt(builtIn, field).toInt() != it.value()->value())
            setJsonValueAt(s.clientDefaults, field, it.value()->value());
    }
    return s;
}

void SettingsDialog::setSettings(const AppSettings &s)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language)));
    m_refresh->setValue(s.chartRefreshHz);
    m_jiraUrl->setText(s.jira.baseUrl.toString());
    m_jiraProject->setText(s.jira.projectKey);
    m_jiraIssueType->setCurrentText(s.jira.issueType);
    m_jiraUser->setText(s.jira.user);
    QJsonObject client = builtInClient();
    for (const QString &field : s.clientDefaults.keys()) {
        const QJsonValue v = s.clientDefaults.value(field);
        if (v.isObject()) {
            QJsonObject merged = client.value(field).toObject();
            const QJsonObject part = v.toObject();
            for (auto it = part.begin(); it != part.end(); ++it)
                merged.insert(it.key(), it.value());
            client.insert(field, merged);
        } else {
            client.insert(field, v);
        }
    }
    for (auto it = m_client.begin(); it != m_client.end(); ++it)
        it.value()->setValue(jsonValueAt(client, it.key().mid(int(qstrlen("client.")))).toInt());
}

void SettingsDialog::acceptIfValid()
{
    const AppSettings s = settings();
    QString error;
    if (!s.profileForUrl(QStringLiteral("http://127.0.0.1"), &error)) {
        m_tabs->setCurrentIndex(1);
        setMessage(m_clientStatus, false, tr("These client settings do not go together: %1").arg(isolate(error)));
        return;
    }
    // Jira all empty: not used. Set in part or wrongly: said, on its tab.
    if (s.jira.isSet() || !m_jiraUser->text().trimmed().isEmpty() || !m_jiraToken->text().isEmpty()) {
        const QString problem = s.jira.problem();
        if (!problem.isEmpty()) {
            m_tabs->setCurrentWidget(m_jiraPage);
            setMessage(m_jiraStatus, false, problem);
            return;
        }
    }
    if (m_jiraToken->text().isEmpty())
        return save(s);
    // The token goes to the keychain first: the settings are saved only once it is there.
    setMessage(m_jiraStatus, true, tr("Storing the API token in the keychain…"));
    m_secrets->write(
        JiraConfig::kTokenKey, m_jiraToken->text().trimmed(), this, [this, s](bool ok, const QString &error) {
            if (!ok) {
                m_tabs->setCurrentWidget(m_jiraPage);
                setMessage(m_jiraStatus, false,
                           tr("The API token could not be stored in the keychain: %1").arg(isolate(error)));
                return;
            }
            m_jiraToken->clear();
            save(s);
        });
}

void SettingsDialog::save(const AppSettings &s)
{
    s.save();
    Q_EMIT applied(s);
    accept();
}

void SettingsDialog::setMessage(QLabel *label, bool ok, const QString &text)
{
    label->setText(text);
    label->setStyleSheet(ok ? QStringLiteral("color: #2e7d32") : QStringLiteral("color: #c62828"));
}

void SettingsDialog::reloadProfiles(const QString &select)
{
    const QString selected = select.isEmpty() ? selectedPath() : select;
    m_profiles->clear();
    for (const ProfileLibrary::Entry &e : m_library->entries()) {
        auto *item = new QListWidgetItem(e.profile ? e.name : tr("%1 — cannot be loaded").arg(isolate(e.name)));
        item->setData(kPathRole, e.path);
        item->setToolTip(e.profile ? e.profile->baseUrl.toString() : e.error);
        if (!e.profile)
            item->setForeground(QColor(0xc6, 0x28, 0x28));
        m_profiles->addItem(item);
        if (e.path == selected)
            m_profiles->setCurrentItem(item);
    }
    if (!m_profiles->currentItem() && m_profiles->count() > 0)
        m_profiles->setCurrentRow(0);
    if (m_profiles->count() == 0)
        setMessage(m_profileStatus, true, tr("No profiles yet: New… creates one."));
}

QString SettingsDialog::selectedPath() const
{
    const QListWidgetItem *item = m_profiles ? m_profiles->currentItem() : nullptr;
    return item ? item->data(kPathRole).toString() : QString();
}

void SettingsDialog::newProfile()
{
    QString error;
    openEditor(settings().newProfile(&error), QString());
}

void SettingsDialog::editSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    QString error;
    const auto profile = TargetProfile::load(path, &error);
    if (!profile) {
        setMessage(m_profileStatus, false,
                   tr("%1 cannot be edited here: %2. Fix the file in a text editor, or delete it.")
                       .arg(isolate(path), isolate(error)));
        return;
    }
    openEditor(profile, path);
}

void SettingsDialog::openEditor(const std::optional<TargetProfile> &profile, const QString &savePath)
{
    ProfileEditor editor(m_secrets, this);
    if (profile)
        editor.setProfile(*profile);
    editor.setSavePath(savePath);
    editor.setLibrary(m_library); // where a new profile (no save path) goes
    connect(&editor, &ProfileEditor::saved, this, [this](const QString &path, const TargetProfile &) {
        reloadProfiles(QFileInfo(path).absoluteFilePath()); // the library lists absolute paths
        setMessage(m_profileStatus, true, tr("Saved %1").arg(isolate(path)));
    });
    editor.exec();
}

void SettingsDialog::duplicateSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    QString error;
    const auto copy = m_library->duplicate(path, &error);
    if (!copy) {
        setMessage(m_profileStatus, false, tr("Not duplicated: %1").arg(isolate(error)));
        return;
    }
    reloadProfiles(*copy);
    setMessage(m_profileStatus, true, tr("Saved a copy as %1").arg(isolate(*copy)));
}

void SettingsDialog::deleteSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    QString error;
    const auto profile = TargetProfile::load(path, &error);
    const QString secretKey = profile && profile->usesToken() ? profile->auth.secretKey : QString();
    QMessageBox box(QMessageBox::Question, tr("Delete profile"),
                    tr("Delete the profile %1?").arg(m_profiles->currentItem()->text()),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("delete-profile"));
    QCheckBox *alsoSecret = nullptr;
    if (!secretKey.isEmpty()) {
        alsoSecret = new QCheckBox(tr("Also delete its secret \"%1\" from the keychain").arg(isolate(secretKey)));
        box.setCheckBox(alsoSecret);
    }
    if (box.exec() != QMessageBox::Yes)
        return;
    if (!m_library->remove(path, &error)) {
        setMessage(m_profileStatus, false, tr("Not deleted: %1").arg(isolate(error)));
        return;
    }
    reloadProfiles();
    setMessage(m_profileStatus, true, tr("Deleted %1").arg(isolate(path)));
    if (alsoSecret && alsoSecret->isChecked()) {
        m_secrets->remove(secretKey, this, [this, secretKey](bool ok, const QString &e) {
            setMessage(m_profileStatus, ok,
                       ok ? tr("Deleted the profile and its secret \"%1\".").arg(isolate(secretKey))
                          : tr("The profile is deleted, but its secret was not: %1").arg(e));
        });
    }
}

void SettingsDialog::useSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    QString error;
    const auto profile = TargetProfile::load(path, &error);
    if (!profile) {
        setMessage(m_profileStatus, false, tr("%1 cannot be used: %2").arg(isolate(path), isolate(error)));
        return;
    }
    Q_EMIT profileChosen(path, *profile);
    setMessage(m_profileStatus, true, tr("Now working with %1.").arg(m_profiles->currentItem()->text()));
}

void SettingsDialog::checkKeychain()
{
    // Touches the keychain only on this explicit request (a fresh keyring may ask for a password).
    m_keychainStatus->setText(tr("Checking…"));
    const QString key = QStringLiteral("fathom-keychain-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString probe = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto fail = [this](const QString &error) {
        const QString text = tr("The keychain is not usable: %1. Fathom never stores secrets in plain text, so "
                                "profiles that need a secret cannot run until a keychain works.")
                                 .arg(isolate(error));
        setMessage(m_keychainStatus, false, text);
        Q_EMIT keychainChecked(false, text);
    };
    m_secrets->write(key, probe, this, [this, key, probe, fail](bool ok, const QString &error) {
        if (!ok)
            return fail(error);
        m_secrets->read(key, this, [this, key, probe, fail](bool ok, const QString &secret, const QString &error) {
            if (!ok || secret != probe)
                return fail(ok ? tr("what was read back differs from what was stored") : error);
            m_secrets->remove(key, this, [this, fail](bool ok, const QString &error) {
                if (!ok)
                    return fail(error);
                const QString text = tr("The keychain works: a test secret was stored, read back and deleted.");
                setMessage(m_keychainStatus, true, text);
                Q_EMIT keychainChecked(true, text);
            });
        });
    });
}

} // namespace fathom
