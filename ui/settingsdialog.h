#pragma once

#include "model/targetprofile.h"
#include "ui/appsettings.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace fathom {

class JiraClient;
class ProfileLibrary;
class SecretStore;

/// Settings: the profile library (new, edit, duplicate, delete, use), the keychain check,
/// client defaults with the built-in values shown beside them, language and chart refresh rate,
/// and where "Report to Jira" creates issues (the API token into the keychain).
/// OK saves to QSettings and emits applied(); Cancel changes nothing.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(ProfileLibrary *library, SecretStore *secrets, QWidget *parent = nullptr);

    /// The settings as shown in the dialog (also while unsaved).
    AppSettings settings() const;
    void setSettings(const AppSettings &settings);

    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *profileList() const { return m_profiles; }
    /// The client-default field for a profile field name ("client.pool_size").
    QSpinBox *clientField(const QString &field) const { return m_client.value(field); }
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *refreshBox() const { return m_refresh; }
    QLineEdit *jiraUrlField() const { return m_jiraUrl; }
    QLineEdit *jiraProjectField() const { return m_jiraProject; }
    QLineEdit *jiraUserField() const { return m_jiraUser; }
    /// Written to the keychain on OK when not empty; never shown, never saved in the settings.
    QLineEdit *jiraTokenField() const { return m_jiraToken; }
    QLabel *jiraStatus() const { return m_jiraStatus; }
    /// Checks the Jira settings as shown (with the token typed, else the one stored): who the
    /// token belongs to, and that the project takes the issue type. jiraChecked() tells.
    void checkJira();

public Q_SLOTS:
    /// Lists the library again, selecting `select` (a path), else keeping the selection.
    void reloadProfiles(const QString &select = {});
    void newProfile();
    void editSelected();
    /// The profile editor, modal: `profile` (else the defaults) saved to `savePath` (else, as a
    /// new profile, into the library); the list then selects what was saved.
    void openEditor(const std::optional<TargetProfile> &profile, const QString &savePath);
    void duplicateSelected();
    /// Asks first; also offers to remove the profile's secret from the keychain.
    void deleteSelected();
    void useSelected();
    /// Writes, reads back and deletes a throw-away entry, and says what happened.
    void checkKeychain();

Q_SIGNALS:
    void applied(const fathom::AppSettings &settings);
    /// The user chose a profile to work with.
    void profileChosen(const QString &path, const fathom::TargetProfile &profile);
    void keychainChecked(bool ok, const QString &message);
    void jiraChecked(bool ok, const QString &message);

private:
    QWidget *profilesPage();
    QWidget *clientPage();
    QWidget *displayPage();
    QWidget *jiraPage();
    void save(const AppSettings &s);
    QString selectedPath() const;
    void setMessage(QLabel *label, bool ok, const QString &text);
    void acceptIfValid();

    ProfileLibrary *m_library;
    SecretStore *m_secrets;
    QTabWidget *m_tabs;
    QListWidget *m_profiles;
    QLabel *m_profileStatus;
    QLabel *m_keychainStatus;
    QHash<QString, QSpinBox *> m_client;
    QLabel *m_clientStatus;
    QComboBox *m_language;
    QSpinBox *m_refresh;
    QWidget *m_jiraPage;
    QLineEdit *m_jiraUrl;
    QLineEdit *m_jiraProject;
    QComboBox *m_jiraIssueType;
    QLineEdit *m_jiraUser;
    QLineEdit *m_jiraToken;
    QLabel *m_jiraStatus;
    QPushButton *m_jiraCheck;
    JiraClient *m_jira = nullptr;
};

} // namespace fathom
