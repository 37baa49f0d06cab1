#include "model/bidi.h"

#include "model/translations.h"

namespace fathom {

QString isolate(const QString &text)
{
    if (text.isEmpty() || Translations::current() != QLatin1String("he"))
        return text;
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace fathom
