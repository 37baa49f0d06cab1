#pragma once

#include <QString>

namespace fathom {

/// Text from outside — a server's answer, a file's field — with its control characters made
/// visible ("\x1b", "\x07", "\x9b"), so that a hostile 503 body cannot clear a terminal, set its
/// title or colour what follows. Line breaks and tabs stay; "\r\n" becomes "\n".
QString visibleControls(const QString &text);

} // namespace fathom
