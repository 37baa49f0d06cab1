#include "app/jiracommand.h"

#include "app/cliutil.h"
#include "jira/jiraclient.h"
#include "jira/jiraconfig.h"
#include "network/secretstore.h"
#include "network/visibletext.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace fathom {

using commands::tr;

namespace {

/// `fathom jira check`: whom the stored token belongs to, and whether the project takes the type.
int checkJira(const JiraConfig &config)
{
    if (const QString problem = config.problem(); !problem.isEmpty()) {
        cli::err(tr("fathom jira: %1").arg(visibleControls(problem)));
        return cli::BadInput;
    }
    KeychainSecretStore secrets;
    JiraClient client;
    QEventLoop loop;
    bool ok = false;
    QString message;
    QObject::connect(&client, &JiraClient::step, &client, [](const QString &what) { cli::progress(what); });
    QObject::connect(&client, &JiraClient::checked, &loop, [&](bool fine, const QString &what) {
        ok = fine;
        message = what;
        loop.quit();
    });
    secrets.read(JiraConfig::kTokenKey, &loop, [&](bool found, const QString &token, const QString &error) {
        if (found)
            return client.check(config, token);
        message = tr("no API token could be read from the keychain (%1): fathom secret set %2")
                      .arg(error, JiraConfig::kTokenKey);
        loop.quit();
    });
    cli::InterruptWatcher interrupts;
    QObject::connect(&interrupts, &cli::InterruptWatcher::interrupted, &client, &JiraClient::cancel);
    loop.exec();
    cli::endProgress();
    if (!ok) {
        cli::err(tr("fathom jira: %1").arg(message));
        return cli::Failed;
    }
    cli::out(message);
    return cli::Ok;
}

} // namespace

int runJiraCommand(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Shows or changes where \"Report to Jira\" creates issues (fathom diagnose --jira, and the Diagnosis "
           "tab). The API token goes in the keychain: fathom secret set %1")
            .arg(JiraConfig::kTokenKey));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"),
                            tr("config: show the settings, changing those given; check: ask Jira whom the token "
                               "belongs to and whether the project takes the issue type (creates nothing)"));
    p.addOption(
        { QStringLiteral("url"), tr("the Jira site, e.g. https://example.atlassian.net"), QStringLiteral("URL") });
    p.addOption({ QStringLiteral("project"), tr("the project's key, e.g. FOCUS"), QStringLiteral("KEY") });
    p.addOption(
        { QStringLiteral("issue-type"), tr("the type of the issues created (default Bug)"), QStringLiteral("TYPE") });
    p.addOption({ QStringLiteral("user"),
                  tr("Jira Cloud: the account's e-mail; empty (--user \"\") for a Data Center personal access token"),
                  QStringLiteral("EMAIL") });
    if (const auto end = cli::startCommand(p, arguments, QStringLiteral("jira"), -1))
        return *end;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || (pos[0] != QLatin1String("config") && pos[0] != QLatin1String("check"))) {
        cli::err(tr("fathom jira: use \"fathom jira config\" (with --url, --project, --issue-type, --user to change "
                    "them) or \"fathom jira check\""));
        return cli::BadInput;
    }
    QSettings settings;
    JiraConfig config = JiraConfig::load(settings);
    if (pos[0] == QLatin1String("check")) {
        if (p.isSet(QStringLiteral("url")) || p.isSet(QStringLiteral("project"))
            || p.isSet(QStringLiteral("issue-type")) || p.isSet(QStringLiteral("user"))) {
            cli::err(tr("fathom jira: check uses the saved settings; change them with \"fathom jira config\""));
            return cli::BadInput;
        }
        return checkJira(config);
    }
    const bool changes = p.isSet(QStringLiteral("url")) || p.isSet(QStringLiteral("project"))
        || p.isSet(QStringLiteral("issue-type")) || p.isSet(QStringLiteral("user"));
    if (p.isSet(QStringLiteral("url")))
        config.baseUrl = QUrl(p.value(QStringLiteral("url")).trimmed());
    if (p.isSet(QStringLiteral("project")))
        config.projectKey = p.value(QStringLiteral("project")).trimmed();
    if (p.isSet(QStringLiteral("issue-type")))
        config.issueType = p.value(QStringLiteral("issue-type")).trimmed();
    if (p.isSet(QStringLiteral("user")))
        config.user = p.value(QStringLiteral("user")).trimmed();
    const QString problem = config.problem();
    if (changes) {
        // Nothing unusable is saved: the settings the window reads stay as they were.
        if (!problem.isEmpty()) {
            cli::err(tr("fathom jira: %1").arg(visibleControls(problem)));
            return cli::BadInput;
        }
        config.save(settings);
        settings.sync();
        if (settings.status() != QSettings::NoError) {
            cli::err(tr("fathom jira: the settings could not be written (%1)").arg(settings.fileName()));
            return cli::Failed;
        }
    }
    const QString unset = tr("(not set)");
    cli::out(tr("Jira:       %1").arg(config.baseUrl.isEmpty() ? unset : config.baseUrl.toDisplayString()));
    cli::out(tr("Project:    %1").arg(config.projectKey.isEmpty() ? unset : config.projectKey));
    cli::out(tr("Issue type: %1").arg(config.issueType));
    cli::out(tr("User:       %1")
                 .arg(config.user.isEmpty() ? tr("none (the token is a personal access token)")
                                            : visibleControls(config.user)));
    KeychainSecretStore secrets;
    QEventLoop loop;
    bool stored = false;
    QString why;
    secrets.read(JiraConfig::kTokenKey, &loop, [&](bool ok, const QString &, const QString &error) {
        stored = ok;
        why = error;
        loop.quit();
    });
    loop.exec();
    cli::out(tr("API token:  %1")
                 .arg(stored ? tr("in the keychain")
                             : tr("not stored (%1): fathom secret set %2").arg(why, JiraConfig::kTokenKey)));
    if (!problem.isEmpty() && !changes)
        cli::err(tr("fathom jira: %1").arg(visibleControls(problem)));
    return cli::Ok;
}

} // namespace fathom
