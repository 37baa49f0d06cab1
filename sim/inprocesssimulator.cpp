#include "sim/inprocesssimulator.h"

#include "sim/simserver.h"

#include <QThread>

namespace fathom::sim {

InProcessSimulator::InProcessSimulator()
    : m_thread(new QThread)
{
    m_thread->setObjectName(QStringLiteral("fathom-sim"));
    m_thread->start();
}

InProcessSimulator::~InProcessSimulator()
{
    if (m_server)
        QMetaObject::invokeMethod(
            m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool InProcessSimulator::start(const SimConfig &config, QString *error)
{
    auto *context = new QObject; // a foothold in the simulator's thread, gone after use
    context->moveToThread(m_thread);
    bool ok = false;
    quint16 port = 0;
    // The server is created in its thread: its sockets must live there.
    QMetaObject::invokeMethod(
        context,
        [&] {
            context->deleteLater();
            auto *server = new SimServer(config);
            ok = server->start(error);
            if (!ok) {
                delete server;
                return;
            }
            port = server->port();
            m_server = server;
        },
        Qt::BlockingQueuedConnection);
    if (ok)
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    return ok;
}

} // namespace fathom::sim
