#pragma once

#include "sim/simconfig.h"

#include <QString>
#include <QUrl>

class QThread;

namespace fathom::sim {

class SimServer;

/// fathom-sim inside this process, on its own thread: the demo's built-in target.
class InProcessSimulator
{
public:
    InProcessSimulator();
    ~InProcessSimulator();
    InProcessSimulator(const InProcessSimulator &) = delete;
    InProcessSimulator &operator=(const InProcessSimulator &) = delete;

    /// Starts listening on 127.0.0.1; blocks until it listens or fails.
    bool start(const SimConfig &config, QString *error);
    QUrl url() const { return m_url; }

private:
    QThread *m_thread;
    SimServer *m_server = nullptr;
    QUrl m_url;
};

} // namespace fathom::sim
