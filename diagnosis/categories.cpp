#include "diagnosis/categories.h"

#include <QCoreApplication>

namespace fathom {

namespace {

constexpr Category kCategories[] = {
    { "connect_timeout", QT_TRANSLATE_NOOP("fathom::FailureRules", "Connect timeout"), true, true,
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "Connections to the server timed out before it accepted them: the server was down, unreachable, or too "
          "loaded to accept more connections."),
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "Check the server's health before the suite (a health-check fixture), retry connect errors with "
          "exponential backoff (connect=3), and ramp the suite's concurrency up gradually.") },
    { "read_timeout", QT_TRANSLATE_NOOP("fathom::FailureRules", "Read / request timeout"), true, true,
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "Requests reached the server, but the answers did not come within the client's timeout. Whether one job "
          "takes longer than the timeout or the requests waited under load is not measured."),
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "Measure one job's time (fathom discover or fathom probe --kind job): raise the timeouts above it if it is "
          "longer, else limit the suite to the server's capacity so that requests do not wait. Retry reads only on "
          "idempotent requests.") },
    // A test's own deadline is the test's setting, not something outside it.
    { "test_deadline", QT_TRANSLATE_NOOP("fathom::FailureRules", "The test's own deadline"), false, false,
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "The test's own deadline ran out before the work it gave was done: the requests did not time out, the test "
          "stopped waiting for them. This is the test's setting, not a failure of the server or the network."),
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "Give the deadline the time the work needs: the number of jobs ÷ the server's capacity × the time one job "
          "takes, with a margin. Measure both (fathom discover) and diagnose again with --run ID.") },
    { "pool_exhausted", QT_TRANSLATE_NOOP("fathom::FailureRules", "Client pool exhausted"), true, true,
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "The test client ran out of connections: more requests were in flight than its pool holds, so requests "
          "waited for a free connection, or connections were discarded and opened again."),
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "Measure the server's capacity first (fathom discover): where the server has room for more jobs than the "
          "pool holds, size the pool to the suite's concurrency (Python requests: HTTPAdapter(pool_connections=N, "
          "pool_maxsize=N) on every session); where it has not, limit the suite to the capacity instead.") },
    { "overloaded_503", QT_TRANSLATE_NOOP("fathom::FailureRules", "503 overloaded"), true, true,
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "The server answered 503 Service Unavailable without a fibre message: it refused work because it was "
          "overloaded."),
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "Measure the server's capacity (capacity discovery), then limit the suite's concurrency to it; retry 503s "
          "with exponential backoff honouring Retry-After.") },
    { "waiting_for_fiber_503", QT_TRANSLATE_NOOP("fathom::FailureRules", "503 waiting for fibre"), true, false,
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "The server had no fibre data source yet and said so (503 \"waiting for fibre\"). These failures are "
          "environmental: not a product defect, and not overload."),
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "Skip these tests until the readiness check passes (a \"metadata ready\" fixture that skips), and do not "
          "retry these 503s: retrying only adds load.") },
    { "server_error_5xx", QT_TRANSLATE_NOOP("fathom::FailureRules", "Other 5xx server error"), true, false,
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "The server failed while handling requests (500, 502, 504…): a defect in the server or a broken deployment "
          "behind a proxy."),
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "Read the server's logs at these times: these are product or deployment defects, not test flakiness.") },
    { "connection_refused", QT_TRANSLATE_NOOP("fathom::FailureRules", "Connection refused"), true, false,
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "Nothing accepted connections on the server's port: the server was down or restarting, or the suite "
          "pointed at the wrong port."),
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "Make sure the server runs before the suite starts (a health-check fixture), and retry connect errors with "
          "backoff while it restarts.") },
    { "connection_reset", QT_TRANSLATE_NOOP("fathom::FailureRules", "Connection reset / closed without response"), true,
      true,
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "The server, or something between, closed connections without an answer (reset, or closed mid-response): "
          "a crash or restart, a proxy's timeout, or overload shedding."),
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "Read the server's logs at these times; retry idempotent requests on connection errors (read=3); keep the "
          "client's keep-alive shorter than the server's idle timeout.") },
    { "dns_failure", QT_TRANSLATE_NOOP("fathom::FailureRules", "DNS failure"), true, false,
      QT_TRANSLATE_NOOP("fathom::RootCauseAnalysis",
                        "The server's host name did not resolve on the machine that ran the tests."),
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "Check the host name in the suite's configuration and the DNS (or /etc/hosts) of the test machine.") },
    { "tls_failure", QT_TRANSLATE_NOOP("fathom::FailureRules", "TLS failure"), true, false,
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "The TLS handshake failed: the certificate was not trusted, expired or for another name, or the protocol "
          "versions did not match."),
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "Give the client the CA bundle that signed the server's certificate, check the certificate's name and "
          "dates; do not turn verification off.") },
    { "auth", QT_TRANSLATE_NOOP("fathom::FailureRules", "Authentication / authorization (401/403)"), true, false,
      QT_TRANSLATE_NOOP("fathom::RootCauseAnalysis",
                        "The server refused the credentials (401/403), or a token expired during the run."),
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "Check the client id and secret, renew tokens before they expire (a token manager that refreshes), and for "
          "403 give the account the role it needs.") },
    { "assertion", QT_TRANSLATE_NOOP("fathom::FailureRules", "Client-side assertion"), false, false,
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "The server answered, but not as the test expected: the test's own assertion failed. This is not an "
          "infrastructure failure; it is a product or a test defect."),
      QT_TRANSLATE_NOOP("fathom::RootCauseAnalysis",
                        "Read the assertion and the answer, then file it against the product or fix the test.") },
    { "unknown", QT_TRANSLATE_NOOP("fathom::FailureRules", "Unknown"), false, false,
      QT_TRANSLATE_NOOP("fathom::RootCauseAnalysis", "No rule recognised these failures."),
      QT_TRANSLATE_NOOP(
          "fathom::RootCauseAnalysis",
          "Read them and add a rule (Diagnosis → Rules, or --rules FILE) so that the next run sorts them.") },
};

} // namespace

std::span<const Category> builtInCategories()
{
    return kCategories;
}

const Category *builtInCategory(QStringView id)
{
    for (const Category &c : kCategories)
        if (id == QLatin1String(c.id))
            return &c;
    return nullptr;
}

QString categoryTitle(const Category &c)
{
    return QCoreApplication::translate("fathom::FailureRules", c.title);
}

QString categoryStatement(const Category &c)
{
    return QCoreApplication::translate("fathom::RootCauseAnalysis", c.statement);
}

QString categoryFix(const Category &c)
{
    return QCoreApplication::translate("fathom::RootCauseAnalysis", c.fix);
}

} // namespace fathom
