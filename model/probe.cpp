#include "model/probe.h"

#include "diagnosis/bidi.h"
#include "diagnosis/redaction.h"
#include "network/descriptorlimit.h"
#include "network/httpengine.h"
#include "network/latencyhistogram.h"
#include "network/outcomeclassifier.h"
#include "network/tokenprovider.h"
#include "network/visibletext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace fathom {

namespace {

constexpr std::array<std::pair<ProbeKind, const char *>, 6> kKinds = { {
    { ProbeKind::Health, "health" },
    { ProbeKind::Readiness, "readiness" },
    { ProbeKind::Auth, "auth" },
    { ProbeKind::Job, "job" },
    { ProbeKind::Pool, "pool" },
    { ProbeKind::Timeout, "timeout" },
} };

double ms(qint64 us)
{
    return double(us) / 1000.0;
}

QString bodyText(const QByteArray &body)
{
    return QString::fromUtf8(body.left(2048));
}

QJsonObject timingJson(const AttemptTiming &t)
{
    return {
        { QStringLiteral("queue_ms"), ms(t.queueWaitUs()) },
        { QStringLiteral("connect_send_ms"), ms(t.connectSendUs()) },
        { QStringLiteral("wait_ms"), ms(t.serverWaitUs()) },
        { QStringLiteral("total_ms"), ms(t.totalUs()) },
    };
}

QJsonObject histogramJson(const LatencyHistogram &h)
{
    return { { QStringLiteral("p50_ms"), ms(h.quantileUs(0.5)) },
             { QStringLiteral("p90_ms"), ms(h.quantileUs(0.9)) },
             { QStringLiteral("p99_ms"), ms(h.quantileUs(0.99)) },
             { QStringLiteral("max_ms"), ms(h.maxUs()) } };
}

} // namespace

QString probeKindId(ProbeKind k)
{
    for (const auto &[kind, id] : kKinds) {
        if (kind == k)
            return QString::fromLatin1(id);
    }
    return {};
}

QString probeKindWords(ProbeKind k)
{
    switch (k) {
    case ProbeKind::Health:
        return Probe::tr("health");
    case ProbeKind::Readiness:
        return Probe::tr("readiness");
    case ProbeKind::Auth:
        return Probe::tr("authentication");
    case ProbeKind::Job:
        return Probe::tr("one job");
    case ProbeKind::Pool:
        return Probe::tr("pool saturation");
    case ProbeKind::Timeout:
        return Probe::tr("timeout");
    }
    return probeKindId(k);
}

QString probeKindWords(const QString &id)
{
    const std::optional<ProbeKind> kind = probeKindFromId(id);
    return kind ? probeKindWords(*kind) : id;
}

std::optional<ProbeKind> probeKindFromId(const QString &id)
{
    for (const auto &[kind, text] : kKinds) {
        if (id == QLatin1String(text))
            return kind;
    }
    return std::nullopt;
}

namespace {

QString msText(const QJsonValue &v)
{
    return QLocale().toString(v.toDouble(), 'f', 1);
}

QString outcomeText(const QString &id)
{
    const std::optional<OutcomeClass> c = outcomeFromId(id);
    return c ? outcomeWords(*c) : visibleControls(id);
}

/// "180 × rejected as overloaded (HTTP 503), 20 × succeeded", most frequent first.
QString outcomeCounts(const QJsonObject &outcomes)
{
    QList<std::pair<int, QString>> counts;
    for (auto it = outcomes.begin(); it != outcomes.end(); ++it)
        counts << std::pair { it.value().toInt(), it.key() };
    std::stable_sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList parts;
    for (const auto &[n, id] : counts)
        parts << Probe::tr("%1 × %2").arg(QLocale().toString(n), outcomeText(id));
    return parts.join(Probe::tr(", "));
}

} // namespace

QStringList probeSummary(const QJsonObject &d)
{
    QStringList lines;
    // The pool probe: the same jobs through the profile's pool and through a pool as large as them.
    for (const char *key : { "small_pool", "full_pool" }) {
        const QJsonObject round = d.value(QLatin1String(key)).toObject();
        if (round.isEmpty())
            continue;
        const QJsonObject wait = round.value(QStringLiteral("queue_wait")).toObject();
        const QJsonObject total = round.value(QStringLiteral("total")).toObject();
        lines << Probe::tr("Through a pool of %1: %2; p99 wait for a connection %3 ms, p99 total %4 ms.")
                     .arg(QLocale().toString(round.value(QStringLiteral("pool_size")).toInt()),
                          outcomeCounts(round.value(QStringLiteral("outcomes")).toObject()),
                          msText(wait.value(QStringLiteral("p99_ms"))), msText(total.value(QStringLiteral("p99_ms"))));
    }
    if (const QString outcome = d.value(QStringLiteral("outcome")).toString(); !outcome.isEmpty()) {
        const int status = d.value(QStringLiteral("status")).toInt();
        lines << (status > 0 ? Probe::tr("Outcome: %1, HTTP %2.").arg(outcomeText(outcome)).arg(status)
                             : Probe::tr("Outcome: %1.").arg(outcomeText(outcome)));
    }
    if (d.contains(QStringLiteral("answer_ms")))
        lines << Probe::tr("The server answered in %1 ms.").arg(msText(d.value(QStringLiteral("answer_ms"))));
    const QJsonObject t = d.value(QStringLiteral("timing")).toObject();
    if (!t.isEmpty())
        lines << Probe::tr("Total %1 ms: queued in Fathom %2 ms, connect and send %3 ms, server %4 ms.")
                     .arg(msText(t.value(QStringLiteral("total_ms"))), msText(t.value(QStringLiteral("queue_ms"))),
                          msText(t.value(QStringLiteral("connect_send_ms"))),
                          msText(t.value(QStringLiteral("wait_ms"))));
    if (const int attempts = d.value(QStringLiteral("attempts")).toInt(); attempts > 0) {
        const QString all = d.contains(QStringLiteral("latency_ms"))
            ? Probe::tr(" (%1 ms in all, with Fathom's retries and backoff)")
                  .arg(msText(d.value(QStringLiteral("latency_ms"))))
            : QString();
        lines << Probe::tr("%n attempt(s)%1.", nullptr, attempts).arg(all);
    }
    if (d.contains(QStringLiteral("cleaned_up")))
        lines << (d.value(QStringLiteral("cleaned_up")).toBool() ? Probe::tr("The job it created was deleted.")
                                                                 : Probe::tr("The job it created was NOT deleted."));
    return lines;
}

QString probeResultText(const QJsonObject &result)
{
    return result.value(QStringLiteral("verdict")).toString() + QStringLiteral("\n\n")
        + probeSummary(result.value(QStringLiteral("details")).toObject()).join(QLatin1Char('\n'))
        + QStringLiteral("\n\n") + Probe::tr("The data (JSON):") + QLatin1Char('\n')
        + QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
}

QJsonObject ProbeResult::toJson() const
{
    return {
        { QStringLiteral("kind"), probeKindId(kind) }, { QStringLiteral("ok"), ok },
        { QStringLiteral("cancelled"), cancelled },    { QStringLiteral("verdict"), verdict },
        { QStringLiteral("details"), details },
    };
}

Probe::Probe(TargetProfile profile, std::shared_ptr<TokenProvider> tokens, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_tokens(std::move(tokens))
{
}

Probe::~Probe() = default;

HttpEngine *Probe::makeEngine(int poolSize)
{
    // A probe of one request needs one connection: no lanes or threads beyond that, since the
    // window runs health and readiness probes every few seconds.
    EngineConfig c = m_profile.client;
    c.poolSize = poolSize;
    if (poolSize <= EngineConfig::kConnectionsPerLane)
        c.workerThreads = 0;
    m_engines.push_back(std::make_unique<HttpEngine>(c));
    if (m_tokens)
        m_engines.back()->setTokenProvider(m_tokens.get());
    return m_engines.back().get();
}

void Probe::releaseEngine(HttpEngine *engine)
{
    std::erase_if(m_engines, [engine](const std::unique_ptr<HttpEngine> &e) { return e.get() == engine; });
}

void Probe::run(ProbeKind kind, const ProbeOptions &options)
{
    m_kind = kind;
    m_done = false;
    switch (kind) {
    case ProbeKind::Health:
        return health();
    case ProbeKind::Readiness:
        return readiness();
    case ProbeKind::Auth:
        return auth();
    case ProbeKind::Job:
        return job();
    case ProbeKind::Pool:
        return pool(options);
    case ProbeKind::Timeout:
        return timeout();
    }
}

void Probe::cancel()
{
    // No later phase starts (finish() and pool() look at m_cancelled), and what was created is
    // cleaned up on the way out.
    m_cancelled = true;
    // A job request in flight may have created its job already, and only its answer names it:
    // where jobs are cleaned up, they answer first (a second Ctrl-C still ends Fathom at once).
    const bool createsJobs = m_kind == ProbeKind::Job || m_kind == ProbeKind::Pool || m_kind == ProbeKind::Timeout;
    if (createsJobs && m_profile.cleanup.enabled)
        return;
    for (auto &e : m_engines)
        e->cancelAll();
}

void Probe::finish(bool ok, const QString &verdict, const QJsonObject &details, bool unreachable)
{
    if (m_done)
        return;
    m_done = true;
    ProbeResult r;
    r.kind = m_kind;
    r.ok = ok;
    r.unreachable = unreachable;
    r.verdict = verdict;
    r.details = details;
    if (m_cancelled) {
        // What a stopped probe saw says nothing of the server: its requests were cut by Fathom.
        r.ok = false;
        r.unreachable = false;
        r.cancelled = true;
        r.verdict = tr("Cancelled: the %1 probe was stopped before it could conclude; nothing is said of the server.")
                        .arg(probeKindId(m_kind));
    }
    // Always after run() has returned, even when the answer is known at once.
    QMetaObject::invokeMethod(
        this, [this, r] { Q_EMIT finished(r); }, Qt::QueuedConnection);
}

void Probe::health()
{
    HttpRequestSpec s;
    s.url = m_profile.url(m_profile.healthPath);
    HttpEngine *engine = makeEngine(1);
    // One request's connect and request time in all; its retries fit in it or are cut.
    const int deadlineMs = m_profile.client.connectTimeoutMs + m_profile.client.requestTimeoutMs;
    const quint64 id = engine->submit(s, [this, deadlineMs](const RequestOutcome &o) {
        m_deadline.stop();
        const int tries = int(o.attempts.size());
        if (m_pastDeadline) {
            // The attempt cut by the deadline says nothing; the one before it, if any, does.
            QString last = tr("no answer yet");
            for (auto a = o.attempts.crbegin(); a != o.attempts.crend(); ++a) {
                if (a->outcome != OutcomeClass::Cancelled) {
                    last = QStringLiteral("%1 (%2)").arg(outcomeWords(a->outcome), isolate(a->errorText));
                    break;
                }
            }
            return finish(
                false,
                tr("The target did not answer its health check within %1 s, one request's connect and "
                   "request timeouts (%n attempt(s); the last that ended: %2). Check that the server runs and "
                   "answers, and the network between.",
                   nullptr, tries)
                    .arg(QLocale().toString(deadlineMs / 1000.0, 'f', 1), last),
                { { QStringLiteral("url"), m_profile.url(m_profile.healthPath).toString() },
                  { QStringLiteral("outcome"), QStringLiteral("probe_deadline") },
                  { QStringLiteral("deadline_ms"), deadlineMs },
                  { QStringLiteral("attempts"), tries } },
                true);
        }
        const qint64 latency = o.finishedUs - o.startedUs;
        // The server's time is the answer's own attempt; the retries and backoffs before it are
        // Fathom's, said apart ("503 in 7,012 ms" blamed nginx for them).
        const AttemptTiming &quoted = o.lastAttempt().timing;
        const qint64 answer = quoted.onLaneUs() ? quoted.finishedUs - quoted.onLaneUs() : latency;
        const QString retries = tries > 1 ? tr(", the last of %n attempt(s) over %1 s", nullptr, tries)
                                                .arg(QLocale().toString(ms(latency) / 1000.0, 'f', 1))
                                          : QString();
        const QJsonObject details { { QStringLiteral("url"), m_profile.url(m_profile.healthPath).toString() },
                                    { QStringLiteral("outcome"), outcomeId(o.outcome) },
                                    { QStringLiteral("status"), o.httpStatus },
                                    { QStringLiteral("latency_ms"), ms(latency) },
                                    { QStringLiteral("answer_ms"), ms(answer) },
                                    { QStringLiteral("attempts"), tries },
                                    { QStringLiteral("body"), bodyText(o.body) } };
        if (o.ok())
            return finish(true,
                          tr("The target is healthy: %1 answered HTTP %2 in %3 ms%4.")
                              .arg(isolate(m_profile.healthPath))
                              .arg(o.httpStatus)
                              .arg(QLocale().toString(ms(answer), 'f', 1), retries),
                          details);
        if (o.outcome == OutcomeClass::UnexpectedStatus) {
            QByteArray location;
            for (const auto &[name, value] : o.headers) {
                if (name.compare("location", Qt::CaseInsensitive) == 0)
                    location = value.left(2048);
            }
            return finish(false,
                          location.isEmpty()
                              ? tr("%1 answered HTTP %2, not a 2xx: Fathom follows no redirect. Point the profile's "
                                   "health path at the page itself.")
                                    .arg(isolate(m_profile.healthPath))
                                    .arg(o.httpStatus)
                              : tr("%1 answered HTTP %2, a redirect to %3: Fathom follows no redirect. Point the "
                                   "profile's base URL or health path there.")
                                    .arg(isolate(m_profile.healthPath))
                                    .arg(o.httpStatus)
                                    .arg(isolate(redactSecrets(QString::fromLatin1(location)))),
                          details);
        }
        // A transport error wins over a status line already read: "200" and then a cut body is
        // no answer.
        if (o.httpStatus && isErrorAnswer(o.outcome))
            return finish(false,
                          tr("The target is up but unhealthy: %1 answered HTTP %2 (%3) in %4 ms%5.")
                              .arg(isolate(m_profile.healthPath))
                              .arg(o.httpStatus)
                              .arg(isolate(serverMessage(o.body)), QLocale().toString(ms(answer), 'f', 1), retries),
                          details);
        if (o.outcome == OutcomeClass::TlsError)
            return finish(false,
                          tr("The target's HTTPS could not be trusted or set up: %1. A server signed by the lab's "
                             "own CA needs that CA in the profile (client.tls.ca_bundle; the profile editor's "
                             "HTTPS tab); a certificate for another name or past its dates is the server's to "
                             "fix; a server that asks for a client certificate needs one and its key.")
                              .arg(o.errorText),
                          details, true);
        finish(
            false,
            tr("The target did not answer its health check: %1 (%2), %n attempt(s) in %3 s. Check the base URL, that "
               "the server runs, and the network between.",
               nullptr, tries)
                .arg(outcomeWords(o.outcome), isolate(o.errorText), QLocale().toString(ms(latency) / 1000.0, 'f', 1)),
            details, isUnreachable(o.outcome));
    });
    m_pastDeadline = false;
    m_deadline.setSingleShot(true);
    disconnect(&m_deadline, &QTimer::timeout, this, nullptr);
    m_deadline.callOnTimeout(this, [this, engine, id] {
        m_pastDeadline = true;
        engine->cancel(id);
    });
    m_deadline.start(deadlineMs);
}

void Probe::readiness()
{
    if (m_profile.readinessPath.isEmpty())
        return finish(true, tr("The profile has no readiness check (readiness_path is empty)."),
                      { { QStringLiteral("state"), QStringLiteral("not_configured") } });
    HttpRequestSpec s;
    s.url = m_profile.url(m_profile.readinessPath);
    s.useToken = m_profile.usesToken();
    makeEngine(1)->submit(s, [this](const RequestOutcome &o) {
        QJsonObject details { { QStringLiteral("outcome"), outcomeId(o.outcome) },
                              { QStringLiteral("status"), o.httpStatus },
                              { QStringLiteral("latency_ms"), ms(o.finishedUs - o.startedUs) },
                              { QStringLiteral("server_text"), serverMessage(o.body) } };
        if (o.ok()) {
            details.insert(QStringLiteral("state"), QStringLiteral("ready"));
            return finish(
                true,
                tr("The server is ready: %1 answered HTTP %2.").arg(isolate(m_profile.readinessPath)).arg(o.httpStatus),
                details);
        }
        if (o.httpStatus == 404) {
            // No such endpoint: the server has no readiness check to ask, which is no failure.
            details.insert(QStringLiteral("state"), QStringLiteral("not_configured"));
            return finish(true,
                          tr("The server has no readiness endpoint at %1 (HTTP 404): readiness is not configured, and "
                             "only its health is known. Set the profile's readiness path to the server's, or leave it "
                             "empty.")
                              .arg(isolate(m_profile.readinessPath)),
                          details);
        }
        if (o.outcome == OutcomeClass::WaitingForFiber503) {
            details.insert(QStringLiteral("state"), QStringLiteral("waiting_for_fiber"));
            return finish(
                false,
                tr("The server is waiting for fibre: it answered 503 \"%1\". It has no fibre data source yet; "
                   "jobs would fail, and retrying only adds load. Wait until this probe says ready.")
                    .arg(isolate(serverMessage(o.body))),
                details);
        }
        details.insert(QStringLiteral("state"), QStringLiteral("error"));
        finish(false,
               tr("The readiness check failed: %1 %2.")
                   .arg(outcomeWords(o.outcome),
                        o.httpStatus ? tr("(HTTP %1: %2)").arg(o.httpStatus).arg(isolate(serverMessage(o.body)))
                                     : isolate(o.errorText)),
               details, isUnreachable(o.outcome));
    });
}

void Probe::auth()
{
    if (!m_profile.usesToken() || !m_tokens)
        return finish(true, tr("The profile uses no authentication: nothing to check."),
                      { { QStringLiteral("auth"), QStringLiteral("none") } });
    const qint64 start = Clock::system()->nowUs();
    m_tokens->requestToken(this, [this, start](const TokenResult &t) {
        const bool basic = m_profile.auth.type == AuthSettings::Type::Basic;
        QJsonObject details { { QStringLiteral("auth"),
                                m_profile.auth.type == AuthSettings::Type::OAuth2 ? QStringLiteral("oauth2")
                                    : basic                                       ? QStringLiteral("basic")
                                                                                  : QStringLiteral("bearer") },
                              { QStringLiteral("latency_ms"), ms(Clock::system()->nowUs() - start) } };
        if (!t.ok) {
            details.insert(QStringLiteral("outcome"), outcomeId(t.failure));
            return finish(false, tr("Could not obtain a token: %1").arg(t.error), details, isUnreachable(t.failure));
        }
        details.insert(QStringLiteral("lifetime_s"), double(t.lifetimeMs / 1000));
        details.insert(QStringLiteral("token_length"), int(t.token.size())); // never the token itself
        finish(true,
               m_profile.auth.type == AuthSettings::Type::OAuth2
                   ? tr("A token was obtained; it lives %1 s and is refreshed 30 s before it expires.")
                         .arg(t.lifetimeMs / 1000)
                   : basic ? tr("The password was read from the keychain.")
                           : tr("The bearer token was read from the keychain."),
               details);
    });
}

void Probe::cleanupThen(const QList<QByteArray> &answers, HttpEngine *engine, std::function<void(int cleaned)> then)
{
    QList<HttpRequestSpec> requests;
    for (const QByteArray &a : answers) {
        if (auto r = m_profile.cleanupRequest(a))
            requests.append(*r);
    }
    if (requests.isEmpty())
        return then(0);
    auto left = std::make_shared<int>(int(requests.size()));
    auto ok = std::make_shared<int>(0);
    auto done = std::make_shared<std::function<void(int)>>(std::move(then));
    for (const HttpRequestSpec &r : std::as_const(requests)) {
        engine->submit(r, [left, ok, done](const RequestOutcome &o) {
            *ok += o.ok();
            if (--*left == 0)
                (*done)(*ok);
        });
    }
}

void Probe::job()
{
    HttpEngine *engine = makeEngine(1);
    engine->submit(m_profile.jobRequest(0, 1, 1), [this, engine](const RequestOutcome &o) {
        QJsonObject details { { QStringLiteral("outcome"), outcomeId(o.outcome) },
                              { QStringLiteral("status"), o.httpStatus },
                              { QStringLiteral("attempts"), int(o.attempts.size()) },
                              { QStringLiteral("job_id"), m_profile.jobIdFrom(o.body) },
                              { QStringLiteral("timing"),
                                o.attempts.isEmpty() ? QJsonObject() : timingJson(o.lastAttempt().timing) },
                              { QStringLiteral("total_ms"), ms(o.finishedUs - o.startedUs) } };
        if (!o.ok()) {
            details.insert(QStringLiteral("server_text"), serverMessage(o.body));
            if (o.outcome == OutcomeClass::RateLimited) {
                // A rate, not a failure of the job: say when the server asked to come back.
                const qint64 retryAfterMs = o.lastAttempt().retryAfterMs;
                details.insert(QStringLiteral("retry_after_ms"),
                               retryAfterMs >= 0 ? QJsonValue(double(retryAfterMs)) : QJsonValue());
                return finish(false,
                              (retryAfterMs >= 0
                                   ? tr("The job was refused as one of too many requests (HTTP 429): the server limits "
                                        "the request rate and asked to come back after %1 s (Retry-After). %n "
                                        "attempt(s) were made. Measure the rate with fathom discover, and pace the "
                                        "suite below it.",
                                        nullptr, int(o.attempts.size()))
                                         .arg(QLocale().toString(double(retryAfterMs) / 1000.0, 'f', 1))
                                   : tr("The job was refused as one of too many requests (HTTP 429): the server limits "
                                        "the request rate. %n attempt(s) were made. Measure the rate with fathom "
                                        "discover, and pace the suite below it.",
                                        nullptr, int(o.attempts.size()))),
                              details);
            }
            return finish(false,
                          tr("The job failed: %1 %2.")
                              .arg(outcomeWords(o.outcome),
                                   o.httpStatus
                                       ? tr("(HTTP %1: %2)").arg(o.httpStatus).arg(isolate(serverMessage(o.body)))
                                       : isolate(o.errorText)),
                          details, isUnreachable(o.outcome));
        }
        const AttemptTiming t = o.lastAttempt().timing;
        const QString timing = tr("queued %1 ms, connect and send %2 ms, server %3 ms, total %4 ms")
                                   .arg(QLocale().toString(ms(t.queueWaitUs()), 'f', 1))
                                   .arg(QLocale().toString(ms(t.connectSendUs()), 'f', 1))
                                   .arg(QLocale().toString(ms(t.serverWaitUs()), 'f', 1))
                                   .arg(QLocale().toString(ms(o.finishedUs - o.startedUs), 'f', 1));
        if (!m_profile.cleanup.enabled)
            return finish(true, tr("One job succeeded: %1. No cleanup is configured.").arg(timing), details);
        cleanupThen({ o.body }, engine, [this, details, timing](int cleaned) mutable {
            details.insert(QStringLiteral("cleaned_up"), cleaned == 1);
            finish(cleaned == 1,
                   cleaned == 1 ? tr("One job succeeded end to end: %1; it was cleaned up.").arg(timing)
                                : tr("The job succeeded (%1) but could not be cleaned up: check the cleanup request "
                                     "and the id field \"%2\".")
                                      .arg(timing, m_profile.job.idField),
                   details);
        });
    });
}

void Probe::poolRound(int poolSize, int requests, std::function<void(QJsonObject)> done)
{
    HttpEngine *engine = makeEngine(poolSize);
    struct Round
    {
        LatencyHistogram wait, total;
        QJsonArray waits;
        OutcomeCounts outcomes {};
        QList<QByteArray> created;
        int left = 0;
    };
    auto round = std::make_shared<Round>();
    round->left = requests;
    for (int i = 0; i < requests; ++i) {
        engine->submit(m_profile.jobRequest(i, requests, 1),
                       [this, engine, round, poolSize, done](const RequestOutcome &o) {
                           const AttemptTiming &t = o.attempts.isEmpty() ? AttemptTiming() : o.lastAttempt().timing;
                           round->wait.record(t.queueWaitUs());
                           round->waits.append(ms(t.queueWaitUs()));
                           round->total.record(o.finishedUs - o.startedUs);
                           ++round->outcomes[size_t(o.outcome)];
                           if (o.ok())
                               round->created.append(o.body);
                           if (--round->left > 0)
                               return;
                           QJsonObject outcomes;
                           for (OutcomeClass c : allOutcomeClasses()) {
                               if (round->outcomes[size_t(c)])
                                   outcomes.insert(outcomeId(c), double(round->outcomes[size_t(c)]));
                           }
                           QJsonObject result { { QStringLiteral("pool_size"), poolSize },
                                                { QStringLiteral("queue_wait"), histogramJson(round->wait) },
                                                { QStringLiteral("total"), histogramJson(round->total) },
                                                { QStringLiteral("outcomes"), outcomes },
                                                { QStringLiteral("queue_wait_ms"), round->waits } };
                           cleanupThen(round->created, engine, [this, engine, result, done](int) {
                               // Each round owns its connections: the next round must not
                               // meet this one's still open on the server. Queued: the engine
                               // is still in its callback here.
                               QMetaObject::invokeMethod(
                                   this,
                                   [this, engine, result, done] {
                                       releaseEngine(engine);
                                       done(result);
                                   },
                                   Qt::QueuedConnection);
                           });
                       });
    }
}

void Probe::pool(const ProbeOptions &options)
{
    const int n = std::max(1, options.poolRequests);
    const int p = std::max(1, options.poolSize);
    if (p >= n)
        return finish(false,
                      tr("A pool of %1 for %2 requests has nothing to compare: the probe sends the requests through "
                         "the pool and again through a pool as large as the requests. Choose a pool smaller than "
                         "the requests.")
                          .arg(p)
                          .arg(n),
                      QJsonObject { { QStringLiteral("requests"), n }, { QStringLiteral("pool_size"), p } });
    if (const DescriptorLimit d = descriptorLimit(); n > d.connectionsAvailable())
        return finish(
            false,
            tr("Fathom can open %1 connections at once here, fewer than the %2 requests the full pool needs: "
               "the descriptor limit (ulimit -n) is %3. Raise it (ulimit -n %4) or send fewer requests.")
                .arg(d.connectionsAvailable())
                .arg(n)
                .arg(d.soft)
                .arg(n + d.open + DescriptorLimit::kReserved),
            QJsonObject { { QStringLiteral("requests"), n }, { QStringLiteral("descriptor_limit"), d.soft } });
    poolRound(p, n, [this, n, p](QJsonObject small) {
        if (m_cancelled) // the comparison round is not started
            return finish(false, {},
                          QJsonObject { { QStringLiteral("requests"), n }, { QStringLiteral("small_pool"), small } });
        poolRound(n, n, [this, n, p, small](QJsonObject large) {
            const double smallP99
                = small.value(QStringLiteral("queue_wait")).toObject().value(QStringLiteral("p99_ms")).toDouble();
            const double largeP99
                = large.value(QStringLiteral("queue_wait")).toObject().value(QStringLiteral("p99_ms")).toDouble();
            const double smallMax
                = small.value(QStringLiteral("queue_wait")).toObject().value(QStringLiteral("max_ms")).toDouble();
            const QJsonObject details { { QStringLiteral("requests"), n },
                                        { QStringLiteral("small_pool"), small },
                                        { QStringLiteral("full_pool"), large } };
            // Outcomes first: waits measured on requests the server refused say nothing of the pool.
            // Both rounds are named: the pool given, and the comparison round's pool as large as
            // the requests.
            const auto failedIn = [n](const QJsonObject &round) {
                return n - round.value(QStringLiteral("outcomes")).toObject().value(QStringLiteral("ok")).toInt();
            };
            const int smallFailed = failedIn(small), largeFailed = failedIn(large);
            if (smallFailed > 0 || largeFailed > 0) {
                const QJsonObject outcomes
                    = (smallFailed > 0 ? small : large).value(QStringLiteral("outcomes")).toObject();
                QString worst;
                int most = 0;
                for (auto it = outcomes.begin(); it != outcomes.end(); ++it) {
                    if (it.key() != QLatin1String("ok") && it->toInt() > most) {
                        most = it->toInt();
                        worst = it.key();
                    }
                }
                const auto worstClass = outcomeFromId(worst);
                return finish(false,
                              tr("Requests failed: %1 of %2 through the pool of %3, and %4 of %2 through a pool of %2 "
                                 "(the comparison); mostly %5. The pool's effect cannot be told apart from the "
                                 "server's refusals. Run the probe at a load the server takes (see its capacity).")
                                  .arg(smallFailed)
                                  .arg(n)
                                  .arg(p)
                                  .arg(largeFailed)
                                  .arg(worstClass ? outcomeWords(*worstClass) : worst),
                              details,
                              smallFailed == n && largeFailed == n && worstClass && isUnreachable(*worstClass));
            }
            finish(
                true,
                tr("%1 concurrent requests through a pool of %2 waited up to %3 ms for a connection (p99 %4 ms); "
                   "through a "
                   "pool of %1 the p99 wait was %5 ms. Every millisecond of that difference is pool exhaustion on the "
                   "client, not server time.")
                    .arg(n)
                    .arg(p)
                    .arg(QLocale().toString(smallMax, 'f', 1))
                    .arg(QLocale().toString(smallP99, 'f', 1))
                    .arg(QLocale().toString(largeP99, 'f', 1)),
                details);
        });
    });
}

void Probe::timeout()
{
    HttpEngine *engine = makeEngine(1);
    engine->submit(m_profile.jobRequest(0, 1, 1), [this, engine](const RequestOutcome &o) {
        const EngineConfig &c = m_profile.client;
        QString phase = QStringLiteral("none");
        if (o.outcome == OutcomeClass::ConnectTimeout)
            phase = QStringLiteral("connect");
        else if (o.outcome == OutcomeClass::RequestTimeout)
            phase = QStringLiteral("response");
        else if (o.outcome == OutcomeClass::PoolWaitTimeout)
            phase = QStringLiteral("pool_wait");
        const QJsonObject details { { QStringLiteral("phase"), phase },
                                    { QStringLiteral("outcome"), outcomeId(o.outcome) },
                                    { QStringLiteral("connect_timeout_ms"), c.connectTimeoutMs },
                                    { QStringLiteral("request_timeout_ms"), c.requestTimeoutMs },
                                    { QStringLiteral("pool_wait_timeout_ms"), c.poolWaitTimeoutMs },
                                    { QStringLiteral("attempts"), int(o.attempts.size()) },
                                    { QStringLiteral("timing"),
                                      o.attempts.isEmpty() ? QJsonObject() : timingJson(o.lastAttempt().timing) } };
        QString verdict;
        if (phase == QLatin1String("connect"))
            verdict
                = tr("The connect timeout (%1 ms) ran out: no connection was made and nothing reached the server. A "
                     "server that does not accept connections, or a network that drops them.")
                      .arg(c.connectTimeoutMs);
        else if (phase == QLatin1String("response"))
            verdict
                = tr("The request timeout (%1 ms) ran out after the request was sent: the server took longer than that "
                     "to answer. Its load, not the client's pool.")
                      .arg(c.requestTimeoutMs);
        else if (phase == QLatin1String("pool_wait"))
            verdict = tr("The pool-wait timeout (%1 ms) ran out: the request never got a connection. Pool exhaustion "
                         "on the "
                         "client.")
                          .arg(c.poolWaitTimeoutMs);
        else
            verdict = tr("No timeout ran out: the job ended (%1) in %2 ms, within connect %3 ms and request %4 ms.")
                          .arg(outcomeWords(o.outcome))
                          .arg(QLocale().toString(ms(o.finishedUs - o.startedUs), 'f', 1))
                          .arg(c.connectTimeoutMs)
                          .arg(c.requestTimeoutMs);
        const bool ok = phase == QLatin1String("none");
        cleanupThen(o.ok() ? QList<QByteArray> { o.body } : QList<QByteArray> {}, engine,
                    [this, ok, verdict, details](int) { finish(ok, verdict, details); });
    });
}

} // namespace fathom
