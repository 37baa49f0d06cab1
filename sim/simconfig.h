#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <random>

namespace fathom::sim {

/// A time window relative to the simulator's start.
struct Window
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool contains(qint64 ms) const { return ms >= fromMs && ms < toMs; }
};

/// When a fault fires: with a probability, on every n-th eligible request, or inside windows
/// of a schedule. Any that matches makes it fire.
struct FaultSpec
{
    double probability = 0.0;
    int everyNth = 0;
    QList<Window> schedule;
    bool enabled() const { return probability > 0 || everyNth > 0 || !schedule.isEmpty(); }
    bool fires(qint64 sinceStartMs, quint64 eligibleCount, std::mt19937_64 &rng) const;
};

/// Extra latency added before answering.
struct LatencySpec
{
    enum class Kind
    {
        None,
        Fixed,
        Uniform,
        Normal,
        LogNormal,
        Exponential
    };
    Kind kind = Kind::None;
    double a = 0; ///< fixed ms / uniform min / normal mean / lognormal median / exponential mean
    double b = 0; ///< uniform max / normal sd / lognormal sigma
    qint64 sampleMs(std::mt19937_64 &rng) const;
    /// "fixed:50", "uniform:10:100", "normal:100:20", "lognormal:50:0.5", "exp:50", "none".
    static std::optional<LatencySpec> parse(const QString &text, QString *error);

    Q_DECLARE_TR_FUNCTIONS(fathom::sim::LatencySpec) // last: the macro ends in "private:"
};

struct SimConfig
{
    quint16 port = 0;
    int capacity = 10; ///< concurrent jobs (created or held) before overload
    qint64 jobTtlMs = 60'000; ///< a created job frees its slot after this unless deleted; 0 = never
    enum class Overload
    {
        Reject503,
        Hang,
        Queue ///< as a proxy in front (HAProxy maxconn): wait for a slot, 503 after queueTimeoutMs
    } overload
        = Overload::Reject503;
    qint64 queueTimeoutMs = 3000; ///< with Overload::Queue
    int retryAfterS = 1; ///< Retry-After on overload 503s; 0 = no header
    qint64 fiberReadyAfterMs = 0;
    bool requireToken = false;
    QString clientId = QStringLiteral("fathom");
    QString clientSecret = QStringLiteral("fathom-secret");
    int tokenTtlS = 3600;
    bool unhealthy = false;
    QList<Window> unhealthySchedule;
    LatencySpec latency;
    FaultSpec reset; ///< close the connection with a TCP RST, no answer
    FaultSpec hangup; ///< send the head of an answer, then close
    FaultSpec trickle; ///< send the answer a few bytes at a time
    FaultSpec malformed; ///< answer 201/200 with a body that is not JSON
    /// answer 503 "Server overloaded" whatever the load: a flaky server, whose rejections do not
    /// grow with the level
    FaultSpec reject;
    int trickleChunkBytes = 4;
    int trickleIntervalMs = 200;
    QStringList faultPaths = { QStringLiteral("/jobs") };
    bool blackhole = false; ///< also open a listener that never accepts (connect timeouts)
    quint64 seed = 0; ///< 0 = random

    /// Applies a JSON scenario on top of this config. On error nothing is changed and `error`
    /// names the offending field.
    bool applyJson(const QJsonObject &scenario, QString *error);
    bool loadFile(const QString &path, QString *error);

    Q_DECLARE_TR_FUNCTIONS(fathom::sim::SimConfig) // last: the macro ends in "private:"
};

} // namespace fathom::sim
