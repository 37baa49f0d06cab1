#include "model/simulatorprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace fathom {

SimulatorProcess::SimulatorProcess(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SimulatorProcess::onOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (!m_url.isValid())
            Q_EMIT failed(tr("could not start the simulator %1: %2").arg(m_process.program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_url.isValid()) {
            const QString err = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
            Q_EMIT failed(tr("the simulator exited with code %1 before it was ready: %2").arg(code).arg(err));
        }
    });
}

SimulatorProcess::~SimulatorProcess()
{
    stop();
}

QString SimulatorProcess::locate()
{
    const QString env = qEnvironmentVariable("FATHOM_SIM");
    if (!env.isEmpty() && QFileInfo(env).isExecutable())
        return env;
    const QDir dir(QCoreApplication::applicationDirPath());
    const QString sibling = dir.filePath(QStringLiteral("fathom-sim"));
    if (QFileInfo(sibling).isExecutable())
        return sibling;
    return {};
}

void SimulatorProcess::start(const QStringList &args)
{
    const QString program = locate();
    if (program.isEmpty()) {
        Q_EMIT failed(tr("fathom-sim was not found next to %1; build it or set FATHOM_SIM to its path")
                          .arg(QCoreApplication::applicationFilePath()));
        return;
    }
    m_url = QUrl();
    m_buffer.clear();
    m_process.start(program, args);
}

void SimulatorProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(2000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void SimulatorProcess::onOutput()
{
    if (m_url.isValid()) {
        m_process.readAllStandardOutput(); // only the first line matters
        return;
    }
    m_buffer += m_process.readAllStandardOutput();
    const qsizetype nl = m_buffer.indexOf('\n');
    if (nl < 0)
        return;
    const QByteArray line = m_buffer.left(nl).trimmed();
    const qsizetype at = line.indexOf("http://");
    const QUrl url(at >= 0 ? QString::fromUtf8(line.mid(at)) : QString());
    if (!url.isValid() || url.port() <= 0) {
        Q_EMIT failed(tr("the simulator printed \"%1\" instead of its URL").arg(QString::fromUtf8(line)));
        return;
    }
    m_url = url;
    Q_EMIT ready(m_url);
}

} // namespace fathom
