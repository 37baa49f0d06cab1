#pragma once

#include <QString>

namespace fathom {

/// Installs the translators of a language: Fathom's (":/i18n/fathom_<code>.qm", English too,
/// for its plural forms) and Qt's own, and makes QLocale's default match. For the command line
/// and, through Language, the window. Can be called again; the previous translators go.
class Translations
{
public:
    /// `code` "en", "he", or empty for the system's language. Returns the language installed.
    static QString install(const QString &code);
    /// The language `code` stands for ("" → the system's, when Fathom has it; else "en").
    static QString resolve(const QString &code);
    static QString current();
};

} // namespace fathom
