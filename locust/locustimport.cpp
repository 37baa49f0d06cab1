#include "locust/locustimport.h"

#include "diagnosis/failurerules.h"
#include "diagnosis/redaction.h"
#include "network/visibletext.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>

namespace fathom {

std::optional<QList<QStringList>> LocustImport::parseCsv(const QByteArray &bytes, QString *error)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1, quoteLine = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = fieldStarted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
            ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = tr("line %1: a quoted field is never closed").arg(quoteLine);
        return std::nullopt;
    }
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct HistoryRow
{
    qint64 timestamp = 0;
    int users = 0;
    double rps = 0, failuresPerS = 0; ///< checked, not used: they lag (see below)
    double p50 = -1, p90 = -1, p99 = -1, p100 = -1; ///< ms; -1 = N/A
    qint64 totalRequests = 0, totalFailures = 0;
};

} // namespace

std::optional<LocustResults> LocustImport::fromCsv(const QByteArray &history, const QByteArray &failures,
                                                   const QString &name, QString *error)
{
    QString csvError;
    const auto rows = parseCsv(history, &csvError);
    if (!rows) {
        *error = QStringLiteral("%1: %2").arg(name, csvError);
        return std::nullopt;
    }
    if (rows->isEmpty()) {
        *error = tr("%1: empty; Locust writes it while it runs (locust … --csv PREFIX)").arg(name);
        return std::nullopt;
    }
    const QStringList header = rows->first();
    const QStringList required = { QStringLiteral("Timestamp"),
                                   QStringLiteral("User Count"),
                                   QStringLiteral("Name"),
                                   QStringLiteral("Requests/s"),
                                   QStringLiteral("Failures/s"),
                                   QStringLiteral("50%"),
                                   QStringLiteral("90%"),
                                   QStringLiteral("99%"),
                                   QStringLiteral("100%"),
                                   QStringLiteral("Total Request Count"),
                                   QStringLiteral("Total Failure Count") };
    QHash<QString, int> col;
    for (const QString &r : required) {
        const int i = int(header.indexOf(r));
        if (i < 0) {
            *error = tr("%1: no column \"%2\"; is this Locust's _stats_history.csv?").arg(name, r);
            return std::nullopt;
        }
        col.insert(r, i);
    }
    // The exported file names its requests "job"; other locustfiles have only "Aggregated" for sure.
    bool hasJob = false, hasNamed = false;
    for (qsizetype i = 1; i < rows->size(); ++i) {
        const QStringList &r = rows->at(i);
        if (r.size() != header.size())
            continue;
        const QString n = r.at(col.value(QStringLiteral("Name")));
        hasJob = hasJob || n == QLatin1String("job");
        hasNamed = hasNamed || n != QLatin1String("Aggregated");
    }
    LocustResults out;
    out.requestName = hasJob ? QStringLiteral("job") : QStringLiteral("Aggregated");
    out.cumulativePercentiles = !hasNamed;

    QList<HistoryRow> used;
    for (qsizetype i = 1; i < rows->size(); ++i) {
        const QStringList &r = rows->at(i);
        if (r.size() == 1 && r.first().isEmpty())
            continue; // a blank line
        if (r.size() != header.size()) {
            *error = tr("%1: line %2 has %3 fields, the header %4")
                         .arg(name, QString::number(i + 1), QString::number(r.size()), QString::number(header.size()));
            return std::nullopt;
        }
        if (r.at(col.value(QStringLiteral("Name"))) != out.requestName)
            continue;
        HistoryRow h;
        // Every cell read is named when it is wrong: Locust writes whole counts, finite rates and
        // latencies, and "N/A" for a latency not measured yet.
        QString bad;
        auto cell = [&](const char *key) -> const QString & { return r.at(col.value(QLatin1String(key))); };
        auto count = [&](const char *key, auto *into) {
            bool ok = false;
            const qlonglong v = cell(key).toLongLong(&ok);
            if ((!ok || v < 0 || v > std::numeric_limits<std::remove_pointer_t<decltype(into)>>::max())
                && bad.isEmpty())
                bad = QLatin1String(key);
            *into = std::remove_pointer_t<decltype(into)>(v);
        };
        auto real = [&](const char *key, bool notYet) {
            bool ok = false;
            const double v = cell(key).toDouble(&ok);
            if (notYet && cell(key) == QLatin1String("N/A"))
                return -1.0;
            if ((!ok || !std::isfinite(v) || v < 0) && bad.isEmpty())
                bad = QLatin1String(key);
            return v;
        };
        count("Timestamp", &h.timestamp);
        count("User Count", &h.users);
        h.rps = real("Requests/s", false);
        h.failuresPerS = real("Failures/s", false);
        count("Total Request Count", &h.totalRequests);
        count("Total Failure Count", &h.totalFailures);
        h.p50 = real("50%", true);
        h.p90 = real("90%", true);
        h.p99 = real("99%", true);
        h.p100 = real("100%", true);
        if (!bad.isEmpty()) {
            *error = tr("%1: line %2, column \"%3\": \"%4\" is not a number Locust writes there (a whole count, a "
                        "finite rate or latency, N/A)")
                         .arg(name, QString::number(i + 1), bad, cell(bad.toLatin1().constData()).left(40));
            return std::nullopt;
        }
        used << h;
    }
    if (used.isEmpty()) {
        *error = tr("%1: no rows for \"%2\"").arg(name, out.requestName);
        return std::nullopt;
    }

    // One step per run of rows at the same user count (the shape holds each level).
    DiscoveryResult &d = out.result;
    qint64 requestsBefore = 0, failuresBefore = 0;
    // The totals at a row count up to its timestamp: a level's seconds start at the last row
    // of the level before (the first level: one second before its first row).
    qint64 levelStart = used.first().timestamp - 1;
    for (qsizetype i = 0; i < used.size();) {
        qsizetype j = i;
        while (j < used.size() && used[j].users == used[i].users)
            ++j;
        const HistoryRow &last = used[j - 1];
        if (used[i].users > 0) {
            // The level's first second mixes in the ramp from the previous one: left out when
            // the level has more.
            const qsizetype from = j - i > 1 ? i + 1 : i;
            QList<double> p50, p90, p99, p100;
            for (qsizetype k = from; k < j; ++k) {
                if (used[k].p50 >= 0) {
                    p50 << used[k].p50;
                    p90 << used[k].p90;
                    p99 << used[k].p99;
                    p100 << used[k].p100;
                }
            }
            StepResult s;
            s.index = int(d.steps.size());
            s.level = used[i].users;
            const qint64 requests = std::max<qint64>(0, last.totalRequests - requestsBefore);
            const qint64 failed = std::max<qint64>(0, last.totalFailures - failuresBefore);
            s.failed = int(std::min<qint64>(failed, INT_MAX));
            s.ok = int(std::min<qint64>(requests - std::min(requests, failed), INT_MAX));
            s.outcomes[size_t(OutcomeClass::Ok)] = quint64(s.ok);
            s.passed = requests > 0 && failed == 0;
            // From the running totals, not Locust's Requests/s (an average over the last 10 s
            // that lags a level change): the level's successful jobs over the seconds it held.
            const qint64 seconds = std::max<qint64>(1, last.timestamp - levelStart);
            s.throughputRps = double(s.ok) / double(seconds);
            s.p50Us = qint64(median(p50) * 1000);
            s.p90Us = qint64(median(p90) * 1000);
            s.p99Us = qint64(median(p99) * 1000);
            s.maxUs = qint64(median(p100) * 1000);
            s.startedAt = QDateTime::fromSecsSinceEpoch(used[i].timestamp, Qt::UTC);
            s.wallUs = (last.timestamp - used[i].timestamp + 1) * 1'000'000;
            d.steps << s;
        }
        requestsBefore = last.totalRequests;
        failuresBefore = last.totalFailures;
        levelStart = last.timestamp;
        i = j;
    }
    if (d.steps.isEmpty()) {
        *error = tr("%1: no level ran any users").arg(name);
        return std::nullopt;
    }
    d.levelsTried = int(d.steps.size());
    d.attempts = int(d.steps.size());
    d.config.strategy = LevelPlanner::Strategy::Linear;
    d.config.startLevel = d.steps.first().level;
    d.config.maxLevel = 0;
    for (const StepResult &s : d.steps)
        d.config.maxLevel = std::max(d.config.maxLevel, s.level);
    d.config.attemptsPerLevel = 1;
    d.startedAt = d.steps.first().startedAt;
    d.finishedAt = d.steps.last().startedAt.addMSecs(d.steps.last().wallUs / 1000);
    // As in discovery: the capacity is the highest level that passed below the first that failed.
    const auto firstFailed
        = std::find_if(d.steps.begin(), d.steps.end(), [](const StepResult &s) { return !s.passed; });
    for (auto it = d.steps.begin(); it != firstFailed; ++it)
        d.capacity = std::max(d.capacity, it->level);
    d.stopReason = firstFailed == d.steps.end() ? StopReason::MaxLevelReached
        : d.capacity == 0                       ? StopReason::NoLevelPassed
                                                : StopReason::CapacityFound;
    d.stopDetail = tr("imported from Locust");

    if (!failures.isEmpty()) {
        const auto frows = parseCsv(failures, &csvError);
        if (!frows) {
            *error = tr("the failures file: %1").arg(csvError);
            return std::nullopt;
        }
        const QStringList fh = frows->isEmpty() ? QStringList() : frows->first();
        const int method = int(fh.indexOf(QStringLiteral("Method"))), rname = int(fh.indexOf(QStringLiteral("Name"))),
                  err = int(fh.indexOf(QStringLiteral("Error"))),
                  count = int(fh.indexOf(QStringLiteral("Occurrences")));
        if (method < 0 || rname < 0 || err < 0 || count < 0) {
            *error = tr("the failures file has no Method, Name, Error and Occurrences columns");
            return std::nullopt;
        }
        for (qsizetype i = 1; i < frows->size(); ++i) {
            const QStringList &r = frows->at(i);
            if (r.size() != fh.size())
                continue;
            // Locust's error texts are Python's (requests, urllib3): the same rules sort them.
            TestFailure f;
            // Texts from outside: redacted as a JUnit file's are (a bearer JWT, password=…).
            f.message = visibleControls(redactSecrets(r.at(err).left(8 * 1024)));
            const Classification k = FailureRules::builtIn().classify(f);
            out.failures.append(
                QJsonObject { { QStringLiteral("method"), r.at(method).left(64) },
                              { QStringLiteral("name"), visibleControls(redactSecrets(r.at(rname).left(1024))) },
                              { QStringLiteral("error"), f.message },
                              { QStringLiteral("occurrences"), r.at(count).toLongLong() },
                              { QStringLiteral("category"), k.category } });
        }
    }
    // Per level Locust counts failures, not their kinds. When the whole run failed in one way
    // (one outcome class), every level's failures are of that class; otherwise they stay unnamed.
    std::optional<OutcomeClass> onlyClass;
    bool oneClass = !out.failures.isEmpty();
    for (const QJsonValue &f : std::as_const(out.failures)) {
        const QString category = f.toObject().value(QStringLiteral("category")).toString();
        auto c = outcomeFromId(category);
        if (!c && category == QLatin1String("read_timeout"))
            c = OutcomeClass::RequestTimeout;
        if (!c || (onlyClass && *onlyClass != *c))
            oneClass = false;
        onlyClass = c;
    }
    if (oneClass && onlyClass)
        for (StepResult &s : d.steps)
            s.outcomes[size_t(*onlyClass)] = quint64(s.failed);
    return out;
}

std::optional<LocustResults> LocustImport::read(const QString &given, QString *error)
{
    QString prefix = given;
    const QString suffix = QStringLiteral("_stats_history.csv");
    if (prefix.endsWith(suffix))
        prefix.chop(suffix.size());
    auto slurp = [&](const QString &path, bool required, QByteArray *out) {
        QFile f(path);
        if (!f.exists() && !required)
            return true;
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2 (give the prefix passed to locust --csv)").arg(path, f.errorString());
            return false;
        }
        // At most the limit, whatever the size says: a pipe or a device has none and may not end.
        *out = f.read(kMaxFileBytes + 1);
        if (out->size() > kMaxFileBytes) {
            *error = tr("%1 is larger than %2 MB").arg(path, QString::number(kMaxFileBytes / (1024 * 1024)));
            out->clear();
            return false;
        }
        return true;
    };
    QByteArray history, failures;
    if (!slurp(prefix + suffix, true, &history) || !slurp(prefix + QStringLiteral("_failures.csv"), false, &failures))
        return std::nullopt;
    auto r = fromCsv(history, failures, QFileInfo(prefix + suffix).fileName(), error);
    if (r)
        r->source = prefix;
    return r;
}

} // namespace fathom
