#pragma once

// Starts the real fathom-sim binary on loopback for integration tests and reads its URL.

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrl>

class SimProcess
{
public:
    ~SimProcess() { stop(); }

    /// Starts fathom-sim with `args`; returns false (and a message) when it does not come up.
    bool start(const QStringList &args, QString *error = nullptr)
    {
        m_process.setProgram(QStringLiteral(FATHOM_SIM_PATH));
        m_process.setArguments(args);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(5000)) {
            if (error)
                *error = m_process.errorString();
            return false;
        }
        QByteArray out;
        while (!out.contains('\n') || (args.contains(QStringLiteral("--blackhole")) && out.count('\n') < 2)) {
            if (!m_process.waitForReadyRead(5000)) {
                if (error)
                    *error = QString::fromUtf8(m_process.readAllStandardError());
                return false;
            }
            out += m_process.readAllStandardOutput();
        }
        const QList<QByteArray> lines = out.split('\n');
        m_url = QUrl(QString::fromUtf8(lines[0].mid(lines[0].indexOf("http://"))));
        if (lines.size() > 1 && lines[1].startsWith("blackhole on "))
            m_blackhole = QUrl(QString::fromUtf8(lines[1].mid(lines[1].indexOf("http://"))));
        return m_url.isValid() && m_url.port() > 0;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QUrl url(const QString &path = {}) const
    {
        QUrl u = m_url;
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        u.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        return u;
    }
    QUrl blackholeUrl(const QString &path = {}) const
    {
        QUrl u = m_blackhole;
        u.setPath(path);
        return u;
    }

    /// GET or POST on the simulator outside the engine under test, waiting for the answer.
    QJsonObject call(const QByteArray &method, const QString &path)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.sendCustomRequest(QNetworkRequest(url(path)), method);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return o;
    }
    QJsonObject stats() { return call("GET", QStringLiteral("/stats")); }
    void resetStats() { call("POST", QStringLiteral("/stats/reset")); }

private:
    QProcess m_process;
    QUrl m_url;
    QUrl m_blackhole;
};
