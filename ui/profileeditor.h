#pragma once

#include "model/targetprofile.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QTabWidget;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fathom {

class ProfileLibrary;
class SecretStore;

/// Creates and edits a target profile. Every edit is checked at once with the same validator
/// as profile files: the field at fault is marked and the profile cannot be saved until it is
/// right. A secret typed here goes to the keychain only, under the profile's secret key.
class ProfileEditor : public QDialog
{
    Q_OBJECT
public:
    ProfileEditor(SecretStore *secrets, QWidget *parent = nullptr);

    void setProfile(const TargetProfile &profile);
    /// The profile as edited; nullopt while invalid (see error()).
    std::optional<TargetProfile> profile() const;
    QString error() const { return m_error; }
    /// The widget for a profile field ("cleanup.path"), for tests and marking.
    QWidget *fieldWidget(const QString &field) const { return m_fields.value(field); }
    bool canSave() const;
    /// Save writes to `path` without asking (editing a file of the profile library).
    void setSavePath(const QString &path) { m_savePath = path; }
    /// New profiles are saved into `library` under a name made from the profile's name.
    void setLibrary(ProfileLibrary *library) { m_library = library; }
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    void validate();
    /// Saves to `path` (asks when empty); stores a typed secret in the keychain first.
    void save(const QString &path = {});

Q_SIGNALS:
    void saved(const QString &path, const fathom::TargetProfile &profile);

private:
    QJsonObject toJson() const;
    QLineEdit *text(const QString &field, const QString &tip);
    QSpinBox *number(const QString &field, int min, int max, const QString &tip);
    /// `edit` with a button beside it that chooses a file.
    QWidget *withBrowse(QLineEdit *edit);
    /// Writes what was typed into `typed` to the keychain under `key` (nothing when empty).
    bool storeSecret(const QString &key, QLineEdit *typed);

    SecretStore *m_secrets;
    ProfileLibrary *m_library = nullptr;
    QString m_savePath;
    QHash<QString, QWidget *> m_fields;
    QCheckBox *m_cleanup;
    QComboBox *m_auth;
    QTabWidget *m_tabs;
    QLineEdit *m_secret;
    QCheckBox *m_verifyPeer;
    QLabel *m_verifyWarning;
    QLineEdit *m_passphrase;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QString m_error;
    std::optional<TargetProfile> m_profile;
    QJsonObject m_base; ///< fields the form does not show are kept as they were
};

} // namespace fathom
