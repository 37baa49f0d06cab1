#pragma once

#include <QStringList>

namespace fathom {

/// `fathom probe`: one probe on demand, recorded in the run history.
int runProbeCommand(const QStringList &arguments);

} // namespace fathom
