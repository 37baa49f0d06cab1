#pragma once

#include <QStringView>

namespace fathom {

/// Whether a line of a failure's text is a stack frame, which names code rather than what
/// happened: Java's and JavaScript's "    at pkg.Class.method(File.java:12)" / "    at fn
/// (/app/node_modules/axios/lib/adapters/http.js:599:11)", PHPUnit's "/path/File.php:63".
bool isStackFrame(QStringView line);
/// Whether a line is a runner's note of where a test failed, quoting its source: bats'
/// "(from function `call' in file x.bats, line 5," / " in test file x.bats, line 10)" /
/// "  `@test "name" { … }' failed with status 22". Names and code, not what happened.
bool isTestLocation(QStringView line);

} // namespace fathom
