#include "model/targetprofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace fathom {

QString credentialsInUrl(const QUrl &url, const QString &field)
{
    if (url.userName().isEmpty() && url.password().isEmpty())
        return {};
    return TargetProfile::tr("\"%1\" carries a user name and password: Fathom keeps credentials in the keychain, never "
                             "in a URL, a file or a log. Give the URL without \"user:password@\" and use basic "
                             "authentication in a profile (\"auth\": {\"type\": \"basic\", \"username\": \"%2\", "
                             "\"secret_key\": \"KEY\"}) with the password stored by: fathom secret set KEY")
        .arg(field, url.userName().isEmpty() ? QStringLiteral("USER") : url.userName());
}

QString withoutCredentials(const QString &text)
{
    static const QRegularExpression userInfo(QStringLiteral(R"((://)[^/@\s]*@)"));
    return QString(text).replace(userInfo, QStringLiteral("\\1"));
}

QString withoutCredentials(const QUrl &url, const QString &text)
{
    return url.userInfo().isEmpty() ? withoutCredentials(text) : url.toString(QUrl::RemoveUserInfo);
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fathom", text);
}

/// Reads one JSON object strictly, remembering the dotted path for messages.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(fathom::Reader)
public:
    Reader(const QJsonObject &o, QString path, QString *error)
        : m_o(o)
        , m_path(std::move(path))
        , m_error(error)
    {
    }

    bool ok() const { return m_error->isEmpty(); }
    QString field(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    QString field(const char *key) const { return field(QString::fromLatin1(key)); }

    bool onlyKnown(std::initializer_list<const char *> known)
    {
        for (auto it = m_o.begin(); it != m_o.end(); ++it) {
            if (std::none_of(known.begin(), known.end(), [&](const char *k) { return it.key() == QLatin1String(k); }))
                return fail(tr("unknown field \"%1\"").arg(field(it.key())));
        }
        return true;
    }

    bool string(const char *key, QString *out, bool allowEmpty = true)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isString())
            return fail(tr("\"%1\" must be a string").arg(field(key)));
        if (!allowEmpty && v.toString().isEmpty())
            return fail(tr("\"%1\" must not be empty").arg(field(key)));
        *out = v.toString();
        return true;
    }

    bool method(const char *key, QByteArray *out)
    {
        QString s = QString::fromLatin1(*out);
        if (!string(key, &s, false))
            return false;
        static const QRegularExpression token(QStringLiteral("^[A-Za-z]{1,16}$"));
        if (!token.match(s).hasMatch())
            return fail(tr("\"%1\" must be an HTTP method such as GET or POST, not \"%2\"").arg(field(key), s));
        *out = s.toUpper().toLatin1();
        return true;
    }

    bool path(const char *key, QString *out, bool allowEmpty = false)
    {
        QString s = *out;
        if (!string(key, &s, allowEmpty))
            return false;
        if (!s.isEmpty() && !s.startsWith(QLatin1Char('/')))
            return fail(tr("\"%1\" must be a path starting with \"/\", not \"%2\"").arg(field(key), s));
        *out = s;
        return true;
    }

    template<typename T> bool number(const char *key, T *out, double min, double max)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isDouble())
            return fail(tr("\"%1\" must be a number").arg(field(key)));
        const double d = v.toDouble();
        if (d < min || d > max)
            return fail(tr("\"%1\" must be from %2 to %3, not %4").arg(field(key)).arg(min).arg(max).arg(d));
        if constexpr (std::is_integral_v<T>) {
            if (d != std::floor(d))
                return fail(tr("\"%1\" must be a whole number, not %2").arg(field(key)).arg(d));
        }
        *out = T(d);
        return true;
    }

    bool boolean(const char *key, bool *out)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return fail(tr("\"%1\" must be true or false").arg(field(key)));
        *out = v.toBool();
        return true;
    }

    /// A nested object; absent gives an empty one.
    bool object(const char *key, QJsonObject *out)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isObject())
            return fail(tr("\"%1\" must be an object").arg(field(key)));
        *out = v.toObject();
        return true;
    }

    bool fail(const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = message;
        return false;
    }

private:
    QJsonObject m_o;
    QString m_path;
    QString *m_error;
};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\{([A-Za-z_][A-Za-z0-9_]*)\})"));
    return re;
}

bool checkPlaceholders(const QString &text, const QStringList &allowed, const QString &field, QString *error)
{
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!allowed.contains(name)) {
            *error = tr("\"%1\" names an unknown field {%2}; it may use %3")
                         .arg(field, name,
                              allowed.isEmpty()
                                  ? tr("none")
                                  : QLatin1Char('{') + allowed.join(QStringLiteral("}, {")) + QLatin1Char('}'));
            return false;
        }
    }
    return true;
}

QString fill(QString text, const QList<QPair<QString, QString>> &values)
{
    for (const auto &[name, value] : values)
        text.replace(QLatin1Char('{') + name + QLatin1Char('}'), value);
    return text;
}

const QStringList kJobPlaceholders = { QStringLiteral("index"), QStringLiteral("level"), QStringLiteral("attempt") };

bool readTls(const QJsonObject &o, TlsSettings *t, QString *error)
{
    Reader r(o, QStringLiteral("client.tls"), error);
    r.onlyKnown({ "verify_peer", "ca_bundle", "client_certificate", "client_key", "client_key_passphrase_key" });
    TlsSettings read = *t;
    r.boolean("verify_peer", &read.verifyPeer);
    r.string("ca_bundle", &read.caBundle);
    r.string("client_certificate", &read.clientCertificate);
    r.string("client_key", &read.clientKey);
    r.string("client_key_passphrase_key", &read.passphraseKey);
    if (!r.ok())
        return false;
    for (const auto &[key, path] :
         { std::pair { "ca_bundle", read.caBundle }, std::pair { "client_certificate", read.clientCertificate },
           std::pair { "client_key", read.clientKey } }) {
        const QFileInfo file(path);
        if (!path.isEmpty() && (!file.isFile() || !file.isReadable()))
            return r.fail(tr("\"client.tls.%1\": %2 is not a file Fathom can read").arg(QLatin1String(key), path));
    }
    if (read.clientCertificate.isEmpty() != read.clientKey.isEmpty())
        return r.fail(tr("\"client.tls.client_certificate\" and \"client.tls.client_key\" go together: give both, "
                         "or neither"));
    if (!read.passphraseKey.isEmpty() && read.clientKey.isEmpty())
        return r.fail(tr("\"client.tls.client_key_passphrase_key\" names the passphrase of a client key, but there "
                         "is no \"client.tls.client_key\""));
    read.passphrase = read.passphraseKey == t->passphraseKey ? t->passphrase : QString();
    *t = read;
    return true;
}

bool readClient(const QJsonObject &o, EngineConfig *c, QString *error)
{
    Reader r(o, QStringLiteral("client"), error);
    r.onlyKnown({ "transport", "pool_size", "worker_threads", "connect_timeout_ms", "request_timeout_ms",
                  "pool_wait_timeout_ms", "max_concurrency", "max_rps", "rate_burst", "retry", "breaker", "tls" });
    QString transport = c->transport == EngineConfig::Transport::Qt ? QStringLiteral("qt") : QStringLiteral("curl");
    r.string("transport", &transport);
    if (transport == QLatin1String("curl"))
        c->transport = EngineConfig::Transport::Curl;
    else if (transport == QLatin1String("qt"))
        c->transport = EngineConfig::Transport::Qt;
    else
        r.fail(tr("\"client.transport\" must be \"curl\" or \"qt\", not \"%1\"").arg(transport));
    r.number("pool_size", &c->poolSize, 1, 10'000);
    r.number("worker_threads", &c->workerThreads, 0, 64);
    r.number("connect_timeout_ms", &c->connectTimeoutMs, 1, 3'600'000);
    r.number("request_timeout_ms", &c->requestTimeoutMs, 1, 3'600'000);
    r.number("pool_wait_timeout_ms", &c->poolWaitTimeoutMs, 0, 3'600'000);
    r.number("max_concurrency", &c->maxConcurrency, 0, 100'000);
    r.number("max_rps", &c->maxRequestsPerSecond, 0, 1e6);
    r.number("rate_burst", &c->rateBurst, 1, 1e6);
    QJsonObject retry, breaker, tls;
    r.object("retry", &retry);
    r.object("breaker", &breaker);
    r.object("tls", &tls);
    if (!r.ok() || !readTls(tls, &c->tls, error))
        return false;

    Reader rr(retry, QStringLiteral("client.retry"), error);
    rr.onlyKnown({ "max_retries", "base_delay_ms", "factor", "max_delay_ms", "full_jitter", "max_retry_after_ms",
                   "retry_non_idempotent" });
    rr.number("max_retries", &c->retry.maxRetries, 0, 100);
    rr.number("base_delay_ms", &c->retry.baseDelayMs, 0, 3'600'000);
    rr.number("factor", &c->retry.factor, 1, 100);
    rr.number("max_delay_ms", &c->retry.maxDelayMs, 0, 3'600'000);
    rr.boolean("full_jitter", &c->retry.fullJitter);
    rr.number("max_retry_after_ms", &c->retry.maxRetryAfterMs, 0, 86'400'000);
    rr.boolean("retry_non_idempotent", &c->retry.retryNonIdempotent);
    if (!rr.ok())
        return false;

    Reader br(breaker, QStringLiteral("client.breaker"), error);
    br.onlyKnown({ "enabled", "mode", "failure_threshold", "window_size", "minimum_calls", "failure_rate_percent",
                   "open_duration_ms", "half_open_calls", "failure_outcomes" });
    br.boolean("enabled", &c->breaker.enabled);
    QString mode = c->breaker.mode == BreakerConfig::Mode::FailureRate ? QStringLiteral("failure_rate")
                                                                       : QStringLiteral("consecutive");
    br.string("mode", &mode);
    if (mode == QLatin1String("consecutive"))
        c->breaker.mode = BreakerConfig::Mode::ConsecutiveFailures;
    else if (mode == QLatin1String("failure_rate"))
        c->breaker.mode = BreakerConfig::Mode::FailureRate;
    else
        br.fail(tr("\"client.breaker.mode\" must be \"consecutive\" or \"failure_rate\", not \"%1\"").arg(mode));
    br.number("failure_threshold", &c->breaker.failureThreshold, 1, 100'000);
    br.number("window_size", &c->breaker.windowSize, 1, 100'000);
    br.number("minimum_calls", &c->breaker.minimumCalls, 1, 100'000);
    br.number("failure_rate_percent", &c->breaker.failureRatePercent, 1, 100);
    br.number("open_duration_ms", &c->breaker.openDurationMs, 0, 86'400'000);
    br.number("half_open_calls", &c->breaker.halfOpenTrialCalls, 1, 1000);
    const QJsonValue outcomes = breaker.value(QStringLiteral("failure_outcomes"));
    if (!outcomes.isUndefined()) {
        if (!outcomes.isArray())
            return br.fail(tr("\"client.breaker.failure_outcomes\" must be an array of outcome ids"));
        QSet<OutcomeClass> set;
        for (const QJsonValue &v : outcomes.toArray()) {
            const auto c = outcomeFromId(v.toString());
            if (!c)
                return br.fail(tr("\"client.breaker.failure_outcomes\": unknown outcome \"%1\"").arg(v.toString()));
            set.insert(*c);
        }
        c->breaker.failureOutcomes = set;
    }
    return br.ok();
}

QJsonObject clientJson(const EngineConfig &c)
{
    QJsonArray outcomes;
    for (OutcomeClass o : allOutcomeClasses()) {
        if (c.breaker.failureOutcomes.contains(o))
            outcomes.append(outcomeId(o));
    }
    return {
        { QStringLiteral("transport"),
          c.transport == EngineConfig::Transport::Qt ? QStringLiteral("qt") : QStringLiteral("curl") },
        { QStringLiteral("pool_size"), c.poolSize },
        { QStringLiteral("worker_threads"), c.workerThreads },
        { QStringLiteral("connect_timeout_ms"), c.connectTimeoutMs },
        { QStringLiteral("request_timeout_ms"), c.requestTimeoutMs },
        { QStringLiteral("pool_wait_timeout_ms"), c.poolWaitTimeoutMs },
        { QStringLiteral("max_concurrency"), c.maxConcurrency },
        { QStringLiteral("max_rps"), c.maxRequestsPerSecond },
        { QStringLiteral("rate_burst"), c.rateBurst },
        // Never the passphrase: only where the keychain keeps it.
        { QStringLiteral("tls"),
          QJsonObject { { QStringLiteral("verify_peer"), c.tls.verifyPeer },
                        { QStringLiteral("ca_bundle"), c.tls.caBundle },
                        { QStringLiteral("client_certificate"), c.tls.clientCertificate },
                        { QStringLiteral("client_key"), c.tls.clientKey },
                        { QStringLiteral("client_key_passphrase_key"), c.tls.passphraseKey } } },
        { QStringLiteral("retry"),
          QJsonObject { { QStringLiteral("max_retries"), c.retry.maxRetries },
                        { QStringLiteral("base_delay_ms"), double(c.retry.baseDelayMs) },
                        { QStringLiteral("factor"), c.retry.factor },
                        { QStringLiteral("max_delay_ms"), double(c.retry.maxDelayMs) },
                        { QStringLiteral("full_jitter"), c.retry.fullJitter },
                        { QStringLiteral("max_retry_after_ms"), double(c.retry.maxRetryAfterMs) },
                        { QStringLiteral("retry_non_idempotent"), c.retry.retryNonIdempotent } } },
        { QStringLiteral("breaker"),
          QJsonObject { { QStringLiteral("enabled"), c.breaker.enabled },
                        { QStringLiteral("mode"),
                          c.breaker.mode == BreakerConfig::Mode::FailureRate ? QStringLiteral("failure_rate")
                                                                             : QStringLiteral("consecutive") },
                        { QStringLiteral("failure_threshold"), c.breaker.failureThreshold },
                        { QStringLiteral("window_size"), c.breaker.windowSize },
                        { QStringLiteral("minimum_calls"), c.breaker.minimumCalls },
                        { QStringLiteral("failure_rate_percent"), c.breaker.failureRatePercent },
                        { QStringLiteral("open_duration_ms"), double(c.breaker.openDurationMs) },
                        { QStringLiteral("half_open_calls"), c.breaker.halfOpenTrialCalls },
                        { QStringLiteral("failure_outcomes"), outcomes } } },
    };
}

QJsonObject deepMerge(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it->isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), deepMerge(base.value(it.key()).toObject(), it->toObject()));
        else
            base.insert(it.key(), *it);
    }
    return base;
}

} // namespace

std::optional<TargetProfile> TargetProfile::fromJson(const QJsonObject &json, QString *errorOut)
{
    QString error;
    TargetProfile p;
    Reader r(json, QString(), &error);
    r.onlyKnown({ "name", "base_url", "health_path", "readiness_path", "job", "cleanup", "auth", "client", "slo" });
    r.string("name", &p.name);
    QString base;
    r.string("base_url", &base, false);
    if (r.ok() && json.contains(QStringLiteral("base_url"))) {
        const QUrl url(base, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            r.fail(tr("\"base_url\" must be an absolute http:// or https:// URL with a host, not \"%1\"")
                       .arg(withoutCredentials(url, base)));
        else if (const QString refused = credentialsInUrl(url, QStringLiteral("base_url")); !refused.isEmpty())
            r.fail(refused);
        p.baseUrl = url;
    } else if (r.ok()) {
        r.fail(tr("\"base_url\" is missing: the profile must say where the target is"));
    }
    r.path("health_path", &p.healthPath);
    r.path("readiness_path", &p.readinessPath, true);
    QJsonObject job, cleanup, auth, client, slo;
    r.object("job", &job);
    r.object("slo", &slo);
    r.object("cleanup", &cleanup);
    r.object("auth", &auth);
    r.object("client", &client);

    if (r.ok()) {
        Reader j(job, QStringLiteral("job"), &error);
        j.onlyKnown({ "method", "path", "body", "id_field" });
        j.method("method", &p.job.method);
        j.path("path", &p.job.path);
        j.string("body", &p.job.body);
        j.string("id_field", &p.job.idField, false);
        if (j.ok())
            checkPlaceholders(p.job.path, kJobPlaceholders, QStringLiteral("job.path"), &error);
        if (j.ok())
            checkPlaceholders(p.job.body, kJobPlaceholders, QStringLiteral("job.body"), &error);
    }
    if (error.isEmpty() && !job.value(QStringLiteral("body")).isUndefined() && !p.job.body.isEmpty()) {
        // The body must be JSON once its placeholders are filled.
        QJsonParseError pe;
        const QList<QPair<QString, QString>> sample = { { QStringLiteral("index"), QStringLiteral("0") },
                                                        { QStringLiteral("level"), QStringLiteral("1") },
                                                        { QStringLiteral("attempt"), QStringLiteral("1") } };
        QJsonDocument::fromJson(fill(p.job.body, sample).toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError)
            error = tr("\"job.body\" is not JSON once its placeholders are filled: %1 at offset %2")
                        .arg(pe.errorString())
                        .arg(pe.offset);
    }
    if (error.isEmpty()) {
        Reader c(cleanup, QStringLiteral("cleanup"), &error);
        c.onlyKnown({ "enabled", "method", "path" });
        p.cleanup.enabled = !cleanup.isEmpty();
        c.boolean("enabled", &p.cleanup.enabled);
        c.method("method", &p.cleanup.method);
        c.path("path", &p.cleanup.path);
        if (c.ok() && p.cleanup.enabled)
            checkPlaceholders(p.cleanup.path, { p.job.idField }, QStringLiteral("cleanup.path"), &error);
        // Without the id every cleanup misses its job: jobs pile up and skew every later level.
        if (c.ok() && p.cleanup.enabled
            && !p.cleanup.path.contains(QLatin1Char('{') + p.job.idField + QLatin1Char('}')))
            c.fail(tr("\"cleanup.path\" must name the job, e.g. \"/jobs/{%1}\", not \"%2\"")
                       .arg(p.job.idField, p.cleanup.path));
    }
    if (error.isEmpty()) {
        Reader a(auth, QStringLiteral("auth"), &error);
        a.onlyKnown({ "type", "token_url", "client_id", "scope", "secret_key", "username" });
        QString type = QStringLiteral("none");
        a.string("type", &type);
        if (type == QLatin1String("none"))
            p.auth.type = AuthSettings::Type::None;
        else if (type == QLatin1String("bearer"))
            p.auth.type = AuthSettings::Type::Bearer;
        else if (type == QLatin1String("oauth2"))
            p.auth.type = AuthSettings::Type::OAuth2;
        else if (type == QLatin1String("basic"))
            p.auth.type = AuthSettings::Type::Basic;
        else
            a.fail(tr("\"auth.type\" must be \"none\", \"bearer\", \"basic\" or \"oauth2\", not \"%1\"").arg(type));
        a.string("username", &p.auth.username);
        a.string("token_url", &p.auth.tokenUrl);
        a.string("client_id", &p.auth.clientId);
        a.string("scope", &p.auth.scope);
        a.string("secret_key", &p.auth.secretKey);
        if (a.ok() && p.auth.type != AuthSettings::Type::None && p.auth.secretKey.isEmpty())
            a.fail(
                tr("\"auth.secret_key\" is missing: the keychain key under which the %1 secret is stored").arg(type));
        if (a.ok() && p.auth.type == AuthSettings::Type::Basic
            && (p.auth.username.isEmpty() || p.auth.username.contains(QLatin1Char(':'))))
            a.fail(p.auth.username.isEmpty()
                       ? tr("\"auth.username\" is missing: basic authentication needs a user name")
                       : tr("\"auth.username\" may not contain \":\" (RFC 7617)"));
        if (a.ok() && p.auth.type == AuthSettings::Type::OAuth2) {
            if (p.auth.tokenUrl.isEmpty())
                a.fail(tr("\"auth.token_url\" is missing (a URL, or a path on base_url)"));
            else if (p.auth.clientId.isEmpty())
                a.fail(tr("\"auth.client_id\" is missing"));
            else if (!p.auth.tokenUrl.startsWith(QLatin1Char('/'))) {
                const QUrl u(p.auth.tokenUrl, QUrl::StrictMode);
                if (!u.isValid() || u.scheme().isEmpty() || u.host().isEmpty())
                    a.fail(tr("\"auth.token_url\" must be an absolute URL or a path starting with \"/\", not \"%1\"")
                               .arg(withoutCredentials(u, p.auth.tokenUrl)));
                else if (const QString refused = credentialsInUrl(u, QStringLiteral("auth.token_url"));
                         !refused.isEmpty())
                    a.fail(refused);
            }
        }
    }
    if (error.isEmpty())
        readClient(client, &p.client, &error);
    if (error.isEmpty()) {
        Reader o(slo, QStringLiteral("slo"), &error);
        o.onlyKnown({ "p99_ms", "error_rate" });
        double p99 = -1, rate = -1;
        o.number("p99_ms", &p99, 1, 3'600'000);
        o.number("error_rate", &rate, 0, 1);
        if (o.ok() && slo.value(QStringLiteral("p99_ms")).isDouble())
            p.slo.p99Ms = p99;
        if (o.ok() && slo.value(QStringLiteral("error_rate")).isDouble())
            p.slo.errorRate = rate;
    }

    if (!error.isEmpty()) {
        *errorOut = error;
        return std::nullopt;
    }
    return p;
}

std::optional<TargetProfile> TargetProfile::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the profile %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    // At most the limit, whatever the size says: /dev/zero or a pipe has none and may not end.
    constexpr qint64 kMaxBytes = 1024 * 1024;
    const QByteArray text = f.read(kMaxBytes + 1);
    if (text.size() > kMaxBytes) {
        *error = tr("the profile %1 is larger than 1 MiB; is it the right file?").arg(path);
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("the profile %1 is not a JSON object (%2 at offset %3)")
                     .arg(path, pe.error != QJsonParseError::NoError ? pe.errorString() : tr("not an object"))
                     .arg(pe.offset);
        return std::nullopt;
    }
    QString fieldError;
    auto p = fromJson(doc.object(), &fieldError);
    if (!p)
        *error = tr("profile %1: %2").arg(path, fieldError);
    return p;
}

bool TargetProfile::applyPatch(const QJsonObject &patch, QString *error)
{
    QJsonObject merged = deepMerge(toJson(), patch);
    auto p = fromJson(merged, error);
    if (!p)
        return false;
    *this = *p;
    return true;
}

QJsonObject TargetProfile::toJson() const
{
    QJsonObject o {
        { QStringLiteral("name"), name },
        { QStringLiteral("base_url"), baseUrl.toString() },
        { QStringLiteral("health_path"), healthPath },
        { QStringLiteral("readiness_path"), readinessPath },
        { QStringLiteral("job"),
          QJsonObject { { QStringLiteral("method"), QString::fromLatin1(job.method) },
                        { QStringLiteral("path"), job.path },
                        { QStringLiteral("body"), job.body },
                        { QStringLiteral("id_field"), job.idField } } },
        { QStringLiteral("cleanup"),
          QJsonObject { { QStringLiteral("enabled"), cleanup.enabled },
                        { QStringLiteral("method"), QString::fromLatin1(cleanup.method) },
                        { QStringLiteral("path"), cleanup.path } } },
        { QStringLiteral("client"), clientJson(client) },
    };
    QJsonObject a { { QStringLiteral("type"), authTypeId(auth.type) } };
    if (auth.type != AuthSettings::Type::None) {
        a.insert(QStringLiteral("secret_key"), auth.secretKey);
        if (auth.type == AuthSettings::Type::Basic)
            a.insert(QStringLiteral("username"), auth.username);
        if (auth.type == AuthSettings::Type::OAuth2) {
            a.insert(QStringLiteral("token_url"), auth.tokenUrl);
            a.insert(QStringLiteral("client_id"), auth.clientId);
            a.insert(QStringLiteral("scope"), auth.scope);
        }
    }
    o.insert(QStringLiteral("auth"), a);
    if (slo.isSet())
        o.insert(QStringLiteral("slo"), slo.toJson());
    return o;
}

QUrl TargetProfile::url(const QString &path) const
{
    QUrl u = baseUrl;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    QString basePath = u.path(QUrl::FullyEncoded);
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    // Tolerant: an id percent-encoded into the path ("a%2Fb") must stay one path segment.
    u.setPath(basePath + (q < 0 ? path : path.left(q)), QUrl::TolerantMode);
    u.setQuery(q < 0 ? QString() : path.mid(q + 1), QUrl::TolerantMode);
    return u;
}

HttpRequestSpec TargetProfile::jobRequest(int index, int level, int attempt) const
{
    const QList<QPair<QString, QString>> values = { { QStringLiteral("index"), QString::number(index) },
                                                    { QStringLiteral("level"), QString::number(level) },
                                                    { QStringLiteral("attempt"), QString::number(attempt) } };
    HttpRequestSpec s;
    s.method = job.method;
    s.url = url(fill(job.path, values));
    s.body = fill(job.body, values).toUtf8();
    s.useToken = usesToken();
    return s;
}

TokenConfig TargetProfile::tokenConfig() const
{
    TokenConfig c;
    c.secretKey = auth.secretKey;
    c.staticBearer = auth.type == AuthSettings::Type::Bearer;
    if (auth.type == AuthSettings::Type::Basic)
        c.basicUser = auth.username;
    if (auth.type == AuthSettings::Type::OAuth2) {
        c.tokenUrl = auth.tokenUrl.startsWith(QLatin1Char('/')) ? url(auth.tokenUrl) : QUrl(auth.tokenUrl);
        c.clientId = auth.clientId;
        c.scope = auth.scope;
    }
    return c;
}

QString TargetProfile::jobIdFrom(const QByteArray &answerBody) const
{
    if (answerBody.size() > 1024 * 1024)
        return {};
    const QJsonValue v = QJsonDocument::fromJson(answerBody).object().value(job.idField);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return {};
}

std::optional<HttpRequestSpec> TargetProfile::cleanupRequest(const QByteArray &answerBody) const
{
    if (!cleanup.enabled)
        return std::nullopt;
    const QString id = jobIdFrom(answerBody);
    if (id.isEmpty())
        return std::nullopt;
    HttpRequestSpec s;
    s.method = cleanup.method;
    s.url = url(fill(cleanup.path, { { job.idField, QString::fromLatin1(QUrl::toPercentEncoding(id)) } }));
    s.useToken = usesToken();
    // A job left behind holds a slot on the server and skews every later level: a cleanup
    // tries hard, whatever the profile's retry settings for measuring are.
    RetryPolicy stubborn;
    stubborn.maxRetries = 5;
    stubborn.baseDelayMs = 100;
    stubborn.maxDelayMs = 2000;
    s.retry = stubborn;
    return s;
}

QString authTypeId(AuthSettings::Type t)
{
    switch (t) {
    case AuthSettings::Type::None:
        return QStringLiteral("none");
    case AuthSettings::Type::Bearer:
        return QStringLiteral("bearer");
    case AuthSettings::Type::OAuth2:
        return QStringLiteral("oauth2");
    case AuthSettings::Type::Basic:
        return QStringLiteral("basic");
    }
    return {};
}

} // namespace fathom
