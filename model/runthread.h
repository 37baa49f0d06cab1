#pragma once

#include <QThread>

namespace fathom {

/// The thread a measurement run lives in when a window is open, with the engine and its lanes.
/// It runs at the priority of the thread that made it — as the command line's engine does — so
/// that the window and the command line measure alike on a busy desktop. (Lowered to nice 19,
/// as it once was, a run beside two busy programs read the client's own delays as the server's
/// saturation, and the window's event loop was no smoother for it: docs/dashboard.md, measured
/// by bench/run-discovery-under-load.) A niceness can still be asked for.
class RunThread : public QThread
{
    Q_OBJECT
public:
    /// `niceness` 0..19 as in nice(1); 0 keeps the priority of the creating thread.
    explicit RunThread(const QString &name, int niceness = defaultNiceness(), QObject *parent = nullptr);
    ~RunThread() override;

    static constexpr int kDefaultNiceness = 0;
    /// The niceness of run threads made without one (kDefaultNiceness unless a benchmark
    /// compares another: bench/run-discovery-under-load).
    static int defaultNiceness();
    static void setDefaultNiceness(int niceness);

protected:
    void run() override;

private:
    int m_niceness;
};

} // namespace fathom
