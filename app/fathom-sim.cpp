// fathom-sim: a Focus-like HTTP job server on loopback, for Fathom's tests and demo.
#include "sim/simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

using fathom::sim::SimConfig;
using fathom::sim::SimServer;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fathom-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FATHOM_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "main",
        "A Focus-like job server on 127.0.0.1 with capacity, overload, readiness, OAuth2 and faults.\n"
        "Prints \"listening on http://127.0.0.1:PORT\" on its first line."));
    p.addHelpOption();
    p.addVersionOption();
    struct Flag
    {
        const char *name;
        const char *json; // scenario field the flag sets
        const char *valueName;
        const char *help;
        enum Type
        {
            Int,
            Double,
            String,
            Bool
        } type;
    };
    const Flag flags[] = {
        { "port", "port", "N", "TCP port, 0 for any free one (default 0)", Flag::Int },
        { "capacity", "capacity", "N", "concurrent jobs before overload (default 10)", Flag::Int },
        { "job-ttl-ms", "job_ttl_ms", "MS",
          "a created job frees its slot after MS unless deleted; 0 = never (default 60000)", Flag::Int },
        { "overload", "overload", "503|hang|queue",
          "answer beyond capacity with 503 + Retry-After, not at all, or queue the excess as a proxy does "
          "(default 503)",
          Flag::String },
        { "queue-timeout-ms", "queue_timeout_ms", "MS",
          "with --overload queue: a job waiting longer for a slot gets a 503 (default 3000)", Flag::Int },
        { "retry-after-s", "retry_after_s", "S", "Retry-After of overload 503s, 0 = none (default 1)", Flag::Int },
        { "fiber-ready-after-ms", "fiber_ready_after_ms", "MS",
          "/metadata answers 503 waiting for fiber until then (default 0)", Flag::Int },
        { "require-token", "require_token", nullptr, "job endpoints need a valid bearer token", Flag::Bool },
        { "client-id", "client_id", "ID", "OAuth2 client id (default fathom)", Flag::String },
        { "client-secret", "client_secret", "SECRET", "OAuth2 client secret (default fathom-secret)", Flag::String },
        { "token-ttl-s", "token_ttl_s", "S", "lifetime of issued tokens (default 3600)", Flag::Int },
        { "unhealthy", "unhealthy", nullptr, "/health answers 503", Flag::Bool },
        { "latency", "latency", "SPEC",
          "added latency: fixed:MS, uniform:MIN:MAX, normal:MEAN:SD, lognormal:MEDIAN:SIGMA, exp:MEAN", Flag::String },
        { "fault-reset", "reset", "P", "probability of resetting a job request's connection", Flag::Double },
        { "fault-hangup", "hangup", "P", "probability of hanging up mid-answer", Flag::Double },
        { "fault-trickle", "trickle", "P", "probability of answering a few bytes at a time", Flag::Double },
        { "fault-malformed", "malformed", "P", "probability of answering with a body that is not JSON", Flag::Double },
        { "fault-reject", "reject", "P", "probability of answering 503 overloaded whatever the load (a flaky server)",
          Flag::Double },
        { "blackhole", "blackhole", nullptr, "also open a listener that never accepts; printed on the second line",
          Flag::Bool },
        { "seed", "seed", "N", "random seed for faults and latency (default random)", Flag::Int },
    };
    for (const Flag &f : flags) {
        if (f.valueName)
            p.addOption({ QString::fromLatin1(f.name), QCoreApplication::translate("main", f.help),
                          QString::fromLatin1(f.valueName) });
        else
            p.addOption({ QString::fromLatin1(f.name), QCoreApplication::translate("main", f.help) });
    }
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        QCoreApplication::translate("main", "JSON scenario file; flags override its fields"), QStringLiteral("FILE"));
    p.addOption(scenarioOption);
    p.process(app);

    SimConfig config;
    QString error;
    if (p.isSet(scenarioOption) && !config.loadFile(p.value(scenarioOption), &error)) {
        std::fprintf(stderr, "fathom-sim: %s\n", qPrintable(error));
        return 2;
    }
    QJsonObject overrides;
    for (const Flag &f : flags) {
        const QString name = QString::fromLatin1(f.name);
        if (!p.isSet(name))
            continue;
        const QString value = p.value(name);
        bool ok = true;
        switch (f.type) {
        case Flag::Int:
            overrides.insert(QLatin1String(f.json), double(value.toLongLong(&ok)));
            break;
        case Flag::Double:
            overrides.insert(QLatin1String(f.json), value.toDouble(&ok));
            break;
        case Flag::String:
            overrides.insert(QLatin1String(f.json), value);
            break;
        case Flag::Bool:
            overrides.insert(QLatin1String(f.json), true);
            break;
        }
        if (!ok) {
            std::fprintf(stderr, "fathom-sim: --%s: \"%s\" is not a number\n", f.name, qPrintable(value));
            return 2;
        }
    }
    if (!config.applyJson(overrides, &error)) {
        std::fprintf(stderr, "fathom-sim: %s\n", qPrintable(error));
        return 2;
    }

    SimServer server(config);
    if (!server.start(&error)) {
        std::fprintf(stderr, "fathom-sim: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(server.port()));
    if (server.blackholePort())
        std::printf("blackhole on http://127.0.0.1:%u\n", unsigned(server.blackholePort()));
    std::fflush(stdout);
    return app.exec();
}
