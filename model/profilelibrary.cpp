#include "model/profilelibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace fathom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fathom::ProfileLibrary", text);
}

} // namespace

ProfileLibrary::ProfileLibrary(QString folder)
    : m_folder(std::move(folder))
{
}

QString ProfileLibrary::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles");
}

QList<ProfileLibrary::Entry> ProfileLibrary::entries() const
{
    QList<Entry> list;
    const QFileInfoList files = QDir(m_folder).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        Entry e;
        e.path = file.absoluteFilePath();
        e.profile = TargetProfile::load(e.path, &e.error);
        e.name = e.profile && !e.profile->name.isEmpty() ? e.profile->name : file.completeBaseName();
        list.append(e);
    }
    std::sort(list.begin(), list.end(),
              [](const Entry &a, const Entry &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    return list;
}

QString ProfileLibrary::pathFor(const QString &name) const
{
    // Letters of any script (Hebrew names stay readable), digits, '-' and '_'; each run of
    // anything else (separators, dots) becomes one '_'.
    static const QRegularExpression unsafe(QStringLiteral("[^\\w\\-]+"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    QString base = name.trimmed();
    base.replace(unsafe, QStringLiteral("_"));
    base = base.left(80);
    if (base.isEmpty())
        base = QStringLiteral("profile");
    QString path = m_folder + QLatin1Char('/') + base + QStringLiteral(".json");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = m_folder + QLatin1Char('/') + base + QStringLiteral("-%1.json").arg(n);
    return path;
}

bool ProfileLibrary::write(const TargetProfile &profile, const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    QSaveFile f(path);
    const QByteArray bytes = QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

std::optional<QString> ProfileLibrary::duplicate(const QString &path, QString *error) const
{
    auto profile = TargetProfile::load(path, error);
    if (!profile)
        return std::nullopt;
    const QString base = profile->name.isEmpty() ? QFileInfo(path).completeBaseName() : profile->name;
    QStringList taken;
    for (const Entry &e : entries())
        taken << e.name;
    profile->name = tr("%1 (copy)").arg(base);
    for (int n = 2; taken.contains(profile->name); ++n)
        profile->name = tr("%1 (copy %2)").arg(base).arg(n);
    const QString target = pathFor(profile->name);
    if (!write(*profile, target, error))
        return std::nullopt;
    return target;
}

bool ProfileLibrary::remove(const QString &path, QString *error) const
{
    QFile f(path);
    if (!f.remove()) {
        if (error)
            *error = tr("cannot delete %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace fathom
