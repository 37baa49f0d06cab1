#include "sim/simconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace fathom::sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fathom::sim", text);
}

bool readWindows(const QJsonValue &v, const QString &field, QList<Window> *out, QString *error)
{
    if (!v.isArray()) {
        *error = tr("\"%1\" must be an array of {\"from_ms\", \"to_ms\"} windows").arg(field);
        return false;
    }
    QList<Window> windows;
    for (const QJsonValue &w : v.toArray()) {
        const QJsonObject o = w.toObject();
        if (!w.isObject() || !o.value(QStringLiteral("from_ms")).isDouble()
            || !o.value(QStringLiteral("to_ms")).isDouble()) {
            *error = tr("\"%1\": every window needs numeric \"from_ms\" and \"to_ms\"").arg(field);
            return false;
        }
        windows.append({ qint64(o.value(QStringLiteral("from_ms")).toDouble()),
                         qint64(o.value(QStringLiteral("to_ms")).toDouble()) });
    }
    *out = windows;
    return true;
}

bool readFault(const QJsonValue &v, const QString &field, FaultSpec *out, QString *error)
{
    if (v.isDouble()) { // shorthand: a probability
        out->probability = v.toDouble();
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key();
            if (key == QLatin1String("probability") && it->isDouble())
                out->probability = it->toDouble();
            else if (key == QLatin1String("every_nth") && it->isDouble())
                out->everyNth = it->toInt();
            else if (key == QLatin1String("schedule")) {
                if (!readWindows(*it, field + QStringLiteral(".schedule"), &out->schedule, error))
                    return false;
            } else {
                *error = tr("\"%1.%2\" is unknown or has the wrong type").arg(field, key);
                return false;
            }
        }
    } else {
        *error = tr("\"%1\" must be a probability or an object").arg(field);
        return false;
    }
    if (out->probability < 0 || out->probability > 1) {
        *error = tr("\"%1\": probability must be between 0 and 1").arg(field);
        return false;
    }
    return true;
}

} // namespace

bool FaultSpec::fires(qint64 sinceStartMs, quint64 eligibleCount, std::mt19937_64 &rng) const
{
    if (everyNth > 0 && eligibleCount % quint64(everyNth) == 0)
        return true;
    for (const Window &w : schedule) {
        if (w.contains(sinceStartMs))
            return true;
    }
    if (probability > 0) {
        std::uniform_real_distribution<double> u(0.0, 1.0);
        return u(rng) < probability;
    }
    return false;
}

qint64 LatencySpec::sampleMs(std::mt19937_64 &rng) const
{
    double ms = 0;
    switch (kind) {
    case Kind::None:
        return 0;
    case Kind::Fixed:
        ms = a;
        break;
    case Kind::Uniform:
        ms = std::uniform_real_distribution<double>(a, b)(rng);
        break;
    case Kind::Normal:
        ms = std::normal_distribution<double>(a, b)(rng);
        break;
    case Kind::LogNormal:
        ms = std::lognormal_distribution<double>(std::log(std::max(a, 1e-3)), b)(rng);
        break;
    case Kind::Exponential:
        ms = std::exponential_distribution<double>(1.0 / std::max(a, 1e-3))(rng);
        break;
    }
    return qint64(std::clamp(ms, 0.0, 600'000.0));
}

std::optional<LatencySpec> LatencySpec::parse(const QString &text, QString *error)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    const QString kind = parts.value(0).trimmed().toLower();
    QList<double> nums;
    for (int i = 1; i < parts.size(); ++i) {
        bool ok = false;
        const double d = parts[i].toDouble(&ok);
        if (!ok || d < 0 || !std::isfinite(d)) {
            *error = tr("latency \"%1\": \"%2\" is not a non-negative number").arg(text, parts[i]);
            return std::nullopt;
        }
        nums.append(d);
    }
    struct Form
    {
        const char *name;
        Kind kind;
        int args;
    };
    static const Form forms[]
        = { { "none", Kind::None, 0 },     { "fixed", Kind::Fixed, 1 },         { "uniform", Kind::Uniform, 2 },
            { "normal", Kind::Normal, 2 }, { "lognormal", Kind::LogNormal, 2 }, { "exp", Kind::Exponential, 1 } };
    for (const Form &f : forms) {
        if (kind == QLatin1String(f.name)) {
            if (nums.size() != f.args) {
                *error = tr("latency \"%1\": %2 takes %3 number(s)").arg(text, kind).arg(f.args);
                return std::nullopt;
            }
            LatencySpec s;
            s.kind = f.kind;
            s.a = nums.value(0);
            s.b = nums.value(1);
            if (s.kind == Kind::Uniform && s.b < s.a) {
                *error = tr("latency \"%1\": the maximum is below the minimum").arg(text);
                return std::nullopt;
            }
            return s;
        }
    }
    *error = tr("latency \"%1\": unknown distribution (use none, fixed:MS, uniform:MIN:MAX, normal:MEAN:SD, "
                "lognormal:MEDIAN:SIGMA or exp:MEAN)")
                 .arg(text);
    return std::nullopt;
}

bool SimConfig::applyJson(const QJsonObject &o, QString *error)
{
    SimConfig c = *this; // all or nothing
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString k = it.key();
        const QJsonValue v = it.value();
        auto needNumber = [&](double min, double max) {
            if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
                *error = tr("\"%1\" must be a number from %2 to %3").arg(k).arg(min).arg(max);
                return false;
            }
            return true;
        };
        auto needBool = [&] {
            if (!v.isBool()) {
                *error = tr("\"%1\" must be true or false").arg(k);
                return false;
            }
            return true;
        };
        if (k == QLatin1String("port")) {
            if (!needNumber(0, 65535))
                return false;
            c.port = quint16(v.toInt());
        } else if (k == QLatin1String("capacity")) {
            if (!needNumber(0, 1e6))
                return false;
            c.capacity = v.toInt();
        } else if (k == QLatin1String("job_ttl_ms")) {
            if (!needNumber(0, 864e5))
                return false;
            c.jobTtlMs = qint64(v.toDouble());
        } else if (k == QLatin1String("overload")) {
            if (v.toString() == QLatin1String("503"))
                c.overload = Overload::Reject503;
            else if (v.toString() == QLatin1String("hang"))
                c.overload = Overload::Hang;
            else if (v.toString() == QLatin1String("queue"))
                c.overload = Overload::Queue;
            else {
                *error = tr("\"overload\" must be \"503\", \"hang\" or \"queue\"");
                return false;
            }
        } else if (k == QLatin1String("queue_timeout_ms")) {
            if (!needNumber(0, 864e5))
                return false;
            c.queueTimeoutMs = qint64(v.toDouble());
        } else if (k == QLatin1String("retry_after_s")) {
            if (!needNumber(0, 86400))
                return false;
            c.retryAfterS = v.toInt();
        } else if (k == QLatin1String("fiber_ready_after_ms")) {
            if (!needNumber(0, 864e5))
                return false;
            c.fiberReadyAfterMs = qint64(v.toDouble());
        } else if (k == QLatin1String("require_token")) {
            if (!needBool())
                return false;
            c.requireToken = v.toBool();
        } else if (k == QLatin1String("client_id") || k == QLatin1String("client_secret")) {
            if (!v.isString()) {
                *error = tr("\"%1\" must be a string").arg(k);
                return false;
            }
            (k == QLatin1String("client_id") ? c.clientId : c.clientSecret) = v.toString();
        } else if (k == QLatin1String("token_ttl_s")) {
            if (!needNumber(1, 864e3))
                return false;
            c.tokenTtlS = v.toInt();
        } else if (k == QLatin1String("unhealthy")) {
            if (v.isBool()) {
                c.unhealthy = v.toBool();
            } else if (!readWindows(v, k, &c.unhealthySchedule, error)) {
                return false;
            }
        } else if (k == QLatin1String("latency")) {
            const auto spec = LatencySpec::parse(v.toString(), error);
            if (!v.isString() || !spec) {
                if (!v.isString())
                    *error = tr("\"latency\" must be a string such as \"lognormal:50:0.5\"");
                return false;
            }
            c.latency = *spec;
        } else if (k == QLatin1String("reset") || k == QLatin1String("hangup") || k == QLatin1String("trickle")
                   || k == QLatin1String("malformed") || k == QLatin1String("reject")) {
            FaultSpec *f = k == QLatin1String("reset") ? &c.reset
                : k == QLatin1String("hangup")         ? &c.hangup
                : k == QLatin1String("trickle")        ? &c.trickle
                : k == QLatin1String("reject")         ? &c.reject
                                                       : &c.malformed;
            *f = FaultSpec();
            if (!readFault(v, k, f, error))
                return false;
        } else if (k == QLatin1String("trickle_chunk_bytes")) {
            if (!needNumber(1, 65536))
                return false;
            c.trickleChunkBytes = v.toInt();
        } else if (k == QLatin1String("trickle_interval_ms")) {
            if (!needNumber(1, 60000))
                return false;
            c.trickleIntervalMs = v.toInt();
        } else if (k == QLatin1String("fault_paths")) {
            if (!v.isArray()) {
                *error = tr("\"fault_paths\" must be an array of path prefixes");
                return false;
            }
            c.faultPaths.clear();
            for (const QJsonValue &p : v.toArray())
                c.faultPaths.append(p.toString());
        } else if (k == QLatin1String("blackhole")) {
            if (!needBool())
                return false;
            c.blackhole = v.toBool();
        } else if (k == QLatin1String("seed")) {
            if (!needNumber(0, 9e15))
                return false;
            c.seed = quint64(v.toDouble());
        } else {
            *error = tr("unknown field \"%1\"").arg(k);
            return false;
        }
    }
    *this = c;
    return true;
}

bool SimConfig::loadFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the scenario file %1: %2").arg(path, f.errorString());
        return false;
    }
    if (f.size() > 1024 * 1024) {
        *error = tr("the scenario file %1 is larger than 1 MiB").arg(path);
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("the scenario file %1 is not a JSON object (%2 at offset %3)")
                     .arg(path, pe.error != QJsonParseError::NoError ? pe.errorString() : tr("not an object"))
                     .arg(pe.offset);
        return false;
    }
    QString fieldError;
    if (!applyJson(doc.object(), &fieldError)) {
        *error = tr("scenario %1: %2").arg(path, fieldError);
        return false;
    }
    return true;
}

} // namespace fathom::sim
