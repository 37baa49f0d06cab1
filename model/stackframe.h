#pragma once

#include <QStringView>

namespace fathom {

/// Whether a line of a failure's text is a stack frame, which names code rather than what
/// happened: Java's and JavaScript's "    at pkg.Class.method(File.java:12)" / "    at fn
/// (/app/node_modules/axios/lib/adapters/http.js:599:11)", PHPUnit's "/path/File.php:63".
bool isStackFrame(QStringView line);

} // namespace fathom
