#include "app/discovercommand.h"

#include "app/cliutil.h"
#include "discovery/capacitydiscovery.h"
#include "history/discoveryrecorder.h"
#include "history/runstore.h"
#include "network/secretstore.h"
#include "network/tokenprovider.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>

#include <cmath>
#include <functional>

namespace fathom {

using commands::tr;

namespace {

} // namespace

int discoverOnTerminal(const TargetProfile &given, const DiscoveryConfig &config, const QString &jsonPath,
                       qint64 *recordedRunId, bool verdictOnStdout)
{
    const auto say = verdictOnStdout ? &cli::out : &cli::err;
    KeychainSecretStore secrets;
    TargetProfile profile = given;
    QString secretError;
    if (!cli::readTlsPassphrase(&profile, &secrets, &secretError)) {
        cli::err(tr("fathom discover: %1").arg(secretError));
        return cli::BadInput;
    }
    RunStore store;
    QString storeError;
    const bool opened = store.open(RunStore::defaultPath(), &storeError);
    DiscoveryRecorder record(opened ? &store : nullptr, profile, config);
    const qint64 runId = record.runId();
    if (!runId)
        cli::err(tr("warning: this run is not recorded in the history: %1").arg(opened ? record.error() : storeError));

    const auto tokens = cli::tokensFor(profile, &secrets);
    CapacityDiscovery discovery(profile, config, tokens.get());
    cli::InterruptWatcher interrupts;
    QObject::connect(&interrupts, &cli::InterruptWatcher::interrupted, &discovery, [&] {
        cli::err(tr("%1: cleaning up the jobs already created, then stopping (send it again, or Ctrl-C, to quit at "
                    "once)")
                     .arg(interrupts.signalName()));
        discovery.cancel();
    });

    cli::err(tr("Discovering the capacity of %1 (%2, levels %3 to %4, %5 attempts per level)")
                 .arg(profile.baseUrl.toString(), strategyWords(config.strategy))
                 .arg(config.startLevel)
                 .arg(config.maxLevel)
                 .arg(config.attemptsPerLevel));
    // One line per level and per paced trial, also into a log or a pipe; only the progress line
    // that rewrites itself is for a terminal alone.
    cli::err(cli::stepHeader());
    QObject::connect(&discovery, &CapacityDiscovery::warmUpProgress, &discovery, [](int job, int jobs) {
        cli::progress(tr("warm-up: job %1 of %2, one at a time (the baseline for saturation)...").arg(job).arg(jobs));
    });
    QObject::connect(&discovery, &CapacityDiscovery::rateTrialStarted, &discovery, [](double rate, int jobs) {
        cli::progress(tr("rate limit (HTTP 429): %1 jobs paced at %2 a second...")
                          .arg(jobs)
                          .arg(QLocale().toString(rate, 'f', 1)));
    });
    QObject::connect(&discovery, &CapacityDiscovery::rateTrialFinished, &discovery, [](const RateTrial &t) {
        cli::err(tr("  paced at %1 a second: %2 of %3 jobs served, %4 got 429")
                     .arg(QLocale().toString(t.ratePerS, 'f', 1))
                     .arg(t.ok)
                     .arg(t.jobs)
                     .arg(t.rateLimited));
    });
    QObject::connect(&discovery, &CapacityDiscovery::attemptStarted, &discovery, [](int level, int attempt) {
        cli::progress(tr("level %1, attempt %2: running %1 jobs...").arg(level).arg(attempt));
    });
    QString stepStoreError;
    QObject::connect(&discovery, &CapacityDiscovery::stepFinished, &discovery, [&](const StepResult &s) {
        cli::err(cli::stepRow(s));
        if (!record.addStep(s) && runId) {
            if (record.stepsNotStored() == 1) // said once, counted at the end (a full disk fails them all)
                cli::err(tr("warning: %1").arg(record.error()));
            stepStoreError = record.error();
        }
    });
    QObject::connect(&discovery, &CapacityDiscovery::paused, &discovery,
                     [](const QString &why) { cli::err(tr("paused: %1; checking again shortly").arg(why)); });
    QObject::connect(&discovery, &CapacityDiscovery::resumed, &discovery,
                     [] { cli::err(tr("the target is healthy again: resuming")); });

    QEventLoop loop;
    QObject::connect(&discovery, &CapacityDiscovery::finished, &loop, &QEventLoop::quit);
    discovery.start();
    if (discovery.isRunning())
        loop.exec();
    const DiscoveryResult &result = discovery.result();

    if (recordedRunId)
        *recordedRunId = runId;
    bool finishStored = false;
    const QJsonObject json = record.finish(result, &finishStored);
    if (runId && !finishStored)
        cli::err(tr("warning: %1").arg(record.error()));
    if (!jsonPath.isEmpty()) {
        QString e;
        if (!cli::writeJson(jsonPath, json, &e)) {
            cli::err(tr("fathom discover: %1").arg(e));
            return cli::Failed;
        }
    }
    if (jsonPath != QLatin1String("-")) {
        say(result.verdict());
        if (result.usl && result.limitKind() == QLatin1String("concurrency")) {
            const UslFit &u = *result.usl;
            say(u.peakLevel && u.peakExtrapolated
                    ? tr("Prediction (Universal Scalability Law, R² %1): an extrapolation beyond the levels measured "
                         "puts a throughput peak near %2 concurrent jobs; nothing measured shows it.")
                          .arg(QLocale().toString(u.rSquared, 'f', 3))
                          .arg(QLocale().toString(*u.peakLevel, 'f', 0))
                    : u.peakLevel
                    ? tr("Prediction (Universal Scalability Law, R² %1): throughput peaks near %2 concurrent jobs.")
                          .arg(QLocale().toString(u.rSquared, 'f', 3))
                          .arg(QLocale().toString(*u.peakLevel, 'f', 0))
                    : tr("Prediction (Universal Scalability Law, R² %1): no throughput peak in sight; it "
                         "scaled without measurable contention up to the capacity.")
                          .arg(QLocale().toString(u.rSquared, 'f', 3)));
        }
        // Never a record the history does not have: what could not be stored is said instead.
        if (runId && !finishStored)
            say(tr("Not recorded completely: run %1 in the history lacks its result (and reads \"interrupted\"); "
                   "%2 of %n step(s) stored. The verdict above and --json are the whole result.",
                   nullptr, record.steps())
                    .arg(runId)
                    .arg(record.steps() - record.stepsNotStored()));
        else if (runId && record.stepsNotStored() > 0)
            say(tr("Recorded as run %1, but only %2 of its %n step(s) could be stored (%3); \"fathom runs show %1\" "
                   "lacks the rest.",
                   nullptr, record.steps())
                    .arg(runId)
                    .arg(record.steps() - record.stepsNotStored())
                    .arg(stepStoreError));
        else if (runId)
            say(tr("Recorded as run %1 (\"fathom runs show %1\").").arg(runId));
    }
    switch (result.stopReason) {
    case StopReason::Cancelled:
        return interrupts.exitCode();
    case StopReason::TargetUnreachable:
        return cli::Unreachable;
    case StopReason::TargetUnhealthy:
    case StopReason::CleanupFailing:
        return cli::Failed; // no capacity: the run could not measure one
    default:
        return cli::Ok;
    }
}

int runDiscoverCommand(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Finds the highest number of concurrent jobs at which every job succeeds."));
    p.addHelpOption();
    cli::TargetOptions target;
    target.addTo(p, true);
    p.addOption({ QStringLiteral("strategy"), tr("bisect (default) or linear"), QStringLiteral("S"),
                  QStringLiteral("bisect") });
    p.addOption({ QStringLiteral("start"), tr("first level (default 1)"), QStringLiteral("N"), QStringLiteral("1") });
    p.addOption({ QStringLiteral("max-level"), tr("highest level to try (default 1000)"), QStringLiteral("N"),
                  QStringLiteral("1000") });
    p.addOption({ QStringLiteral("attempts"), tr("consecutive failed attempts that fail a level (default 3)"),
                  QStringLiteral("N"), QStringLiteral("3") });
    p.addOption({ QStringLiteral("cooldown-ms"), tr("pause between attempts (default 1000)"), QStringLiteral("N"),
                  QStringLiteral("1000") });
    p.addOption({ QStringLiteral("time-budget-s"), tr("stop after this many seconds (default: none)"),
                  QStringLiteral("N"), QStringLiteral("0") });
    p.addOption({ QStringLiteral("slo-p99-ms"),
                  tr("SLO: the p99 latency a level may have, in ms (also \"slo\" in profiles); the result adds the "
                     "highest level meeting it"),
                  QStringLiteral("MS") });
    p.addOption({ QStringLiteral("slo-error-rate"),
                  tr("SLO: the share of failed jobs a level may have, 0 to 1 (default 0 when --slo-p99-ms is set)"),
                  QStringLiteral("R") });
    p.addOption({ QStringLiteral("baseline-jobs"),
                  tr("jobs sent one at a time before the first level, the baseline that saturation is measured "
                     "against (default 10; 0 leaves saturation unknown)"),
                  QStringLiteral("N"), QStringLiteral("10") });
    p.addOption({ QStringLiteral("saturation-latency-factor"),
                  tr("a job counts as served at once while it is no slower than the slowest warm-up job plus this "
                     "share of the warm-up's median (default 0.5)"),
                  QStringLiteral("F") });
    p.addOption({ QStringLiteral("saturation-latency-slack-ms"),
                  tr("...or plus this many ms, whichever is more (default 10)"), QStringLiteral("MS") });
    p.addOption(
        { QStringLiteral("json"), tr("write the full result as JSON to FILE (- for stdout)"), QStringLiteral("FILE") });
    if (const auto end = cli::startCommand(p, arguments, QStringLiteral("discover")))
        return *end;
    QString error;
    const auto profile = target.resolve(p, &error);
    if (!profile) {
        cli::err(tr("fathom discover: %1").arg(error));
        return cli::BadInput;
    }
    DiscoveryConfig config;
    const QString strategy = p.value(QStringLiteral("strategy"));
    if (strategy == QLatin1String("bisect"))
        config.strategy = LevelPlanner::Strategy::Bisect;
    else if (strategy == QLatin1String("linear"))
        config.strategy = LevelPlanner::Strategy::Linear;
    else {
        cli::err(tr("fathom discover: --strategy must be bisect or linear, not \"%1\"").arg(strategy));
        return cli::BadInput;
    }
    struct IntFlag
    {
        const char *name;
        int min, max;
        int *out;
    };
    int budgetS = 0;
    for (const IntFlag &f : { IntFlag { "start", 1, DiscoveryConfig::kMaxLevel, &config.startLevel },
                              IntFlag { "max-level", 1, DiscoveryConfig::kMaxLevel, &config.maxLevel },
                              IntFlag { "attempts", 1, DiscoveryConfig::kMaxAttempts, &config.attemptsPerLevel },
                              IntFlag { "cooldown-ms", 0, DiscoveryConfig::kMaxCooldownMs, &config.cooldownMs },
                              IntFlag { "baseline-jobs", 0, DiscoveryConfig::kMaxBaselineJobs, &config.baselineJobs },
                              IntFlag { "time-budget-s", 0, DiscoveryConfig::kMaxTimeBudgetS, &budgetS } }) {
        bool ok = false;
        const int v = p.value(QLatin1String(f.name)).toInt(&ok);
        if (!ok || v < f.min || v > f.max) {
            cli::err(tr("fathom discover: --%1 must be a whole number from %2 to %3, not \"%4\"")
                         .arg(QLatin1String(f.name))
                         .arg(f.min)
                         .arg(f.max)
                         .arg(p.value(QLatin1String(f.name))));
            return cli::BadInput;
        }
        *f.out = v;
    }
    if (config.startLevel > config.maxLevel) {
        cli::err(
            tr("fathom discover: --start (%1) is above --max-level (%2)").arg(config.startLevel).arg(config.maxLevel));
        return cli::BadInput;
    }
    config.timeBudgetMs = qint64(budgetS) * 1000;
    struct RealFlag
    {
        const char *name;
        double min, max;
        std::function<void(double)> apply;
    };
    for (const RealFlag &f : {
             RealFlag { "slo-p99-ms", 1, DiscoveryConfig::kMaxSloP99Ms, [&](double v) { config.slo.p99Ms = v; } },
             RealFlag { "slo-error-rate", 0, 1, [&](double v) { config.slo.errorRate = v; } },
             RealFlag { "saturation-latency-factor", 0, 100, [&](double v) { config.saturation.latencyFactor = v; } },
             RealFlag { "saturation-latency-slack-ms", 0, 3'600'000,
                        [&](double v) { config.saturation.latencySlackMs = v; } },
         }) {
        if (!p.isSet(QLatin1String(f.name)))
            continue;
        bool ok = false;
        const double v = p.value(QLatin1String(f.name)).toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < f.min || v > f.max) {
            cli::err(tr("fathom discover: --%1 must be a number from %2 to %3, not \"%4\"")
                         .arg(QLatin1String(f.name))
                         .arg(f.min)
                         .arg(f.max)
                         .arg(p.value(QLatin1String(f.name))));
            return cli::BadInput;
        }
        f.apply(v);
    }
    if (config.slo.isSet() && profile->slo.isSet()) {
        // Flags override the profile's SLO field by field.
        if (!config.slo.p99Ms)
            config.slo.p99Ms = profile->slo.p99Ms;
        if (!config.slo.errorRate)
            config.slo.errorRate = profile->slo.errorRate;
    }
    return discoverOnTerminal(*profile, config, p.value(QStringLiteral("json")));
}

} // namespace fathom
