#pragma once

#include "model/targetprofile.h"

#include <QList>
#include <QString>

#include <optional>

namespace fathom {

/// The user's target profiles: one JSON file each in a folder (by default
/// <AppDataLocation>/profiles). Files are written atomically (QSaveFile); a damaged file is
/// listed with its error, never dropped silently, and never overwritten by a listing.
class ProfileLibrary
{
public:
    struct Entry
    {
        QString path;
        QString name; ///< the profile's name, or the file's base name when it has none
        std::optional<TargetProfile> profile; ///< nullopt when the file does not load
        QString error; ///< why it does not load
    };

    explicit ProfileLibrary(QString folder = defaultFolder());
    static QString defaultFolder();

    QString folder() const { return m_folder; }
    /// Every *.json in the folder, sorted by name (case-insensitive).
    QList<Entry> entries() const;
    /// A free file path for a profile called `name` (its characters made file-safe).
    QString pathFor(const QString &name) const;
    /// Writes `profile` to `path` atomically.
    static bool write(const TargetProfile &profile, const QString &path, QString *error);
    /// Saves a copy named "<name> (copy)" (or "(copy 2)", ...); returns its path.
    std::optional<QString> duplicate(const QString &path, QString *error) const;
    bool remove(const QString &path, QString *error) const;

private:
    QString m_folder;
};

} // namespace fathom
