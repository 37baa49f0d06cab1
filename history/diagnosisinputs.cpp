#include "history/diagnosisinputs.h"

#include "discovery/levelplanner.h"
#include "model/probe.h"

#include <QJsonObject>
#include <QLocale>

namespace fathom {

Measurement measurementOf(const StoredRun &run)
{
    const RunSummary &s = run.summary;
    Measurement m;
    m.id = s.id;
    m.startedAt = s.startedAt;
    m.target = s.target;
    QString error;
    if (!run.profile.isEmpty())
        if (const auto profile = TargetProfile::fromJson(run.profile, &error))
            m.client = clientProfileOf(*profile);
    if (s.kind == QLatin1String("probe")) {
        m.kind = Measurement::Kind::Probe;
        m.probe = s.name;
        m.probeTitle = probeKindWords(s.name);
        m.passed = run.result.value(QStringLiteral("ok")).toBool();
        m.verdict = run.result.value(QStringLiteral("verdict")).toString();
        // A verdict stored in English read in a Hebrew analysis: said again, in Hebrew, from the
        // probe's data (its outcomes, times and attempts).
        const bool hebrewAnalysis = QLocale().language() == QLocale::Hebrew;
        const bool hebrewVerdict = std::any_of(m.verdict.cbegin(), m.verdict.cend(),
                                               [](QChar c) { return c.script() == QChar::Script_Hebrew; });
        if (hebrewAnalysis != hebrewVerdict) {
            const QStringList said = probeSummary(run.result.value(QStringLiteral("details")).toObject());
            if (!said.isEmpty())
                m.verdict = (m.passed ? Probe::tr("Passed.") : Probe::tr("Failed.")) + QLatin1Char(' ')
                    + said.join(QLatin1Char(' '));
        }
        m.outcome = run.result.value(QStringLiteral("details")).toObject().value(QStringLiteral("outcome")).toString();
        return m;
    }
    m.kind = Measurement::Kind::Capacity;
    m.fromLocust = s.kind == QLatin1String("locust");
    if (s.measuredCapacity())
        m.capacity = s.capacity;
    m.stopReason = s.stopReason;
    m.stopReasonText = stopReasonWords(stopReasonFromId(s.stopReason));
    const double p50Ms = run.result.value(QStringLiteral("saturation"))
                             .toObject()
                             .value(QStringLiteral("baseline"))
                             .toObject()
                             .value(QStringLiteral("p50_ms"))
                             .toDouble();
    if (p50Ms > 0)
        m.jobMs = p50Ms;
    return m;
}

ClientProfile clientProfileOf(const TargetProfile &profile)
{
    const EngineConfig &e = profile.client;
    ClientProfile c;
    c.name = profile.name;
    c.baseUrl = profile.baseUrl;
    c.auth = profile.auth.type == AuthSettings::Type::OAuth2 ? ClientProfile::Auth::OAuth2
        : profile.auth.type == AuthSettings::Type::Bearer    ? ClientProfile::Auth::Bearer
        : profile.auth.type == AuthSettings::Type::Basic     ? ClientProfile::Auth::Basic
                                                             : ClientProfile::Auth::None;
    if (c.auth == ClientProfile::Auth::OAuth2)
        c.tokenUrl = profile.tokenConfig().tokenUrl;
    c.poolSize = e.poolSize;
    c.maxConcurrency = e.maxConcurrency;
    c.maxRequestsPerSecond = e.maxRequestsPerSecond;
    c.connectTimeoutMs = e.connectTimeoutMs;
    c.requestTimeoutMs = e.requestTimeoutMs;
    c.poolWaitTimeoutMs = e.poolWaitTimeoutMs;
    c.retries = e.retry.maxRetries;
    c.backoffFactor = e.retry.factor;
    c.breakerEnabled = e.breaker.enabled;
    c.breakerFailureThreshold = e.breaker.failureThreshold;
    return c;
}

DiagnosisInputs diagnosisInputs(const std::optional<TargetProfile> &profile, const QList<StoredRun> &runs,
                                const RunStore *store)
{
    DiagnosisInputs in;
    if (store)
        in.knownIssues = store->issueKeys();
    if (profile)
        in.profile = clientProfileOf(*profile);
    for (const StoredRun &r : runs)
        in.measurements << measurementOf(r);
    return in;
}

} // namespace fathom
