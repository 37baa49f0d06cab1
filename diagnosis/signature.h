#pragma once

#include "diagnosis/testrun.h"

#include <QString>
#include <QStringView>

namespace fathom {

/// What makes failures "the same error", the way error trackers group events (after Sentry's
/// parameterisation): a failure's text with its variable parts replaced by typed placeholders,
/// so that the same failure on another port, with another job id or at another time reads the
/// same, while another exception type or another HTTP status does not.
struct FailureSignature
{
    /// Readable: "requests.exceptions.ReadTimeout: HTTPConnectionPool(host=<host>, port=<port>):
    /// Read timed out. (read timeout=<num>)", and on a line of its own the test's own frames
    /// ("at <test> < submit_job (clients.js)") where the trace names them.
    QString text;
    /// A short stable key of `text` (16 hex digits), for storage and joins.
    QString id;

    /// The signature of one failure: its exception type, the first lines of what it says (its
    /// message, else its trace's or its output's errors), the test's own frames.
    static FailureSignature of(const TestFailure &failure);
    static QString idOf(const QString &text);
};

/// `text` with its variable parts replaced, each by a placeholder naming its type: timestamps
/// <time>, UUIDs <uuid>, hosts and IP addresses <host> (in URLs, host=…, name:port, Java's
/// name/address), ports <port>, durations <duration>, hex ids and addresses <hex>, other numbers <num>. A URL
/// keeps its scheme and the shape of its path (ids in it replaced, query values too). An HTTP
/// status stays (in "503 Service Unavailable", "status 503", "<Response [503]>", "assert 503
/// == 201"), and so do the words, the exception types and quoted words ('running' == 'done').
QString normaliseFailureText(QStringView text);

} // namespace fathom
