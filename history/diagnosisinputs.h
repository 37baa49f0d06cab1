#pragma once

#include "diagnosis/diagnosis.h"
#include "history/runstore.h"
#include "model/targetprofile.h"

namespace fathom {

/// A stored run as a diagnosis reads it.
Measurement measurementOf(const StoredRun &run);
/// A profile's client settings as a diagnosis shows them.
ClientProfile clientProfileOf(const TargetProfile &profile);
/// The inputs of a diagnosis: the profile (if any), the stored runs chosen, and the issues the
/// history's signatures were reported as (`store`, if given).
DiagnosisInputs diagnosisInputs(const std::optional<TargetProfile> &profile, const QList<StoredRun> &runs,
                                const RunStore *store = nullptr);

} // namespace fathom
