// fathom: the desktop tool and its command line.
#include "app/cliutil.h"
#include "app/democommand.h"
#include "app/discovercommand.h"
#include "app/probecommand.h"
#include "app/runscommand.h"
#include "app/secretcommand.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

QString usage()
{
    return QCoreApplication::translate("main",
                                       "Usage: fathom <command> [options]\n\n"
                                       "Commands:\n"
                                       "  probe      one probe: health, readiness, auth, job, pool or timeout\n"
                                       "  discover   find the capacity of a target (concurrent jobs that all succeed)\n"
                                       "  runs       list, show, compare and delete recorded runs\n"
                                       "  secret     store (set KEY) or delete a secret in the keychain\n"
                                       "  --demo     capacity discovery against the built-in simulator\n\n"
                                       "Run \"fathom <command> --help\" for the options of a command.");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fathom"));
    QCoreApplication::setOrganizationName(QStringLiteral("Fathom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FATHOM_VERSION));

    QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QStringLiteral("--demo");
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        fathom::cli::out(usage());
        return fathom::cli::Ok;
    }
    if (command == QLatin1String("--version")) {
        fathom::cli::out(QStringLiteral("fathom %1").arg(QStringLiteral(FATHOM_VERSION)));
        return fathom::cli::Ok;
    }
    if (command == QLatin1String("--demo") || command == QLatin1String("demo"))
        return fathom::runDemoCommand(args);
    args.removeAt(1); // each command's parser sees "fathom [options]"
    if (command == QLatin1String("discover"))
        return fathom::runDiscoverCommand(args);
    if (command == QLatin1String("probe"))
        return fathom::runProbeCommand(args);
    if (command == QLatin1String("runs"))
        return fathom::runRunsCommand(args);
    if (command == QLatin1String("secret"))
        return fathom::runSecretCommand(args);
    fathom::cli::err(QCoreApplication::translate("main", "fathom: unknown command \"%1\"\n").arg(command) + usage());
    return fathom::cli::BadInput;
}
