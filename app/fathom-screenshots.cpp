// fathom-screenshots: the pictures of docs/screenshots, taken from the real window. Runs the
// demo's discovery (the built-in simulator), then the probes, then a diagnosis of a JUnit file
// joined with that discovery, and saves each view and two dialogs as PNGs. scripts/screenshots
// runs it under xvfb-run at each size and in each language. Not installed: a developer's tool.
#include "demo/demo.h"
#include "model/probe.h"
#include "model/translations.h"
#include "network/secretstore.h"
#include "ui/appicon.h"
#include "ui/diagnosispanel.h"
#include "ui/discoverypanel.h"
#include "ui/jirareportdialog.h"
#include "ui/language.h"
#include "ui/livecharts.h"
#include "ui/mainwindow.h"
#include "ui/probespanel.h"
#include "ui/profileeditor.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QListView>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

#include <cstdio>

using namespace fathom;

namespace {

void save(QWidget &widget, const QDir &out, const QString &name)
{
    QCoreApplication::processEvents();
    if (!widget.grab().save(out.filePath(QStringLiteral("fathom-%1.png").arg(name))))
        std::fprintf(stderr, "fathom-screenshots: cannot write %s\n", qPrintable(out.filePath(name)));
}

/// The views once the demo's discovery has ended: each tab, the diagnosis, two dialogs.
void takeScreenshots(MainWindow &window, const QDir &out, const QString &junit)
{
    const QStringList names = { QStringLiteral("discovery"), QStringLiteral("live-charts"), QStringLiteral("probes"),
                                QStringLiteral("history") };
    window.probesPanel()->results()->setCurrentCell(2, 0);
    for (int i = 0; i < window.tabs()->count() && i < names.size(); ++i) {
        window.tabs()->setCurrentIndex(i);
        window.liveCharts()->refresh();
        save(window, out, names[i]);
    }
    // The diagnosis of a test run, joined with the demo's discovery that just ended.
    if (!junit.isEmpty()) {
        window.diagnosisPanel()->refreshMeasurements();
        QEventLoop wait;
        QObject::connect(window.diagnosisPanel(), &DiagnosisPanel::diagnosed, &wait, &QEventLoop::quit);
        window.diagnosisPanel()->importFiles({ junit });
        wait.exec();
        auto *causes = window.diagnosisPanel()->causeView();
        causes->setCurrentIndex(causes->model()->index(1, 0));
        auto *failures = window.diagnosisPanel()->failureView();
        failures->setCurrentIndex(failures->model()->index(0, 0));
        window.tabs()->setCurrentWidget(window.diagnosisPanel());
        save(window, out, QStringLiteral("diagnosis"));
        // "Report to Jira" for the top cause's most frequent error, as a team would set it up.
        JiraConfig jira;
        jira.baseUrl = QUrl(QStringLiteral("https://example.atlassian.net"));
        jira.projectKey = QStringLiteral("FOCUS");
        jira.user = QStringLiteral("qa@example.com");
        const auto diagnosis = std::make_shared<const Diagnosis>(*window.diagnosisPanel()->diagnosis());
        const RootCause &top = diagnosis->rootCauses.constFirst();
        MemorySecretStore none;
        JiraReportDialog report(diagnosis, top.category, top.uniqueErrors.constFirst().id, jira, &none, nullptr,
                                &window);
        report.show();
        save(report, out, QStringLiteral("report-to-jira"));
    }
    MemorySecretStore noKeychain; // a screenshot never touches the keychain
    SettingsDialog settings(&window.profileLibrary(), &noKeychain, &window);
    settings.tabs()->setCurrentIndex(1);
    settings.show();
    save(settings, out, QStringLiteral("settings"));
    AppSettings withJira = settings.settings();
    withJira.jira.baseUrl = QUrl(QStringLiteral("https://example.atlassian.net"));
    withJira.jira.projectKey = QStringLiteral("FOCUS");
    withJira.jira.user = QStringLiteral("qa@example.com");
    settings.setSettings(withJira);
    settings.tabs()->setCurrentIndex(settings.tabs()->count() - 1);
    save(settings, out, QStringLiteral("settings-jira"));
    ProfileEditor editor(&noKeychain, &window);
    editor.tabs()->setCurrentIndex(editor.tabs()->count() - 1); // HTTPS
    editor.findChild<QCheckBox *>(QStringLiteral("verify_peer"))->setChecked(false); // with its warning
    editor.show();
    save(editor, out, QStringLiteral("profile-https"));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fathom"));
    QCoreApplication::setOrganizationName(QStringLiteral("Fathom"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Saves PNGs of Fathom's views after a demo discovery."));
    p.addHelpOption();
    p.addOption(
        { QStringLiteral("lang"), QStringLiteral("he or en (default en)"), QStringLiteral("L"), QStringLiteral("en") });
    p.addOption({ QStringLiteral("capacity"), QStringLiteral("the simulator's capacity (default 37)"),
                  QStringLiteral("N"), QString::number(Demo::kDefaultCapacity) });
    p.addOption({ QStringLiteral("junit"), QStringLiteral("a JUnit XML file to diagnose for the Diagnosis tab"),
                  QStringLiteral("FILE") });
    p.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("where the PNGs go"));
    p.process(app);
    if (p.positionalArguments().size() != 1 || !QDir(p.positionalArguments().first()).exists()) {
        std::fprintf(stderr, "fathom-screenshots: give an existing folder for the PNGs\n");
        return 2;
    }
    const QString lang = p.value(QStringLiteral("lang"));
    Translations::install(lang);
    Language::setOverride(lang);
    QApplication::setWindowIcon(applicationIcon());

    Demo demo;
    QString error;
    if (!demo.start(p.value(QStringLiteral("capacity")).toInt(), &error)) {
        std::fprintf(stderr, "fathom-screenshots: %s\n", qPrintable(error));
        return 1;
    }
    MainWindow window;
    window.show();
    const QDir out(p.positionalArguments().first());
    const QString junit = p.value(QStringLiteral("junit"));
    QObject::connect(window.discoveryPanel(), &DiscoveryPanel::finished, &window, [&window, out, junit] {
        for (auto kind : { ProbeKind::Health, ProbeKind::Readiness, ProbeKind::Job, ProbeKind::Timeout })
            window.probesPanel()->runProbe(kind);
        // The probes answer, and a few more snapshots arrive.
        QTimer::singleShot(2000, &window, [&window, out, junit] {
            takeScreenshots(window, out, junit);
            QCoreApplication::quit();
        });
    });
    window.discover(demo.profile(), demo.config());
    return app.exec();
}
