#pragma once

#include "diagnosis/diagnosis.h"
#include "model/probe.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace fathom {

class ProbeRunner;
class RunStore;
class TokenProvider;

/// Runs the probes a diagnosis said were missing, one after another, against the tested
/// server, and stores each in the run history: one code path for `fathom diagnose --measure`
/// and the Diagnosis tab's "Measure what is missing". A capacity discovery is not a probe:
/// its caller runs it (the discover command, the Discovery tab).
class ProbeSeries : public QObject
{
    Q_OBJECT
public:
    /// `tokens` is shared with the probes; `store` is not owned, must outlive the series and may be null.
    ProbeSeries(TargetProfile profile, std::shared_ptr<TokenProvider> tokens, RunStore *store,
                QList<MissingMeasurement> probes, QObject *parent = nullptr);
    ~ProbeSeries() override;

    /// The probes run in `runner`'s thread (the window's) instead of this one (the command
    /// line's), which then needs no `tokens`: the runner has its own. Not owned; set before start().
    void setRunner(ProbeRunner *runner);

    /// The probes among `missing` (a discovery is left to its own runner).
    static QList<MissingMeasurement> probesOf(const QList<MissingMeasurement> &missing);

    void start();
    /// Stops the probe running and runs no more; finished() follows.
    void cancel();

Q_SIGNALS:
    void probeStarted(int index, int count, const fathom::MissingMeasurement &probe);
    void probeFinished(const fathom::ProbeResult &result, qint64 runId);
    /// The stored runs (ids, in order); `cancelled` when cancel() cut it short.
    void finished(const QList<qint64> &runIds, bool cancelled);

private:
    void next();
    void took(const ProbeResult &result);

    TargetProfile m_profile;
    std::shared_ptr<TokenProvider> m_tokens;
    RunStore *m_store;
    QList<MissingMeasurement> m_probes;
    int m_index = -1;
    bool m_cancelled = false;
    std::unique_ptr<Probe> m_probe; ///< without a runner
    QPointer<ProbeRunner> m_runner;
    quint64 m_running = 0; ///< the runner's id of the probe running, 0 when none
    QList<qint64> m_runIds;
};

} // namespace fathom
