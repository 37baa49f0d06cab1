#include "diagnosis/bidi.h"

#include <QLocale>

namespace fathom {

QString isolate(const QString &text)
{
    // The language installed sets the default locale (Translations::install): its direction is
    // the sentence's.
    if (text.isEmpty() || QLocale().textDirection() != Qt::RightToLeft)
        return text;
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace fathom
