#include "app/democommand.h"

#include "app/cliutil.h"
#include "app/discovercommand.h"
#include "demo/demo.h"

#include <QCoreApplication>

namespace fathom {

using commands::tr;

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
    if (const auto end = cli::startCommand(p, arguments, QStringLiteral("demo")))
        return *end;
    bool ok = false;
    const int capacity = p.value(QStringLiteral("capacity")).toInt(&ok);
    if (!ok || capacity < 1 || capacity > Demo::kMaxCapacity) {
        cli::err(tr("fathom --demo: --capacity must be a whole number from 1 to 5000"));
        return cli::BadInput;
    }

    Demo demo;
    QString error;
    if (!demo.start(capacity, &error)) {
        cli::err(tr("fathom --demo: the built-in simulator did not start: %1").arg(error));
        return cli::Failed;
    }
    cli::err(tr("Built-in simulator at %1 with a capacity of %2 concurrent jobs; each job takes 300 ms.")
                 .arg(demo.profile().baseUrl.toString())
                 .arg(capacity));
    return discoverOnTerminal(demo.profile(), demo.config(), p.value(QStringLiteral("json")));
}

} // namespace fathom
