#pragma once

#include "network/engineconfig.h"
#include "network/latencyhistogram.h"
#include "network/metricssnapshot.h"

#include <QJsonObject>
#include <QObject>

namespace fathom {

class HttpEngine;

/// What a burst of requests came to.
struct BurstSummary
{
    int requested = 0;
    int finished = 0;
    bool cancelled = false;
    OutcomeCounts outcomes {}; ///< final class of each request
    int retries = 0; ///< attempts beyond the first, over all requests
    int transportResends = 0; ///< requests Qt wrote again after a dropped connection
    LatencyHistogram total; ///< submit → final answer, per request
    LatencyHistogram queueWait; ///< per attempt that reached a lane
    qint64 wallUs = 0;
    QJsonObject serverStats; ///< the simulator's /stats after the burst, when known

    QJsonObject toJson() const;
};

/// Fires `count` copies of a request at once through the engine and sums up how they ended.
class BurstRun : public QObject
{
    Q_OBJECT
public:
    BurstRun(HttpEngine *engine, HttpRequestSpec spec, int count, QObject *parent = nullptr);

    void start();
    void cancel();
    const BurstSummary &summary() const { return m_summary; }

Q_SIGNALS:
    void finished(const fathom::BurstSummary &summary);

private:
    void onDone(const RequestOutcome &outcome);

    HttpEngine *m_engine;
    HttpRequestSpec m_spec;
    QList<quint64> m_ids;
    BurstSummary m_summary;
    qint64 m_startUs = 0;
};

} // namespace fathom
