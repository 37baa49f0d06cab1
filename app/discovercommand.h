#pragma once

#include "discovery/discoveryresult.h"
#include "model/targetprofile.h"

#include <QStringList>

namespace fathom {

/// `fathom discover`: capacity discovery against a target, stored in the run history.
int runDiscoverCommand(const QStringList &arguments);

/// Runs discovery on the terminal: progress, step table, verdict; records it in the run
/// history (its id in `recordedRunId`); writes `jsonPath` when not empty. The verdict goes to
/// stdout, or to stderr where stdout is another command's (diagnose --measure). Returns the
/// exit code. Shared with --demo and diagnose --measure.
int discoverOnTerminal(const TargetProfile &profile, const DiscoveryConfig &config, const QString &jsonPath,
                       qint64 *recordedRunId = nullptr, bool verdictOnStdout = true);

} // namespace fathom
