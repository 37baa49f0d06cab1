#include "app/locustcommand.h"

#include "app/cliutil.h"
#include "history/runstore.h"
#include "locust/locustexport.h"
#include "locust/locustimport.h"
#include "model/targetprofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

namespace fathom {

using commands::tr;

namespace {

} // namespace

int runExportLocustCommand(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Writes a Locust file that runs the target's job against a level ramp, to run on a Locust cluster "
           "when one machine cannot make enough load. Its --csv results come back with fathom import-locust."));
    p.addHelpOption();
    cli::TargetOptions target;
    target.addTo(p, true);
    p.addOption({ QStringLiteral("levels"),
                  tr("the levels, e.g. 1,2,4,8 or 10-100/10 (default: 1, 2, 4, … up to --max-level)"),
                  QStringLiteral("LIST") });
    p.addOption({ QStringLiteral("max-level"), tr("the highest level of the default ramp (default 256)"),
                  QStringLiteral("N"), QStringLiteral("256") });
    p.addOption({ QStringLiteral("step-seconds"), tr("how long each level is held (default 30)"), QStringLiteral("N"),
                  QStringLiteral("30") });
    p.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
                  tr("write to FILE instead of stdout"),
                  QStringLiteral("FILE") });
    if (const auto end = cli::startCommand(p, arguments, QStringLiteral("export-locust")))
        return *end;
    QString error;
    const auto profile = target.resolve(p, &error);
    if (!profile) {
        cli::err(tr("fathom export-locust: %1").arg(error));
        return cli::BadInput;
    }
    LocustExport::Plan plan;
    bool ok = false;
    plan.stepSeconds = p.value(QStringLiteral("step-seconds")).toInt(&ok);
    if (!ok || plan.stepSeconds < 1 || plan.stepSeconds > 86'400) {
        cli::err(tr("fathom export-locust: --step-seconds must be a number of seconds from 1 to 86400"));
        return cli::BadInput;
    }
    if (p.isSet(QStringLiteral("levels"))) {
        const auto levels = LocustExport::parseLevels(p.value(QStringLiteral("levels")), &error);
        if (!levels) {
            cli::err(tr("fathom export-locust: %1").arg(error));
            return cli::BadInput;
        }
        plan.levels = *levels;
    } else {
        const int maxLevel = p.value(QStringLiteral("max-level")).toInt(&ok);
        if (!ok || maxLevel < 1 || maxLevel > 1'000'000) {
            cli::err(tr("fathom export-locust: --max-level must be a number from 1 to 1000000"));
            return cli::BadInput;
        }
        plan.levels = LocustExport::doublingLevels(maxLevel);
    }
    const QByteArray file = LocustExport::locustfile(*profile, plan).toUtf8();
    if (!cli::writeOutput(p.isSet(QStringLiteral("output")) ? p.value(QStringLiteral("output")) : QStringLiteral("-"),
                          file, &error)) {
        cli::err(tr("fathom export-locust: %1").arg(error));
        return cli::Failed;
    }
    return cli::Ok;
}

int runImportLocustCommand(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Reads a Locust run's --csv results (PREFIX_stats_history.csv, PREFIX_failures.csv) into the run "
           "history: one step per level, the capacity, the failures sorted by the diagnosis rules."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("prefix"), tr("the prefix given to locust --csv"));
    p.addOption(
        { QStringLiteral("target"), tr("the base URL the run was against (Locust's --host)"), QStringLiteral("URL") });
    p.addOption(
        { QStringLiteral("name"), tr("a name for the run (default: the prefix's file name)"), QStringLiteral("NAME") });
    p.addOption(
        { QStringLiteral("json"), tr("also write the result as JSON to FILE (- for stdout)"), QStringLiteral("FILE") });
    if (const auto end = cli::startCommand(p, arguments, QStringLiteral("import-locust"), -1))
        return *end;
    if (p.positionalArguments().size() != 1) {
        cli::err(tr("fathom import-locust: give one PREFIX, as passed to locust --csv"));
        return cli::BadInput;
    }
    if (const QString refused = credentialsInUrl(QUrl(p.value(QStringLiteral("target"))), QStringLiteral("--target"));
        !refused.isEmpty()) {
        cli::err(tr("fathom import-locust: %1").arg(refused));
        return cli::BadInput;
    }
    QString error;
    const auto results = LocustImport::read(p.positionalArguments().first(), &error);
    if (!results) {
        cli::err(tr("fathom import-locust: %1").arg(error));
        return cli::BadInput;
    }
    const DiscoveryResult &d = results->result;
    if (results->cumulativePercentiles)
        cli::err(tr("warning: the CSV has no per-request rows (locust --csv-full-history): its percentiles cover "
                    "the whole run so far, so the latency per level is an upper envelope"));
    cli::out(cli::stepHeader());
    for (const StepResult &s : d.steps)
        cli::out(cli::stepRow(s));
    cli::out(d.verdict());
    for (const QJsonValue &f : results->failures) {
        const QJsonObject o = f.toObject();
        cli::out(tr("  %1 × %2 %3: %4 (%5)")
                     .arg(QString::number(o.value(QStringLiteral("occurrences")).toDouble()),
                          o.value(QStringLiteral("method")).toString(), o.value(QStringLiteral("name")).toString(),
                          o.value(QStringLiteral("error")).toString().left(200),
                          o.value(QStringLiteral("category")).toString()));
    }

    QJsonObject json = d.toJson();
    json.insert(QStringLiteral("source"), QStringLiteral("locust"));
    json.insert(QStringLiteral("request_name"), results->requestName);
    json.insert(QStringLiteral("cumulative_percentiles"), results->cumulativePercentiles);
    json.insert(QStringLiteral("failures"), results->failures);
    RunStore store;
    if (!store.open(RunStore::defaultPath(), &error)) {
        cli::err(tr("fathom import-locust: the run history cannot be opened: %1").arg(error));
        return cli::Failed;
    }
    const QString name
        = p.isSet(QStringLiteral("name")) ? p.value(QStringLiteral("name")) : QFileInfo(results->source).fileName();
    const qint64 id = store.beginRun(RunKind::Locust, name, p.value(QStringLiteral("target")), QJsonObject(),
                                     QJsonObject { { QStringLiteral("source"), results->source } }, &error);
    bool stored = id > 0;
    for (const StepResult &s : d.steps)
        stored = stored && store.addStep(id, s, &error);
    stored = stored
        && store.finishRun(id, RunStatus::Finished, d.measuredCapacity().value_or(-1), stopReasonId(d.stopReason), json,
                           &error);
    if (!stored) {
        cli::err(tr("fathom import-locust: not recorded: %1").arg(error));
        return cli::Failed;
    }
    cli::out(tr("Recorded as run %1 (fathom runs show %1).").arg(id));
    if (p.isSet(QStringLiteral("json")) && !cli::writeJson(p.value(QStringLiteral("json")), json, &error)) {
        cli::err(tr("fathom import-locust: %1").arg(error));
        return cli::Failed;
    }
    return cli::Ok;
}

} // namespace fathom
