#include "ui/language.h"

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace fathom {

namespace {

struct Loaded
{
    QString code;
    std::unique_ptr<QTranslator> qt;
    std::unique_ptr<QTranslator> fathom;
};

Loaded &loaded()
{
    static Loaded l;
    return l;
}

} // namespace

QString Language::resolve(const QString &code)
{
    if (code == QLatin1String("en") || code == QLatin1String("he"))
        return code;
    return QLocale::system().language() == QLocale::Hebrew ? QStringLiteral("he") : QStringLiteral("en");
}

QString Language::current()
{
    return loaded().code.isEmpty() ? QStringLiteral("en") : loaded().code;
}

QString Language::apply(const QString &code)
{
    const QString lang = resolve(code);
    Loaded &l = loaded();
    if (l.code == lang)
        return lang;
    for (auto *t : { &l.qt, &l.fathom }) {
        if (*t)
            QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
    l.code = lang;
    if (lang != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            l.qt = std::move(qt);
        }
        auto own = std::make_unique<QTranslator>();
        if (own->load(QStringLiteral(":/i18n/fathom_") + lang)) {
            QCoreApplication::installTranslator(own.get());
            l.fathom = std::move(own);
        }
    }
    QLocale::setDefault(QLocale(lang == QLatin1String("he") ? QLocale::Hebrew : QLocale::English));
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        QApplication::setLayoutDirection(lang == QLatin1String("he") ? Qt::RightToLeft : Qt::LeftToRight);
    return lang;
}

} // namespace fathom
