// fathom: the desktop tool and its command line.
#include "app/democommand.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

void printUsage()
{
    std::fputs(qPrintable(QCoreApplication::translate(
                   "main",
                   "Usage: fathom <command> [options]\n\n"
                   "Commands:\n"
                   "  demo    start the built-in simulator and send a burst of jobs through the engine\n\n"
                   "Run \"fathom <command> --help\" for the options of a command.\n")),
               stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fathom"));
    QCoreApplication::setOrganizationName(QStringLiteral("Fathom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FATHOM_VERSION));

    QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QStringLiteral("demo");
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printUsage();
        return 0;
    }
    if (command == QLatin1String("--version")) {
        std::printf("fathom %s\n", FATHOM_VERSION);
        return 0;
    }
    if (args.size() > 1)
        args.removeAt(1); // the parser of the command sees "fathom [options]"
    if (command == QLatin1String("demo"))
        return fathom::runDemoCommand(args);
    std::fputs(qPrintable(QCoreApplication::translate("main", "fathom: unknown command \"%1\"\n\n").arg(command)),
               stderr);
    printUsage();
    return 2;
}
