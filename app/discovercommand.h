#pragma once

#include "model/discoveryresult.h"
#include "model/targetprofile.h"

#include <QStringList>

namespace fathom {

/// `fathom discover`: capacity discovery against a target, stored in the run history.
int runDiscoverCommand(const QStringList &arguments);

/// Runs discovery on the terminal: progress, step table, verdict; records it in the run
/// history; writes `jsonPath` when not empty. Returns the exit code. Shared with --demo.
int discoverOnTerminal(const TargetProfile &profile, const DiscoveryConfig &config, const QString &jsonPath);

} // namespace fathom
