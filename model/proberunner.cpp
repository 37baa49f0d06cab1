#include "model/proberunner.h"

#include "model/runthread.h"
#include "network/secretstore.h"
#include "network/tokenprovider.h"

namespace fathom {

namespace {

/// The run thread's own state, a child of the anchor so that it ends in that thread: the token
/// provider of the current target, shared with the probes that use it.
class TargetTokens : public QObject
{
public:
    explicit TargetTokens(QObject *anchor)
        : QObject(anchor)
    {
        setObjectName(QStringLiteral("target-tokens"));
    }
    ~TargetTokens() override = default;

    /// The provider for `profile`'s authentication: the last one made, when it is for the same
    /// (and no forgetTokens() came between), else a new one.
    std::shared_ptr<TokenProvider> forTarget(const TargetProfile &profile, quint64 generation, SecretStore *secrets)
    {
        if (!profile.usesToken() || !secrets)
            return nullptr;
        const TokenConfig c = profile.tokenConfig();
        const QStringList key { c.tokenUrl.toString(), c.clientId,
                                c.secretKey,           c.scope,
                                c.basicUser,           c.staticBearer ? QStringLiteral("bearer") : QString() };
        if (!m_tokens || generation != m_generation || key != m_key) {
            m_generation = generation;
            m_key = key;
            m_tokens = std::make_shared<TokenProvider>(c, secrets);
        }
        return m_tokens;
    }

private:
    quint64 m_generation = 0;
    QStringList m_key; ///< what m_tokens authenticates as (names, never secrets)
    std::shared_ptr<TokenProvider> m_tokens;
};

} // namespace

ProbeRunner::ProbeRunner(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<RunThread>(QStringLiteral("fathom-probes")))
    , m_anchor(new QObject)
{
    qRegisterMetaType<ProbeResult>();
    if (secrets)
        m_secrets = std::make_unique<ForwardingSecretStore>(secrets, this);
    new TargetTokens(m_anchor);
    connect(this, &ProbeRunner::finished, this, [this] { --m_running; }); // first of the receivers
    m_anchor->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_anchor, &QObject::deleteLater);
    m_thread->start();
}

ProbeRunner::~ProbeRunner()
{
    // After wait() nothing in the run thread can touch this object any more; the probes, their
    // engines and the token provider are deleted in the run thread as it ends.
    m_thread->quit();
    m_thread->wait();
}

quint64 ProbeRunner::run(const TargetProfile &profile, ProbeKind kind, const ProbeOptions &options)
{
    const quint64 id = m_nextId++;
    ++m_running;
    QMetaObject::invokeMethod(
        m_anchor, [this, anchor = m_anchor, id, kind, options, profile, generation = m_tokenGeneration] {
            // In the run thread from here on.
            auto *tokens = anchor->findChild<TargetTokens *>(QStringLiteral("target-tokens"));
            auto *probe = new Probe(profile, tokens->forTarget(profile, generation, m_secrets.get()), anchor);
            probe->setObjectName(QString::number(id));
            connect(probe, &Probe::finished, this, [this, probe, id](const ProbeResult &result) {
                probe->deleteLater(); // inside its own signal
                Q_EMIT finished(id, result); // queued to the caller's thread
            });
            probe->run(kind, options);
        });
    return id;
}

void ProbeRunner::cancel(quint64 id)
{
    QMetaObject::invokeMethod(m_anchor, [anchor = m_anchor, id] {
        if (auto *probe = anchor->findChild<Probe *>(QString::number(id), Qt::FindDirectChildrenOnly))
            probe->cancel();
    });
}

} // namespace fathom
