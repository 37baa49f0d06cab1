#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace fathom {

/// Runs fathom-sim as a child process (the built-in target of the demo) and reports its URL.
/// The simulator is looked for next to the running executable, then in $FATHOM_SIM.
class SimulatorProcess : public QObject
{
    Q_OBJECT
public:
    explicit SimulatorProcess(QObject *parent = nullptr);
    ~SimulatorProcess() override;

    /// Starts the simulator with `args`; emits ready() or failed() later.
    void start(const QStringList &args);
    void stop();
    QUrl url() const { return m_url; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    /// Where fathom-sim is expected; empty when it cannot be found.
    static QString locate();

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const QString &error);

private:
    void onOutput();

    QProcess m_process;
    QByteArray m_buffer;
    QUrl m_url;
};

} // namespace fathom
