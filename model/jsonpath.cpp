#include "model/jsonpath.h"

#include <QStringList>

namespace fathom {

QJsonValue jsonValueAt(const QJsonObject &object, const QString &path)
{
    QJsonValue v = object;
    for (const QString &part : path.split(QLatin1Char('.')))
        v = v.toObject().value(part);
    return v;
}

namespace {

void setAt(QJsonObject &o, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        o.insert(path.first(), value);
        return;
    }
    QJsonObject child = o.value(path.first()).toObject();
    setAt(child, path.mid(1), value);
    o.insert(path.first(), child);
}

} // namespace

void setJsonValueAt(QJsonObject &object, const QString &path, const QJsonValue &value)
{
    setAt(object, path.split(QLatin1Char('.')), value);
}

} // namespace fathom
