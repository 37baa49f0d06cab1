#include "diagnosis/stackframe.h"

#include <QRegularExpression>

namespace fathom {

bool isStackFrame(QStringView line)
{
    if (line.isEmpty() || !(line.front().isSpace() || line.front() == QLatin1Char('/')))
        return false; // most lines: no regex needed
    static const QRegularExpression frame(QStringLiteral(R"(^\s+at \S.*(?:\(.*\)|:\d+:\d+)$|^/\S+\.php:\d+$)"));
    return frame.match(line).hasMatch();
}

bool isTestLocation(QStringView line)
{
    return line.startsWith(QLatin1String("(from function ")) || line.startsWith(QLatin1String("(in test file "))
        || line.startsWith(QLatin1String(" in test file ")) || line.startsWith(QLatin1String("  `@test "));
}

} // namespace fathom
