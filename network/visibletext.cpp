#include "network/visibletext.h"

#include <algorithm>

namespace fathom {

namespace {

/// C0 controls but line feed and tab, DEL, and the C1 controls (ESC's 8-bit forms: CSI is U+009B).
bool isHidden(char16_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f);
}

} // namespace

QString visibleControls(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isHidden(c.unicode()); }))
        return text; // the usual case: no copy
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            continue;
        if (isHidden(c))
            out += QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'));
        else
            out += QChar(c);
    }
    return out;
}

} // namespace fathom
