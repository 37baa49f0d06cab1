#include "model/stackframe.h"

#include <QRegularExpression>

namespace fathom {

bool isStackFrame(QStringView line)
{
    static const QRegularExpression frame(QStringLiteral(R"(^\s+at \S.*(?:\(.*\)|:\d+:\d+)$|^/\S+\.php:\d+$)"));
    return frame.match(line).hasMatch();
}

} // namespace fathom
