#pragma once

#include <QStringList>

namespace fathom {

/// `fathom --demo`: starts the simulator inside this process with a known capacity and runs
/// capacity discovery against it, on the terminal. Returns the exit code.
int runDemoCommand(const QStringList &arguments);

} // namespace fathom
