#include "history/probeseries.h"

#include "history/proberecorder.h"
#include "history/runstore.h"
#include "model/proberunner.h"

namespace fathom {

ProbeSeries::ProbeSeries(TargetProfile profile, std::shared_ptr<TokenProvider> tokens, RunStore *store,
                         QList<MissingMeasurement> probes, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_tokens(std::move(tokens))
    , m_store(store)
    , m_probes(probesOf(probes))
{
}

ProbeSeries::~ProbeSeries()
{
    if (m_runner && m_running)
        m_runner->cancel(m_running); // nobody waits for it any more
}

void ProbeSeries::setRunner(ProbeRunner *runner)
{
    m_runner = runner;
    connect(runner, &ProbeRunner::finished, this, [this](quint64 id, const ProbeResult &result) {
        if (id != 0 && id == m_running) {
            m_running = 0;
            took(result);
        }
    });
}

QList<MissingMeasurement> ProbeSeries::probesOf(const QList<MissingMeasurement> &missing)
{
    QList<MissingMeasurement> probes;
    for (const MissingMeasurement &m : missing)
        if (probeKindFromId(m.kind))
            probes << m;
    return probes;
}

void ProbeSeries::start()
{
    m_index = -1;
    m_runIds.clear();
    m_cancelled = false;
    next();
}

void ProbeSeries::cancel()
{
    m_cancelled = true;
    if (m_running && m_runner)
        m_runner->cancel(m_running); // its result ends the series
    else if (m_probe)
        m_probe->cancel(); // its finished() ends the series
}

void ProbeSeries::next()
{
    if (m_cancelled || ++m_index >= m_probes.size()) {
        Q_EMIT finished(m_runIds, m_cancelled);
        return;
    }
    const MissingMeasurement &m = m_probes.at(m_index);
    ProbeOptions options;
    if (m.requests > 0)
        options.poolRequests = std::min(m.requests, 10'000);
    if (m.pool > 0)
        options.poolSize = m.pool;
    Q_EMIT probeStarted(m_index, int(m_probes.size()), m);
    const ProbeKind kind = *probeKindFromId(m.kind);
    if (m_runner) {
        m_running = m_runner->run(m_profile, kind, options);
        return;
    }
    // The previous probe is released here, never from inside its own signal.
    if (m_probe)
        m_probe.release()->deleteLater();
    m_probe = std::make_unique<Probe>(m_profile, m_tokens);
    connect(m_probe.get(), &Probe::finished, this, &ProbeSeries::took);
    m_probe->run(kind, options);
}

void ProbeSeries::took(const ProbeResult &r)
{
    qint64 id = 0;
    if (m_store && !m_cancelled) { // a probe cut short measured nothing
        QString error;
        id = recordProbe(m_store, m_profile, r, &error);
        if (id)
            m_runIds << id;
    }
    Q_EMIT probeFinished(r, id);
    // The next probe starts from the event loop, after this one has returned.
    QMetaObject::invokeMethod(this, &ProbeSeries::next, Qt::QueuedConnection);
}

} // namespace fathom
