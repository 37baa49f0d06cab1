#include "diagnosis/testedtarget.h"

#include "diagnosis/failurerules.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace fathom {

namespace {

QString normalHost(QString host)
{
    host = host.toLower();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("127.0.0.1") || host == QLatin1String("::1") || host == QLatin1String("localhost"))
        return QStringLiteral("localhost");
    return host;
}

int defaultPort(QStringView scheme)
{
    return scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
}

} // namespace

Endpoint Endpoint::fromUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    return { normalHost(url.host()), url.port(defaultPort(url.scheme())), url.host() };
}

bool Endpoint::sameServer(const Endpoint &other) const
{
    return host == other.host && (port == 0 || other.port == 0 || port == other.port);
}

QString Endpoint::text() const
{
    QString h = spelled.isEmpty() ? host : spelled;
    if (h.contains(QLatin1Char(':')) && !h.startsWith(QLatin1Char('[')))
        h = QLatin1Char('[') + h + QLatin1Char(']');
    return port > 0 ? h + QLatin1Char(':') + QString::number(port) : h;
}

QList<Endpoint> endpointsNamedBy(const TestFailure &f)
{
    // One pass per text; each alternative captures (host, port) or (scheme, host, port).
    static const QRegularExpression named(QStringLiteral(
        R"(HTTPS?ConnectionPool\(host='([^']+)', port=(\d+)\))"
        R"(|(?<!see )\b(https?)://(?:[^\s/@"'<>]*@)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][\w.-]*)(?::(\d+))?)"
        R"(|(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|dial tcp|TCP connection to|Connect to|connection to))"
        R"( (\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][\w.-]*):(\d+)\b)"
        R"(|Failed to connect to ([A-Za-z0-9][\w.:-]*) port (\d+))"
        R"(|getaddrinfo (?:ENOTFOUND|EAI_AGAIN) ([A-Za-z0-9][\w.-]*))"));
    constexpr qsizetype kTraceChars = 4000;
    QList<Endpoint> seen;
    auto scan = [&](const QString &text) {
        auto it = named.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            // Which alternative matched: the host's group, and the port (0: the name alone).
            int hostGroup = 10, port = 0;
            if (m.capturedLength(1)) {
                hostGroup = 1;
                port = m.captured(2).toInt();
            } else if (m.capturedLength(3)) {
                hostGroup = 4;
                port = m.capturedLength(5) ? m.captured(5).toInt() : defaultPort(m.capturedView(3));
            } else if (m.capturedLength(6)) {
                hostGroup = 6;
                port = m.captured(7).toInt();
            } else if (m.capturedLength(8)) {
                hostGroup = 8;
                port = m.captured(9).toInt();
            }
            const Endpoint e { normalHost(m.captured(hostGroup)), port, m.captured(hostGroup) };
            if (e.isValid() && e.port <= 65535 && !seen.contains(e))
                seen << e;
        }
    };
    // The message; where it names no server, what the trace says (FailureText: not pytest's
    // quoted source, not stack frames).
    scan(f.message);
    if (seen.isEmpty())
        scan(FailureText::of(f).text.left(kTraceChars));
    // "request to http://h:8080/… failed, reason: getaddrinfo ENOTFOUND h" names one server.
    QStringList hostsWithPort;
    for (const Endpoint &e : std::as_const(seen))
        if (e.port > 0)
            hostsWithPort << e.host;
    seen.removeIf([&](const Endpoint &e) { return e.port == 0 && hostsWithPort.contains(e.host); });
    return seen;
}

QList<TestedTarget> testedTargets(const QList<TestFailure> &failures)
{
    QList<TestedTarget> out;
    for (const TestFailure &f : failures) {
        const QList<Endpoint> seen = endpointsNamedBy(f);
        for (const Endpoint &e : std::as_const(seen)) {
            auto t = std::find_if(out.begin(), out.end(), [&](const TestedTarget &t) { return t.endpoint == e; });
            if (t == out.end())
                out.append({ e, 1 });
            else
                ++t->failures;
        }
    }
    // A host named without its port (a name that did not resolve) joins the same host's port.
    for (auto it = out.begin(); it != out.end();) {
        const auto withPort = std::find_if(out.begin(), out.end(), [&](const TestedTarget &t) {
            return t.endpoint.port > 0 && it->endpoint.port == 0 && t.endpoint.host == it->endpoint.host;
        });
        if (withPort != out.end()) {
            withPort->failures += it->failures;
            it = out.erase(it);
        } else {
            ++it;
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const TestedTarget &a, const TestedTarget &b) { return a.failures > b.failures; });
    return out;
}

} // namespace fathom
