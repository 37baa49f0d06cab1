#include "app/probecommand.h"

#include "app/cliutil.h"
#include "history/proberecorder.h"
#include "history/runstore.h"
#include "model/probe.h"
#include "network/secretstore.h"
#include "network/tokenprovider.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace fathom {

using commands::tr;

int runProbeCommand(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Runs one probe against a target: health, readiness, auth, job, pool or timeout."));
    p.addHelpOption();
    cli::TargetOptions target;
    target.addTo(p, true);
    p.addOption({ QStringLiteral("kind"), tr("health (default), readiness, auth, job, pool or timeout"),
                  QStringLiteral("K"), QStringLiteral("health") });
    p.addOption({ QStringLiteral("requests"), tr("pool probe: concurrent requests (default 200)"), QStringLiteral("N"),
                  QStringLiteral("200") });
    p.addOption({ QStringLiteral("pool"), tr("pool probe: the small pool size (default 10)"), QStringLiteral("P"),
                  QStringLiteral("10") });
    p.addOption(
        { QStringLiteral("json"), tr("write the result as JSON to FILE (- for stdout)"), QStringLiteral("FILE") });
    if (const auto end = cli::startCommand(p, arguments, QStringLiteral("probe"), -1))
        return *end;
    // "fathom probe pool" would otherwise run the default health probe without a word.
    if (!p.positionalArguments().isEmpty()) {
        const QString first = p.positionalArguments().constFirst();
        cli::err(
            probeKindFromId(first)
                ? tr("fathom probe: unexpected argument \"%1\": the kind of probe is an option, --kind %1").arg(first)
                : tr("fathom probe: unexpected argument \"%1\" (see fathom probe --help)").arg(first));
        return cli::BadInput;
    }
    const auto kind = probeKindFromId(p.value(QStringLiteral("kind")));
    if (!kind) {
        cli::err(tr("fathom probe: --kind must be health, readiness, auth, job, pool or timeout, not \"%1\"")
                     .arg(p.value(QStringLiteral("kind"))));
        return cli::BadInput;
    }
    ProbeOptions options;
    bool okN = false, okP = false;
    options.poolRequests = p.value(QStringLiteral("requests")).toInt(&okN);
    options.poolSize = p.value(QStringLiteral("pool")).toInt(&okP);
    if (!okN || !okP || options.poolRequests < 1 || options.poolRequests > 10'000 || options.poolSize < 1) {
        cli::err(tr("fathom probe: --requests must be 1 to 10000 and --pool at least 1"));
        return cli::BadInput;
    }
    QString error;
    auto profile = target.resolve(p, &error);
    if (!profile) {
        cli::err(tr("fathom probe: %1").arg(error));
        return cli::BadInput;
    }

    KeychainSecretStore secrets;
    if (!cli::readTlsPassphrase(&*profile, &secrets, &error)) {
        cli::err(tr("fathom probe: %1").arg(error));
        return cli::BadInput;
    }
    const auto tokens = cli::tokensFor(*profile, &secrets);
    Probe probe(*profile, tokens);
    cli::InterruptWatcher interrupts;
    QObject::connect(&interrupts, &cli::InterruptWatcher::interrupted, &probe, [&] {
        cli::err(tr("%1: stopping the probe; jobs it created are cleaned up first (send it again, or Ctrl-C, to quit "
                    "at once)")
                     .arg(interrupts.signalName()));
        probe.cancel();
    });
    QEventLoop loop;
    ProbeResult result;
    QObject::connect(&probe, &Probe::finished, &loop, [&](const ProbeResult &r) {
        result = r;
        loop.quit();
    });
    cli::progress(tr("probing %1 (%2)...").arg(profile->baseUrl.toString(), probeKindId(*kind)));
    probe.run(*kind, options);
    loop.exec();
    cli::endProgress();

    const QJsonObject json = result.toJson();
    RunStore store;
    if (!store.open(RunStore::defaultPath(), &error) || !recordProbe(&store, *profile, result, &error))
        cli::err(tr("warning: this probe is not recorded in the history: %1").arg(error));

    const QString jsonPath = p.value(QStringLiteral("json"));
    if (!jsonPath.isEmpty() && !cli::writeJson(jsonPath, json, &error)) {
        cli::err(tr("fathom probe: %1").arg(error));
        return cli::Failed;
    }
    if (jsonPath != QLatin1String("-"))
        cli::out(result.verdict);
    if (result.cancelled)
        return interrupts.exitCode(); // 130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP
    if (result.unreachable)
        return cli::Unreachable;
    return result.ok ? cli::Ok : cli::Failed;
}

} // namespace fathom
