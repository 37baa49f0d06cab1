#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace fathom {

/// The value at a dotted path of nested objects ("client.retry.max_retries"); undefined when absent.
QJsonValue jsonValueAt(const QJsonObject &object, const QString &path);
/// Sets the value at a dotted path, creating the objects on the way.
void setJsonValueAt(QJsonObject &object, const QString &path, const QJsonValue &value);

} // namespace fathom
