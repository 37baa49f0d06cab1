#include "history/discoveryrecorder.h"

#include "history/runstore.h"

namespace fathom {

DiscoveryRecorder::DiscoveryRecorder(RunStore *store, const TargetProfile &profile, const DiscoveryConfig &config)
    : m_store(store)
{
    if (m_store)
        m_runId = m_store->beginRun(RunKind::Discovery, profile.name, profile.baseUrl.toString(), profile.toJson(),
                                    config.toJson(), &m_error);
}

bool DiscoveryRecorder::addStep(const StepResult &step)
{
    ++m_steps;
    if (!m_runId)
        return false;
    if (m_store->addStep(m_runId, step, &m_error))
        return true;
    ++m_stepsNotStored;
    return false;
}

QJsonObject DiscoveryRecorder::finish(const DiscoveryResult &result, bool *stored)
{
    QJsonObject json = result.toJson();
    bool finished = false;
    if (m_runId) {
        json.insert(QStringLiteral("run_id"), double(m_runId));
        const RunStatus status
            = result.stopReason == StopReason::Cancelled ? RunStatus::Cancelled : RunStatus::Finished;
        finished = m_store->finishRun(m_runId, status, result.measuredCapacity().value_or(-1),
                                      stopReasonId(result.stopReason), json, &m_error);
    }
    if (stored)
        *stored = finished;
    return json;
}

} // namespace fathom
