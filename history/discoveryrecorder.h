#pragma once

#include "discovery/discoveryresult.h"
#include "model/targetprofile.h"

#include <QJsonObject>

namespace fathom {

class RunStore;

/// Records one discovery in the run history as it goes — begun with its target and settings, a
/// row per step, ended with its status and its result (whose JSON then carries "run_id") — for
/// `fathom discover` and the Discovery tab alike. When the history cannot take it, the run goes
/// on unrecorded and the recorder says why; each step that could not be stored is counted.
class DiscoveryRecorder
{
public:
    /// Begins the run in `store`; with no store nothing is recorded (and error() says nothing).
    DiscoveryRecorder(RunStore *store, const TargetProfile &profile, const DiscoveryConfig &config);

    /// The run's id in the history; 0 when it is not recorded.
    qint64 runId() const { return m_runId; }
    /// Why the run, a step or its end was not recorded (the last such reason); empty when all was.
    const QString &error() const { return m_error; }

    /// Stores a finished level; false (error() set) when it could not be.
    bool addStep(const StepResult &step);
    int steps() const { return m_steps; }
    int stepsNotStored() const { return m_stepsNotStored; }

    /// Ends the run: cancelled or finished, with the result. Returns the result's JSON, with its
    /// "run_id" when recorded; `stored` (if given) tells whether the end was recorded.
    QJsonObject finish(const DiscoveryResult &result, bool *stored = nullptr);

private:
    RunStore *m_store;
    qint64 m_runId = 0;
    QString m_error;
    int m_steps = 0;
    int m_stepsNotStored = 0;
};

} // namespace fathom
