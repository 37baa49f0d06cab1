#pragma once

#include <QThread>

namespace fathom {

/// The thread a measurement run lives in when a window is open. It lowers its own scheduling
/// priority (nice) before running its event loop, and every thread it starts inherits that — the
/// engine's lane threads and the threads QNetworkAccessManager starts inside them. On a 2-core
/// machine that generates load and draws charts at once, this keeps the window's thread first in
/// line for the CPU (bench/fathom-bench-gui measures the difference: over 1M requests at 200 in
/// flight the event-loop lag's p99 was 6.6–7.7 ms at nice 19 and 12–13 ms at nice 10).
class RunThread : public QThread
{
    Q_OBJECT
public:
    /// `niceness` 0..19 as in nice(1); 0 keeps the priority of the creating thread.
    explicit RunThread(const QString &name, int niceness = kDefaultNiceness, QObject *parent = nullptr);
    ~RunThread() override;

    static constexpr int kDefaultNiceness = 19;

protected:
    void run() override;

private:
    int m_niceness;
};

} // namespace fathom
