// fathom: the desktop tool and its command line.
#include "app/cliutil.h"
#include "app/democommand.h"
#include "app/diagnosecommand.h"
#include "app/discovercommand.h"
#include "app/jiracommand.h"
#include "app/locustcommand.h"
#include "app/probecommand.h"
#include "app/runscommand.h"
#include "app/secretcommand.h"

#include "demo/demo.h"
#include "diagnosis/bidi.h"
#include "model/translations.h"
#include "network/descriptorlimit.h"
#include "ui/appicon.h"
#include "ui/diagnosispanel.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "main",
        "Usage: fathom <command> [options]\n\n"
        "Commands:\n"
        "  probe      one probe: health, readiness, auth, job, pool or timeout\n"
        "  discover   find the capacity of a target (concurrent jobs that all succeed)\n"
        "  runs       list, show, compare and delete recorded runs\n"
        "  diagnose   sort the failures of a test run (JUnit XML) into root causes; reports\n"
        "  secret     store (set KEY) or delete a secret in the keychain\n"
        "  jira       where \"Report to Jira\" creates issues (jira config, jira check)\n"
        "  export-locust  a Locust file of the target's job and a level ramp, for a Locust cluster\n"
        "  import-locust  a Locust run's --csv results into the run history\n"
        "  --demo     capacity discovery against the built-in simulator\n\n"
        "Run \"fathom <command> --help\" for the options of a command.\n"
        "Without a command, or with --demo, fathom opens its window when a display exists;\n"
        "--no-gui keeps it on the terminal. --lang he|en chooses the language (default: the system's).");
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen");
}

/// The window, with the demo running in it when asked for.
int runGui(QApplication &app, bool demo)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("demo"), QString() });
    p.addOption({ QStringLiteral("capacity"), QString(), QStringLiteral("N"), QStringLiteral("37") });
    p.addOption({ QStringLiteral("run"), QString(), QStringLiteral("ID") });
    p.addPositionalArgument(QStringLiteral("files"), QString());
    if (!p.parse(QCoreApplication::arguments())) {
        fathom::cli::err(QCoreApplication::translate("main", "fathom: %1").arg(p.errorText()));
        return fathom::cli::BadInput;
    }
    QList<qint64> runs;
    for (const QString &value : p.values(QStringLiteral("run"))) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0) {
            fathom::cli::err(
                QCoreApplication::translate("main", "fathom: --run takes a run id (see fathom runs list), not \"%1\"")
                    .arg(value));
            return fathom::cli::BadInput;
        }
        runs << id;
    }
    fathom::Demo simulator; // the demo's server outlives the window that measures it
    fathom::MainWindow window;
    window.show();
    // scripts/story-screenshots: once what the command line named is shown, save the window as
    // a PNG and quit.
    const QString shot = qEnvironmentVariable("FATHOM_SCREENSHOT_FILE");
    auto saveAndQuit = [&window, shot] {
        QTimer::singleShot(500, &window, [&window, shot] {
            QCoreApplication::processEvents();
            window.grab().save(shot);
            QCoreApplication::exit(0); // not quit(): that asks every window to close first
        });
    };
    // "fathom run1.xml" opens its diagnosis (joined with the runs given); "fathom --run ID" the run.
    if (!p.positionalArguments().isEmpty()) {
        if (!shot.isEmpty())
            QObject::connect(window.diagnosisPanel(), &fathom::DiagnosisPanel::diagnosed, &window, saveAndQuit);
        window.openTestRun(p.positionalArguments(), runs);
    } else if (!runs.isEmpty()) {
        window.openRun(runs.constFirst());
        if (!shot.isEmpty())
            saveAndQuit();
    }
    if (demo) {
        QString error;
        if (!simulator.start(std::clamp(p.value(QStringLiteral("capacity")).toInt(), 1, fathom::Demo::kMaxCapacity),
                             &error)) {
            QMessageBox::critical(&window, QCoreApplication::translate("main", "Demo"),
                                  QCoreApplication::translate("main", "The built-in simulator did not start: %1")
                                      .arg(fathom::isolate(error)));
            return fathom::cli::Failed;
        }
        window.discover(simulator.profile(), simulator.config());
    }
    return app.exec();
}

QString g_lang; ///< --lang he|en, taken out of the arguments before anything parses them

/// Removes "--lang X" / "--lang=X" from argv; returns false (and says why) for a bad value.
bool takeLangOption(int &argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        QByteArray value;
        int used = 0;
        if (qstrcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            value = argv[i + 1];
            used = 2;
        } else if (qstrncmp(argv[i], "--lang=", 7) == 0) {
            value = argv[i] + 7;
            used = 1;
        }
        if (!used)
            continue;
        if (value != "he" && value != "en") {
            std::fprintf(stderr, "fathom: --lang must be he or en, not \"%s\"\n", value.constData());
            return false;
        }
        g_lang = QString::fromLatin1(value);
        for (int j = i; j + used <= argc; ++j)
            argv[j] = argv[j + used];
        argc -= used;
        --i;
    }
    return true;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("fathom"));
    QCoreApplication::setOrganizationName(QStringLiteral("Fathom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FATHOM_VERSION));
    // --lang, else the system's language; the window then applies its setting (--lang wins there too).
    fathom::Translations::install(g_lang);
    fathom::Language::setOverride(g_lang);
}

} // namespace

/// Qt warns on every start where XDG_RUNTIME_DIR is unset (a container, su, cron) and then
/// uses /tmp/runtime-USER: make that folder as Qt would, and say nothing.
void quietRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray user = qgetenv("USER").isEmpty() ? QByteArray::number(::getuid()) : qgetenv("USER");
    const QByteArray dir = "/tmp/runtime-" + user;
    if (::mkdir(dir.constData(), 0700) != 0 && errno != EEXIST)
        return;
    struct stat info
    {
    };
    // Only a folder of ours that no one else can read: else Qt's own checks (and warning) stand.
    if (::lstat(dir.constData(), &info) == 0 && S_ISDIR(info.st_mode) && info.st_uid == ::getuid()
        && (info.st_mode & 0777) == 0700)
        qputenv("XDG_RUNTIME_DIR", dir);
}

int main(int argc, char **argv)
{
    quietRuntimeDir();
    // Every connection is a descriptor: take what the system allows before any is opened (a
    // desktop's soft limit is 1,024; the hard one is usually far higher).
    fathom::raiseDescriptorLimit();
    if (!takeLangOption(argc, argv))
        return fathom::cli::BadInput;
    // The window when there is a display and no terminal-only command; the command line otherwise.
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    bool wantsTerminal = false;
    for (int i = 1; i < argc; ++i)
        wantsTerminal = wantsTerminal || qstrcmp(argv[i], "--json") == 0 || qstrcmp(argv[i], "--no-gui") == 0;
    // "fathom run1.xml" and "fathom --run ID" open the window on that test run or run.
    static const QStringList commands
        = { QStringLiteral("diagnose"),      QStringLiteral("discover"),      QStringLiteral("probe"),
            QStringLiteral("runs"),          QStringLiteral("secret"),        QStringLiteral("jira"),
            QStringLiteral("export-locust"), QStringLiteral("import-locust"), QStringLiteral("demo"),
            QStringLiteral("help") };
    const bool opensSomething = first == QLatin1String("--run") || first.startsWith(QLatin1String("--run="))
        || first.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive)
        || (!first.startsWith(QLatin1Char('-')) && !commands.contains(first) && QFileInfo::exists(first));
    if ((first.isEmpty() || first == QLatin1String("--demo") || first == QLatin1String("demo") || opensSomething)
        && !wantsTerminal && hasDisplay()) {
        QApplication app(argc, argv);
        setIdentity();
        QGuiApplication::setDesktopFileName(QString::fromLatin1(fathom::kDesktopFileName));
        QApplication::setWindowIcon(fathom::applicationIcon());
        return runGui(app, first == QLatin1String("--demo") || first == QLatin1String("demo"));
    }
    bool writesReport = false; // "runs compare A B --report FILE" writes one too
    for (int i = 2; i < argc && first == QLatin1String("runs"); ++i)
        writesReport = writesReport || QByteArray(argv[i]).startsWith("--report");
    if (first == QLatin1String("diagnose") || writesReport) {
        // Reports paint charts and lay out PDFs: that needs Qt Gui, not a display.
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        setIdentity();
        QStringList args = QCoreApplication::arguments();
        args.removeAll(QStringLiteral("--no-gui"));
        args.removeAt(1);
        return writesReport ? fathom::runRunsCommand(args) : fathom::runDiagnoseCommand(args);
    }
    QCoreApplication app(argc, argv);
    setIdentity();

    QStringList args = QCoreApplication::arguments();
    args.removeAll(QStringLiteral("--no-gui"));
    const QString command = args.size() > 1 ? args.at(1) : QStringLiteral("--demo");
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")
        || command == QLatin1String("--help-all")) {
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
    if (command == QLatin1String("jira"))
        return fathom::runJiraCommand(args);
    if (command == QLatin1String("export-locust"))
        return fathom::runExportLocustCommand(args);
    if (command == QLatin1String("import-locust"))
        return fathom::runImportLocustCommand(args);
    if (opensSomething) { // the window was wanted, but there is no display for it
        fathom::cli::err(QCoreApplication::translate("main",
                                                     "fathom: the window needs a display; on the command line, "
                                                     "diagnose a test run with \"fathom diagnose FILE.xml\" and show "
                                                     "a run with \"fathom runs show ID\"."));
        return fathom::cli::BadInput;
    }
    fathom::cli::err(QCoreApplication::translate("main", "fathom: unknown command \"%1\"\n").arg(command) + usage());
    return fathom::cli::BadInput;
}
