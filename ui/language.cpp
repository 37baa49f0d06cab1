#include "ui/language.h"

#include "model/translations.h"

#include <QApplication>

namespace fathom {

namespace {
QString & override()
{
    static QString code;
    return code;
}
} // namespace

void Language::setOverride(const QString &code)
{
    override() = code;
}

QString Language::apply(const QString &code)
{
    const QString lang = Translations::install(override().isEmpty() ? code : override());
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        QApplication::setLayoutDirection(lang == QLatin1String("he") ? Qt::RightToLeft : Qt::LeftToRight);
    return lang;
}

} // namespace fathom
