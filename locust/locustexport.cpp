#include "locust/locustexport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace fathom {

QList<int> LocustExport::doublingLevels(int maxLevel)
{
    QList<int> levels;
    for (qint64 level = 1; level < maxLevel; level *= 2)
        levels << int(level);
    levels << std::max(1, maxLevel);
    return levels;
}

std::optional<QList<int>> LocustExport::parseLevels(const QString &text, QString *error)
{
    static const QRegularExpression range(QStringLiteral("^(\\d+)-(\\d+)/(\\d+)$"));
    constexpr int kMaxLevel = 1'000'000;
    constexpr int kMaxSteps = 1000;
    QList<int> levels;
    for (const QString &raw : text.split(QLatin1Char(','))) {
        const QString part = raw.trimmed();
        bool ok = false;
        const int single = part.toInt(&ok);
        if (ok && single >= 1 && single <= kMaxLevel) {
            levels << single;
        } else if (const auto m = range.match(part); m.hasMatch()) {
            const qint64 from = m.captured(1).toLongLong(), to = m.captured(2).toLongLong(),
                         step = m.captured(3).toLongLong();
            if (from < 1 || to < from || to > kMaxLevel || step < 1) {
                *error = tr("--levels: \"%1\" is not a range FROM-TO/STEP with 1 ≤ FROM ≤ TO ≤ %2 and STEP ≥ 1")
                             .arg(part)
                             .arg(kMaxLevel);
                return std::nullopt;
            }
            for (qint64 l = from; l <= to && levels.size() <= kMaxSteps; l += step)
                levels << int(l);
        } else {
            *error = tr("--levels: \"%1\" is neither a level (1 to %2) nor a range like 10-50/10")
                         .arg(part)
                         .arg(kMaxLevel);
            return std::nullopt;
        }
        if (levels.size() > kMaxSteps) {
            *error = tr("--levels: more than %1 steps").arg(kMaxSteps);
            return std::nullopt;
        }
    }
    return levels;
}

QString LocustExport::pythonLiteral(const QJsonValue &value, int indent)
{
    const QString pad(indent + 4, QLatin1Char(' '));
    const QString end(indent, QLatin1Char(' '));
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("None");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return std::isfinite(d) ? QString::number(d, 'g', 17) : QStringLiteral("None");
    }
    case QJsonValue::String: {
        QString out = QStringLiteral("\"");
        for (const char32_t c : value.toString().toUcs4()) {
            if (c == U'"' || c == U'\\')
                out += QLatin1Char('\\') + QChar(c);
            else if (c >= 0x20 && c < 0x7f)
                out += QChar(c);
            else if (c <= 0xffff)
                out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
            else
                out += QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
        }
        return out + QLatin1Char('"');
    }
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        if (a.isEmpty())
            return QStringLiteral("[]");
        QStringList items;
        for (const QJsonValue &v : a)
            items << pad + pythonLiteral(v, indent + 4);
        return QStringLiteral("[\n") + items.join(QStringLiteral(",\n")) + QStringLiteral(",\n") + end
            + QLatin1Char(']');
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        if (o.isEmpty())
            return QStringLiteral("{}");
        QStringList items;
        for (auto it = o.begin(); it != o.end(); ++it)
            items << pad + pythonLiteral(it.key()) + QStringLiteral(": ") + pythonLiteral(it.value(), indent + 4);
        return QStringLiteral("{\n") + items.join(QStringLiteral(",\n")) + QStringLiteral(",\n") + end
            + QLatin1Char('}');
    }
    }
    return QStringLiteral("None");
}

namespace {

// The Python half: fixed code that reads TARGET, LEVELS and STEP_SECONDS.
const char *const kBody = R"PY(
import base64
import os
import threading
import time

import locust.runners
import locust.stats
from locust import HttpUser, LoadTestShape, constant, task
from locust.exception import StopUser

# Locust 2.12 flushes its --csv files every 10 s and not at exit: the end of the run would be
# missing from the stats history. Flush every second.
locust.stats.CSV_STATS_FLUSH_INTERVAL_SEC = 0

# Debian's python3-locust 2.12 ships an empty version (locust/_version.py): its workers report
# "" and its master refuses them ("An old (pre 2.0) worker tried to connect"), so a cluster runs
# 0 requests. Only then, master and workers (both load this file) report one version of their own.
if not locust.runners.__version__:
    locust.runners.__version__ = "0.0.0+empty-version"
# On a cluster the workers report their stats every 3 s: a level shorter than that would be
# missing from the master's history. Every second, as the history's own rows.
locust.runners.WORKER_REPORT_INTERVAL = 1.0


def fill(template, values):
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


def level_now(runner):
    return runner.user_count if runner is not None else 0


class TokenSource:
    """One token for all users of this process, fetched again before it expires."""

    def __init__(self):
        self.lock = threading.Lock()
        self.token = None
        self.expires = 0.0

    def header(self, client):
        auth = TARGET["auth"]
        if auth["type"] == "none":
            return {}
        if auth["type"] == "bearer":
            token = os.environ.get("FATHOM_TOKEN")
            if not token:
                raise StopUser("set FATHOM_TOKEN to the bearer token (it is never written in this file)")
            return {"Authorization": "Bearer " + token}
        if auth["type"] == "basic":
            password = os.environ.get("FATHOM_PASSWORD")
            if not password:
                raise StopUser("set FATHOM_PASSWORD to the password (it is never written in this file)")
            user_pass = (auth["username"] + ":" + password).encode("utf-8")
            return {"Authorization": "Basic " + base64.b64encode(user_pass).decode("ascii")}
        with self.lock:
            if self.token is None or time.time() > self.expires - 30:
                secret = os.environ.get("FATHOM_CLIENT_SECRET")
                if not secret:
                    raise StopUser("set FATHOM_CLIENT_SECRET to the OAuth2 client secret")
                form = {"grant_type": "client_credentials", "client_id": auth["client_id"],
                        "client_secret": secret}
                if auth["scope"]:
                    form["scope"] = auth["scope"]
                with client.post(auth["token_url"], data=form, name="token", catch_response=True) as r:
                    if r.status_code != 200:
                        r.failure("token: HTTP %d" % r.status_code)
                        raise StopUser("the token endpoint answered HTTP %d" % r.status_code)
                    answer = r.json()
                    self.token = answer["access_token"]
                    self.expires = time.time() + float(answer.get("expires_in", 3600))
            return {"Authorization": "Bearer " + self.token}


TOKENS = TokenSource()


def job_id_from(answer):
    value = answer
    for part in TARGET["job"]["id_field"].split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value if isinstance(value, (str, int)) and not isinstance(value, bool) else None


class JobUser(HttpUser):
    """Creates jobs one after another, as one of the level's concurrent jobs in Fathom."""

    host = TARGET["host"]
    wait_time = constant(0)
    connection_timeout = TARGET["connect_timeout_s"]
    network_timeout = TARGET["request_timeout_s"]
    next_index = 0

    def on_start(self):
        self.index = JobUser.next_index
        JobUser.next_index += 1

    @task
    def job(self):
        shape = self.environment.shape_class
        values = {"index": self.index, "level": level_now(self.environment.runner),
                  "attempt": shape.step_number() + 1 if shape else 1}
        job = TARGET["job"]
        headers = {"Content-Type": "application/json", **TOKENS.header(self.client)}
        with self.client.request(job["method"], TARGET["prefix"] + fill(job["path"], values),
                                 data=fill(job["body"], values).encode("utf-8"), headers=headers,
                                 name="job", catch_response=True) as r:
            if r.status_code >= 400:
                text = r.text[:200] if r.text else ""
                kind = "waiting for fibre" if "fiber" in text or "fibre" in text else "HTTP %d" % r.status_code
                r.failure("%s: %s" % (kind, text))
                return
            try:
                job_id = job_id_from(r.json())
            except ValueError:
                r.failure("the answer is not JSON")
                return
            r.success()
        cleanup = TARGET["cleanup"]
        if cleanup["enabled"] and job_id is not None:
            path = fill(cleanup["path"], {job["id_field"]: job_id})
            self.client.request(cleanup["method"], TARGET["prefix"] + path, headers=headers, name="cleanup")


class LevelRamp(LoadTestShape):
    """Fathom's levels: each is that many users, started at once and held STEP_SECONDS."""

    def step_number(self):
        return int(self.get_run_time() // STEP_SECONDS)

    def tick(self):
        step = self.step_number()
        if step >= len(LEVELS):
            return None
        return (LEVELS[step], LEVELS[step])
)PY";

} // namespace

QString LocustExport::locustfile(const TargetProfile &profile, const Plan &plan)
{
    QString prefix = profile.baseUrl.path(QUrl::FullyEncoded);
    if (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    const QString host
        = profile.baseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
              .toString(QUrl::StripTrailingSlash);
    QString tokenUrl = profile.auth.tokenUrl;
    if (!tokenUrl.isEmpty() && !tokenUrl.contains(QStringLiteral("://")))
        tokenUrl = prefix + (tokenUrl.startsWith(QLatin1Char('/')) ? tokenUrl : QLatin1Char('/') + tokenUrl);
    const QJsonObject target {
        { QStringLiteral("name"), profile.name },
        { QStringLiteral("host"), host },
        { QStringLiteral("prefix"), prefix },
        { QStringLiteral("connect_timeout_s"), profile.client.connectTimeoutMs / 1000.0 },
        { QStringLiteral("request_timeout_s"), profile.client.requestTimeoutMs / 1000.0 },
        { QStringLiteral("job"),
          QJsonObject { { QStringLiteral("method"), QString::fromLatin1(profile.job.method) },
                        { QStringLiteral("path"), profile.job.path },
                        { QStringLiteral("body"), profile.job.body },
                        { QStringLiteral("id_field"), profile.job.idField } } },
        { QStringLiteral("cleanup"),
          QJsonObject { { QStringLiteral("enabled"), profile.cleanup.enabled },
                        { QStringLiteral("method"), QString::fromLatin1(profile.cleanup.method) },
                        { QStringLiteral("path"), profile.cleanup.path } } },
        { QStringLiteral("auth"),
          QJsonObject { { QStringLiteral("type"), authTypeId(profile.auth.type) },
                        { QStringLiteral("token_url"), tokenUrl },
                        { QStringLiteral("client_id"), profile.auth.clientId },
                        { QStringLiteral("username"), profile.auth.username },
                        { QStringLiteral("scope"), profile.auth.scope } } },
    };
    QJsonArray levels;
    for (int l : plan.levels)
        levels.append(l);
    QString file;
    // The name is a Python literal here too: a line break in it cannot end the comment.
    file += QStringLiteral("# Generated by Fathom from %1: the target's job against a level ramp, for Locust.\n")
                .arg(pythonLiteral(profile.name.isEmpty() ? profile.baseUrl.toString() : profile.name));
    file += QStringLiteral(
        "#   locust -f locustfile.py --headless --csv results --csv-full-history   (one machine)\n"
        "#   locust -f locustfile.py --master …  /  --worker --master-host HOST       (a cluster)\n"
        "#   fathom import-locust results                                            (back into Fathom)\n"
        "# Secrets are not in this file: set FATHOM_TOKEN (bearer), FATHOM_PASSWORD (basic) or "
        "FATHOM_CLIENT_SECRET (OAuth2).\n\n");
    file += QStringLiteral("TARGET = ") + pythonLiteral(target) + QLatin1Char('\n');
    file += QStringLiteral("LEVELS = [");
    QStringList ls;
    for (int l : plan.levels)
        ls << QString::number(l);
    file += ls.join(QStringLiteral(", ")) + QStringLiteral("]\n");
    file += QStringLiteral("STEP_SECONDS = %1\n").arg(plan.stepSeconds);
    file += QString::fromUtf8(kBody);
    return file;
}

} // namespace fathom
