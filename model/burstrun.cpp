#include "model/burstrun.h"

#include "network/httpengine.h"

#include <QJsonArray>

namespace fathom {

namespace {
QJsonObject histogramJson(const LatencyHistogram &h)
{
    return {
        { QStringLiteral("count"), double(h.count()) },
        { QStringLiteral("p50_ms"), h.quantileUs(0.5) / 1000.0 },
        { QStringLiteral("p90_ms"), h.quantileUs(0.9) / 1000.0 },
        { QStringLiteral("p99_ms"), h.quantileUs(0.99) / 1000.0 },
        { QStringLiteral("max_ms"), h.maxUs() / 1000.0 },
    };
}
} // namespace

QJsonObject BurstSummary::toJson() const
{
    QJsonObject outcomesJson;
    for (OutcomeClass c : allOutcomeClasses()) {
        if (outcomes[size_t(c)])
            outcomesJson.insert(outcomeId(c), double(outcomes[size_t(c)]));
    }
    QJsonObject o {
        { QStringLiteral("requested"), requested },
        { QStringLiteral("finished"), finished },
        { QStringLiteral("cancelled"), cancelled },
        { QStringLiteral("outcomes"), outcomesJson },
        { QStringLiteral("retries"), retries },
        { QStringLiteral("transport_resends"), transportResends },
        { QStringLiteral("total"), histogramJson(total) },
        { QStringLiteral("queue_wait"), histogramJson(queueWait) },
        { QStringLiteral("wall_ms"), wallUs / 1000.0 },
    };
    if (!serverStats.isEmpty())
        o.insert(QStringLiteral("server"), serverStats);
    return o;
}

BurstRun::BurstRun(HttpEngine *engine, HttpRequestSpec spec, int count, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_spec(std::move(spec))
{
    m_summary.requested = count;
}

void BurstRun::start()
{
    m_startUs = Clock::system()->nowUs();
    for (int i = 0; i < m_summary.requested; ++i)
        m_ids.append(m_engine->submit(m_spec, [this](const RequestOutcome &o) { onDone(o); }));
}

void BurstRun::cancel()
{
    m_summary.cancelled = true;
    for (quint64 id : std::as_const(m_ids))
        m_engine->cancel(id);
}

void BurstRun::onDone(const RequestOutcome &o)
{
    ++m_summary.finished;
    ++m_summary.outcomes[size_t(o.outcome)];
    m_summary.retries += o.retries();
    m_summary.total.record(o.finishedUs - o.startedUs);
    for (const AttemptRecord &a : o.attempts) {
        if (a.timing.dispatchedUs)
            m_summary.queueWait.record(a.timing.queueWaitUs());
        m_summary.transportResends += a.transportResends;
    }
    if (m_summary.finished == m_summary.requested) {
        m_summary.wallUs = Clock::system()->nowUs() - m_startUs;
        Q_EMIT finished(m_summary);
    }
}

} // namespace fathom
