#pragma once
// A committed corpus file as if its suite had run against `server`: its tests talked to
// fathom-sim instances on loopback ports of their own, and a diagnosis joins only measurements
// of the server the failures name. For tests that measure a live server and then diagnose.
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

inline QString retargeted(const QString &corpus, const QUrl &server, const QString &into)
{
    QFile in(corpus);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(in.readAll());
    const QString port = QString::number(server.port(80));
    text.replace(QRegularExpression(QStringLiteral(R"(\b(?:127\.0\.0\.1|localhost):\d+)")),
                 QStringLiteral("127.0.0.1:") + port);
    text.replace(QRegularExpression(QStringLiteral(R"(\bport=\d+)")), QStringLiteral("port=") + port);
    QFile out(into);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0)
        return {};
    return into;
}
