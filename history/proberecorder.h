#pragma once

#include "model/probe.h"

namespace fathom {

class RunStore;
/// Stores a finished probe in the run history ("finished", "failed" when its verdict failed,
/// "cancelled" when it was stopped); the run's id, 0 with `error` set when it could not be stored.
qint64 recordProbe(RunStore *store, const TargetProfile &profile, const ProbeResult &result, QString *error);

} // namespace fathom
