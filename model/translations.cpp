#include "model/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace fathom {

namespace {

/// Qt's own strings that Debian's qtbase_he.qm lacks (its file dialogs' type column said
/// "Folder"): Fathom's translations carry them, and QCoreApplication::translate asks every
/// translator installed.
[[maybe_unused]] const char *const kQtGaps[][3] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Drive", ""),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "File", ""),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Unknown", ""),
};

struct Installed
{
    QString code;
    std::unique_ptr<QTranslator> qt;
    std::unique_ptr<QTranslator> fathom;
};

Installed &installed()
{
    static Installed i;
    return i;
}

} // namespace

QString Translations::resolve(const QString &code)
{
    if (code == QLatin1String("en") || code == QLatin1String("he"))
        return code;
    return QLocale::system().language() == QLocale::Hebrew ? QStringLiteral("he") : QStringLiteral("en");
}

QString Translations::current()
{
    return installed().code.isEmpty() ? QStringLiteral("en") : installed().code;
}

QString Translations::install(const QString &code)
{
    const QString lang = resolve(code);
    Installed &i = installed();
    if (i.code == lang)
        return lang;
    for (auto *t : { &i.qt, &i.fathom }) {
        if (*t)
            QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
    i.code = lang;
    if (lang != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            i.qt = std::move(qt);
        }
    }
    // English has a file too: the plural forms of "%n test(s)".
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/fathom_") + lang)) {
        QCoreApplication::installTranslator(own.get());
        i.fathom = std::move(own);
    }
    QLocale::setDefault(QLocale(lang == QLatin1String("he") ? QLocale::Hebrew : QLocale::English));
    return lang;
}

} // namespace fathom
