#pragma once

#include <QString>

namespace fathom {

/// Text from outside the translation — a test name, a rule label, a path, a URL, an English
/// error — set inside a translated sentence. In a right-to-left language it is wrapped in
/// Unicode first-strong isolates (U+2068 … U+2069) so that it keeps its own direction and does
/// not reorder the Hebrew around it; in English it comes back unchanged.
QString isolate(const QString &text);

} // namespace fathom
