#include "app/runscommand.h"

#include "app/cliutil.h"
#include "diagnosis/failurerules.h"
#include "history/runstore.h"
#include "history/testruncomparison.h"
#include "report/reportwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fathom {

using commands::tr;

namespace {

QJsonObject summaryJson(const RunSummary &s)
{
    return {
        { QStringLiteral("id"), double(s.id) },
        { QStringLiteral("kind"), s.kind },
        { QStringLiteral("name"), s.name },
        { QStringLiteral("target"), s.target },
        { QStringLiteral("started_at"), s.startedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("finished_at"),
          s.finishedAt.isValid() ? QJsonValue(s.finishedAt.toString(Qt::ISODateWithMs)) : QJsonValue() },
        { QStringLiteral("status"), s.status },
        { QStringLiteral("capacity"), s.capacity >= 0 ? QJsonValue(s.capacity) : QJsonValue() },
        { QStringLiteral("stop_reason"), s.stopReason },
        { QStringLiteral("rate_limit_per_s"), s.rateLimitPerS ? QJsonValue(*s.rateLimitPerS) : QJsonValue() },
        { QStringLiteral("steps"), s.steps },
    };
}

QJsonObject runJson(const StoredRun &r)
{
    QJsonArray steps;
    for (const StepResult &s : r.steps)
        steps.append(s.toJson());
    QJsonObject o = summaryJson(r.summary);
    o.insert(QStringLiteral("profile"), r.profile);
    o.insert(QStringLiteral("config"), r.config);
    o.insert(QStringLiteral("result"), r.result);
    o.insert(QStringLiteral("recorded_steps"), steps);
    return o;
}

bool parseId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0) {
        cli::err(tr("fathom runs: \"%1\" is not a run id; \"fathom runs list\" shows them").arg(text));
        return false;
    }
    return true;
}

} // namespace

/// `fathom runs compare A B` of two test runs: the failed share, each root cause and each
/// test's change, before → after.
int compareTestRunsCommand(const RunStore &store, qint64 before, qint64 after, bool json, const QStringList &reports)
{
    for (const QString &report : reports) {
        const auto format = ReportWriter::formatFor(report);
        if (!format || *format == ReportWriter::Format::Csv) {
            cli::err(tr("fathom runs: %1: a comparison's report comes from its name; end it in .md, .html or .pdf")
                         .arg(report));
            return cli::BadInput;
        }
    }
    QString error;
    bool notFound = false;
    const auto cmp = compareTestRuns(store, before, after, &error, &notFound);
    if (!cmp) {
        cli::err(tr("fathom runs: %1").arg(error));
        return notFound ? cli::BadInput : cli::Failed;
    }
    for (const QString &report : reports) {
        if (!ReportWriter::writeComparison(cmp->toJson(), report, {}, &error)) {
            cli::err(tr("fathom runs: %1").arg(error));
            return cli::Failed;
        }
        cli::err(tr("report written: %1").arg(report));
    }
    if (json) {
        cli::out(QString::fromUtf8(QJsonDocument(cmp->toJson()).toJson()).trimmed());
        return cli::Ok;
    }
    cli::out(tr("Test run %1 (%2) against test run %3 (%4):")
                 .arg(before)
                 .arg(cmp->before.name)
                 .arg(after)
                 .arg(cmp->after.name));
    for (const QString &line : cmp->summaryLines())
        cli::out(QStringLiteral("  ") + line);
    constexpr int kListed = 20;
    for (TestChange change : { TestChange::NewFailure, TestChange::ChangedFailure, TestChange::Fixed }) {
        int listed = 0;
        for (const TestRunComparison::Test &t : cmp->tests) {
            if (t.change != change)
                continue;
            if (listed++ < kListed)
                cli::out(QStringLiteral("  %1  %2  %3")
                             .arg(testChangeId(change), -15)
                             .arg(t.name, FailureRules::categoryTitle(t.category)));
        }
        if (listed > kListed)
            cli::out(QStringLiteral("  ")
                     + tr("… and %1 more %2 (--json lists them all)").arg(listed - kListed).arg(testChangeId(change)));
    }
    for (TestStability::Kind kind : { TestStability::Kind::LoadInduced, TestStability::Kind::Flaky }) {
        for (const TestRunComparison::Test &t : cmp->tests)
            if (t.stability.kind == kind)
                cli::out(QStringLiteral("  %1  %2  %3")
                             .arg(TestStability::kindId(kind), -15)
                             .arg(t.name, t.stability.evidence));
    }
    for (const auto &[label, runs] : { std::pair { tr("Measured before %1:").arg(before), &cmp->measurementsBefore },
                                       std::pair { tr("Measured before %1:").arg(after), &cmp->measurementsAfter } }) {
        if (runs->isEmpty())
            continue;
        cli::out(label);
        for (const RunSummary &r : *runs)
            cli::out(QStringLiteral("  #%1 %2: %3").arg(r.id).arg(r.title(), r.resultText()));
    }
    return cli::Ok;
}

int runRunsCommand(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("The run history: list, show, compare and delete recorded runs."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), tr("list | show ID | compare ID ID | delete ID"));
    p.addOption({ QStringLiteral("json"), tr("print JSON instead of text") });
    p.addOption({ QStringLiteral("report"),
                  tr("compare of two test runs: also write it as a report, FILE.md, FILE.html or FILE.pdf; may repeat"),
                  QStringLiteral("FILE") });
    if (const auto end = cli::startCommand(p, arguments, QStringLiteral("runs"), -1))
        return *end;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("list"));
    const bool json = p.isSet(QStringLiteral("json"));
    const int wanted = action == QLatin1String("list") ? 1 : action == QLatin1String("compare") ? 3 : 2;
    if ((action != QLatin1String("list") && action != QLatin1String("show") && action != QLatin1String("compare")
         && action != QLatin1String("delete"))
        || pos.size() != wanted) {
        cli::err(tr("fathom runs: use list, show ID, compare ID ID or delete ID"));
        return cli::BadInput;
    }

    RunStore store;
    QString error;
    if (!store.open(RunStore::defaultPath(), &error)) {
        cli::err(tr("fathom runs: %1").arg(error));
        return cli::Failed;
    }
    if (store.readOnly())
        cli::err(tr("fathom runs: note: %1").arg(store.readOnlyNote()));
    auto print = [](const QJsonValue &v) {
        cli::out(
            QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson() : QJsonDocument(v.toObject()).toJson())
                .trimmed());
    };

    if (action == QLatin1String("list")) {
        const QList<RunSummary> runs = store.listRuns(&error);
        if (!error.isEmpty()) {
            cli::err(tr("fathom runs: %1").arg(error));
            return cli::Failed;
        }
        if (json) {
            QJsonArray a;
            for (const RunSummary &s : runs)
                a.append(summaryJson(s));
            print(a);
            return cli::Ok;
        }
        if (runs.isEmpty())
            cli::out(tr("No runs recorded yet (%1).").arg(store.path()));
        for (const RunSummary &s : runs) {
            // A probe by its kind ("probe pool"): the kind says what it measured.
            const QString kind = s.kind == QLatin1String("probe") ? s.kind + QLatin1Char(' ') + s.name : s.kind;
            cli::out(QStringLiteral("%1  %2  %3  %4  %5  %6")
                         .arg(s.id, 5)
                         .arg(s.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                         .arg(kind, -15)
                         .arg(s.status, -11)
                         .arg(s.resultText(), -14)
                         .arg(s.target));
        }
        return cli::Ok;
    }

    qint64 a = 0, b = 0;
    if (!parseId(pos[1], &a) || (action == QLatin1String("compare") && !parseId(pos[2], &b)))
        return cli::BadInput;
    // A run that is not there is a wrong id (2); a history that cannot be read or a run still
    // going is a failure (1), whichever the action.
    bool notFound = false;
    if (action == QLatin1String("delete")) {
        if (!store.deleteRun(a, &error, &notFound)) {
            cli::err(tr("fathom runs: %1").arg(error));
            return notFound ? cli::BadInput : cli::Failed;
        }
        cli::out(tr("Run %1 deleted.").arg(a));
        return cli::Ok;
    }
    const auto first = store.loadRun(a, &error, &notFound);
    if (!first) {
        cli::err(tr("fathom runs: %1").arg(error));
        return notFound ? cli::BadInput : cli::Failed;
    }
    if (action == QLatin1String("compare") && first->summary.isTestRun())
        return compareTestRunsCommand(store, a, b, json, p.values(QStringLiteral("report")));
    if (action == QLatin1String("show")) {
        if (json) {
            print(runJson(*first));
            return cli::Ok;
        }
        const RunSummary &s = first->summary;
        cli::out(tr("Run %1: %2 of %3, %4, started %5")
                     .arg(s.id)
                     .arg(s.kind, s.target, s.status, s.startedAt.toLocalTime().toString()));
        const QString verdict = first->result.value(QStringLiteral("verdict")).toString();
        if (!verdict.isEmpty())
            cli::out(verdict);
        if (!first->steps.isEmpty())
            cli::out(cli::stepHeader());
        for (const StepResult &st : first->steps)
            cli::out(cli::stepRow(st));
        return cli::Ok;
    }
    const auto second = store.loadRun(b, &error, &notFound);
    if (!second) {
        cli::err(tr("fathom runs: %1").arg(error));
        return notFound ? cli::BadInput : cli::Failed;
    }
    const QJsonObject cmp = compareRuns(*first, *second);
    if (json) {
        print(cmp);
        return cli::Ok;
    }
    cli::out(tr("Run %1 against run %2: %3").arg(a).arg(b).arg(cmp.value(QStringLiteral("verdict")).toString()));
    cli::out(QStringLiteral(" level   %1 p50   %1 p99   %2 p50   %2 p99").arg(a, 5).arg(b, 5));
    for (const QJsonValue &row : cmp.value(QStringLiteral("levels")).toArray()) {
        const QJsonObject r = row.toObject();
        auto cell = [](const QJsonValue &side, const char *key) {
            if (!side.isObject())
                return QStringLiteral("%1").arg(QStringLiteral("-"), 10);
            const QJsonObject o = side.toObject();
            return QStringLiteral("%1%2")
                .arg(o.value(QLatin1String(key)).toDouble(), 9, 'f', 1)
                .arg(o.value(QStringLiteral("passed")).toBool() ? QLatin1Char(' ') : QLatin1Char('!'));
        };
        cli::out(QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(r.value(QStringLiteral("level")).toInt(), 6)
                     .arg(cell(r.value(QStringLiteral("a")), "p50_ms"), cell(r.value(QStringLiteral("a")), "p99_ms"),
                          cell(r.value(QStringLiteral("b")), "p50_ms"), cell(r.value(QStringLiteral("b")), "p99_ms")));
    }
    cli::out(tr("(! = the level failed)"));
    return cli::Ok;
}

} // namespace fathom
