#pragma once

#include <QString>

namespace fathom {

/// The window's language: Translations::install (Qt's and Fathom's translators) plus the layout
/// direction that goes with it (right to left for Hebrew). Can be called again at run time; open
/// windows then receive QEvent::LanguageChange.
class Language
{
public:
    /// `code` "en", "he", or empty for the system's language. Returns the language applied.
    static QString apply(const QString &code);
    /// The language given on the command line (--lang): it wins over the saved setting.
    static void setOverride(const QString &code);
};

} // namespace fathom
