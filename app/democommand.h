#pragma once

#include <QStringList>

namespace fathom {

/// `fathom demo`: starts the built-in simulator, fires a burst of jobs through the engine and
/// prints what became of them. Returns the process exit code.
int runDemoCommand(const QStringList &arguments);

} // namespace fathom
