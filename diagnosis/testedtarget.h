#pragma once

#include "diagnosis/testrun.h"

#include <QList>
#include <QString>

class QUrl;

namespace fathom {

/// A server the tests talked to, as their failures name it: a host and a port (0 where the text
/// names the host alone, as getaddrinfo's ENOTFOUND does).
struct Endpoint
{
    QString host; ///< lower case; 127.0.0.1, localhost and ::1 are all "localhost"
    int port = 0;
    QString spelled; ///< the host as the text wrote it ("127.0.0.1"), shown by text()

    static Endpoint fromUrl(const QUrl &url); ///< default ports by scheme; empty host if not a URL
    bool isValid() const { return !host.isEmpty(); }
    /// The same server: one host, and one port where both say one.
    bool sameServer(const Endpoint &other) const;
    QString text() const; ///< "focus-qa.example:8080", the host as it was written
    bool operator==(const Endpoint &o) const { return host == o.host && port == o.port; }
};

struct TestedTarget
{
    Endpoint endpoint;
    int failures = 0; ///< how many failures name it
};

/// The servers the failures name — URLs ("for url: …", `Get "http://…"`, "request to http://…"),
/// urllib3's HTTPConnectionPool(host=…, port=…), the host:port after ECONNREFUSED, dial tcp,
/// "TCP connection to", "Connect to", curl's "H port P" — most named first. Read from the
/// message, else from what the trace says (its first 4,000 characters, without quoted source
/// or stack frames), never from the captured logs, which name whatever the test logged; a link
/// after "see " is documentation.
QList<TestedTarget> testedTargets(const QList<TestFailure> &failures);
/// The servers one failure names, as testedTargets() reads them.
QList<Endpoint> endpointsNamedBy(const TestFailure &failure);

} // namespace fathom
