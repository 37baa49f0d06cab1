#include "app/democommand.h"

#include "app/cliutil.h"
#include "app/discovercommand.h"
#include "sim/inprocesssimulator.h"

#include <QCoreApplication>

namespace fathom {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("fathom", text);
}
} // namespace

int runDemoCommand(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Runs capacity discovery against the built-in job-server simulator."));
    p.addHelpOption();
    p.addOption({ QStringLiteral("demo"), tr("run the demo") });
    p.addOption({ QStringLiteral("capacity"), tr("the simulator's capacity (default 37)"), QStringLiteral("N"),
                  QStringLiteral("37") });
    p.addOption(
        { QStringLiteral("json"), tr("write the full result as JSON to FILE (- for stdout)"), QStringLiteral("FILE") });
    if (!p.parse(arguments)) {
        cli::err(tr("fathom --demo: %1").arg(p.errorText()));
        return cli::BadInput;
    }
    if (p.isSet(QStringLiteral("help"))) {
        cli::out(cli::helpText(p, QStringLiteral("demo")));
        return cli::Ok;
    }
    bool ok = false;
    const int capacity = p.value(QStringLiteral("capacity")).toInt(&ok);
    if (!ok || capacity < 1 || capacity > 5000) {
        cli::err(tr("fathom --demo: --capacity must be a whole number from 1 to 5000"));
        return cli::BadInput;
    }

    sim::SimConfig simConfig;
    simConfig.capacity = capacity;
    simConfig.latency = *sim::LatencySpec::parse(QStringLiteral("lognormal:20:0.5"), nullptr);
    sim::InProcessSimulator simulator;
    QString error;
    if (!simulator.start(simConfig, &error)) {
        cli::err(tr("fathom --demo: the built-in simulator did not start: %1").arg(error));
        return cli::Failed;
    }
    cli::err(tr("Built-in simulator at %1 with a capacity of %2 concurrent jobs; each job takes 300 ms.")
                 .arg(simulator.url().toString())
                 .arg(capacity));

    TargetProfile profile;
    profile.name = QStringLiteral("demo");
    profile.baseUrl = simulator.url();
    profile.job.path = QStringLiteral("/jobs?hold_ms=300");
    profile.client.retry.maxRetries = 0; // measure the server, not the client's patience
    DiscoveryConfig config;
    config.cooldownMs = 200;
    config.maxLevel = std::max(64, capacity * 4);
    return discoverOnTerminal(profile, config, p.value(QStringLiteral("json")));
}

} // namespace fathom
