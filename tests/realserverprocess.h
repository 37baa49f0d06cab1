#pragma once

// Starts a real server from Debian's archive (nginx, HAProxy, gunicorn) on loopback through
// tests/realserver, with a config written into a temporary folder, and stops it by its pid.

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

class RealServerProcess
{
public:
    ~RealServerProcess() { stop(); }

    /// `kind` and its arguments after DIR and PORT, as tests/realserver takes them. False (and
    /// what the server printed) when it did not come up.
    bool start(const QString &kind, const QStringList &args, QString *error)
    {
        QTcpServer probe; // a free port: bind 0, close, pass it on
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = probe.errorString();
            return false;
        }
        m_port = probe.serverPort();
        probe.close();
        m_process.setProgram(QStringLiteral(FATHOM_TEST_DATA "/../realserver"));
        m_process.setArguments(QStringList { kind, m_dir.path() + QLatin1Char('/') + kind, QString::number(m_port) }
                               + args);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        QByteArray out;
        while (!out.contains("listening on ")) {
            if (!m_process.waitForReadyRead(20'000)) {
                *error = QString::fromUtf8(out + m_process.readAll());
                if (error->isEmpty())
                    *error = QStringLiteral("%1 did not start").arg(kind);
                return false;
            }
            out += m_process.readAll();
        }
        // "listening on http://127.0.0.1:PORT" (or https://)
        const qsizetype at = out.indexOf("listening on ") + qstrlen("listening on ");
        m_url = QUrl(QString::fromUtf8(out.mid(at, out.indexOf('\n', at) - at).trimmed()));
        return true;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // the script stops its server and waits for it
        if (!m_process.waitForFinished(10'000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    quint16 port() const { return m_port; }
    QUrl url() const { return m_url; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QUrl m_url;
};
