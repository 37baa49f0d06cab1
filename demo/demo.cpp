#include "demo/demo.h"

#include "sim/inprocesssimulator.h"

#include <QCoreApplication>

namespace fathom {

Demo::Demo() = default;
Demo::~Demo() = default;

bool Demo::start(int capacity, QString *error)
{
    if (capacity < 1 || capacity > kMaxCapacity) {
        *error = QCoreApplication::translate("fathom::Demo", "the capacity must be from 1 to %1, not %2")
                     .arg(kMaxCapacity)
                     .arg(capacity);
        return false;
    }
    sim::SimConfig config;
    config.capacity = capacity;
    // A server's own time varies: the demo's jobs are not all alike either.
    config.latency = *sim::LatencySpec::parse(QStringLiteral("lognormal:20:0.5"), nullptr);
    auto simulator = std::make_unique<sim::InProcessSimulator>();
    if (!simulator->start(config, error))
        return false;
    m_simulator = std::move(simulator);
    m_capacity = capacity;
    return true;
}

TargetProfile Demo::profile() const
{
    TargetProfile p;
    p.name = QCoreApplication::translate("fathom::Demo", "demo (built-in simulator, capacity %1)").arg(m_capacity);
    if (m_simulator)
        p.baseUrl = m_simulator->url();
    p.job.path = QStringLiteral("/jobs?hold_ms=%1").arg(kJobMs);
    p.client.retry.maxRetries = 0;
    return p;
}

DiscoveryConfig Demo::config() const
{
    DiscoveryConfig c;
    c.cooldownMs = 200;
    c.maxLevel = std::max(64, m_capacity * 4);
    return c;
}

} // namespace fathom
