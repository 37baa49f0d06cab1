#pragma once

#include <QString>

namespace fathom {

/// Loads the user interface language: Qt's own translations (standard dialogs and buttons) and
/// Fathom's, and the layout direction that goes with it (right to left for Hebrew). Can be called
/// again at run time; open windows then receive QEvent::LanguageChange.
class Language
{
public:
    /// `code` "en", "he", or empty for the system's language. Returns the language applied.
    static QString apply(const QString &code);
    /// The language `code` stands for ("" → the system's, when Fathom has it; else "en").
    static QString resolve(const QString &code);
    static QString current();
    /// The language given on the command line (--lang): it wins over the saved setting.
    static void setOverride(const QString &code);
};

} // namespace fathom
