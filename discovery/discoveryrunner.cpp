#include "discovery/discoveryrunner.h"

#include "discovery/capacitydiscovery.h"
#include "model/runthread.h"
#include "network/httpengine.h"
#include "network/secretstore.h"
#include "network/tokenprovider.h"

namespace fathom {

DiscoveryRunner::DiscoveryRunner(TargetProfile profile, DiscoveryConfig config, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_config(config)
    , m_thread(std::make_unique<RunThread>(QStringLiteral("fathom-run")))
    , m_anchor(new QObject)
{
    qRegisterMetaType<StepResult>();
    qRegisterMetaType<DiscoveryResult>();
    qRegisterMetaType<MetricsSnapshot>();
    if (secrets)
        m_secrets = std::make_unique<ForwardingSecretStore>(secrets, this);
    m_anchor->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_anchor, &QObject::deleteLater);
    connect(this, &DiscoveryRunner::finished, this, [this](const DiscoveryResult &result) {
        m_result = result;
        m_running = false;
    });
}

DiscoveryRunner::~DiscoveryRunner()
{
    // After wait() nothing in the run thread can touch this object any more.
    m_thread->quit();
    m_thread->wait();
}

void DiscoveryRunner::start()
{
    if (m_running || m_thread->isRunning())
        return;
    m_running = true;
    m_thread->start();
    QMetaObject::invokeMethod(m_anchor, [this, anchor = m_anchor] {
        // In the run thread from here on.
        TokenProvider *tokens = nullptr;
        auto *run = new CapacityDiscovery(m_profile, m_config, nullptr, anchor);
        if (m_profile.usesToken() && m_secrets) // the provider outlives the engines: its parent is the run
            tokens = new TokenProvider(m_profile.tokenConfig(), m_secrets.get(), Clock::system(), run);
        if (tokens)
            run->setTokenProvider(tokens);
        auto follow = [this](HttpEngine *engine) {
            Q_EMIT segmentStarted();
            connect(engine->metrics(), &MetricsAggregator::published, this, &DiscoveryRunner::snapshot);
        };
        connect(run, &CapacityDiscovery::engineChanged, anchor, follow);
        connect(run, &CapacityDiscovery::warmUpProgress, this, &DiscoveryRunner::warmUpProgress);
        connect(run, &CapacityDiscovery::attemptStarted, this, &DiscoveryRunner::attemptStarted);
        connect(run, &CapacityDiscovery::rateTrialStarted, this, &DiscoveryRunner::rateTrialStarted);
        connect(run, &CapacityDiscovery::stepFinished, this, &DiscoveryRunner::stepFinished);
        connect(run, &CapacityDiscovery::paused, this, &DiscoveryRunner::paused);
        connect(run, &CapacityDiscovery::resumed, this, &DiscoveryRunner::resumed);
        // The last counts, so the charts end where the run ended (before finished(): same order).
        connect(run, &CapacityDiscovery::finished, anchor, [this, run] {
            if (run->engine())
                Q_EMIT snapshot(run->engine()->metrics()->snapshot());
        });
        connect(run, &CapacityDiscovery::finished, this, &DiscoveryRunner::finished);
        run->start();
        if (run->engine())
            follow(run->engine());
    });
}

void DiscoveryRunner::cancel()
{
    QMetaObject::invokeMethod(m_anchor, [anchor = m_anchor] {
        if (auto *run = anchor->findChild<CapacityDiscovery *>(QString(), Qt::FindDirectChildrenOnly))
            run->cancel();
    });
}

} // namespace fathom
