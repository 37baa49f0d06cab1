#include "app/secretcommand.h"

#include "app/cliutil.h"
#include "network/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace fathom {

using commands::tr;

namespace {

QString readSecretFromStdin()
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (terminal) {
        std::fputs(qPrintable(tr("Secret (not shown): ")), stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n' && line.size() < 64 * 1024; c = std::getchar())
        line.append(char(c));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

int runSecretCommand(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Stores or deletes a secret in the keychain (service \"Fathom\")."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), tr("set KEY (secret read from standard input) | delete KEY"));
    if (const auto end = cli::startCommand(p, arguments, QStringLiteral("secret"), -1))
        return *end;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || (pos[0] != QLatin1String("set") && pos[0] != QLatin1String("delete")) || pos[1].isEmpty()) {
        cli::err(tr("fathom secret: use \"set KEY\" or \"delete KEY\""));
        return cli::BadInput;
    }
    KeychainSecretStore store;
    QEventLoop loop;
    bool ok = false;
    QString error;
    auto done = [&](bool success, const QString &e) {
        ok = success;
        error = e;
        loop.quit();
    };
    if (pos[0] == QLatin1String("set")) {
        const QString secret = readSecretFromStdin();
        if (secret.isEmpty()) {
            cli::err(tr("fathom secret: the secret is empty; nothing stored"));
            return cli::BadInput;
        }
        store.write(pos[1], secret, &loop, done);
    } else {
        // Read first: removing a key that holds nothing succeeds silently in the Secret Service,
        // and "Deleted" would not be true.
        store.read(pos[1], &loop, [&](bool found, const QString &, const QString &e) {
            if (!found)
                return done(false, e);
            store.remove(pos[1], &loop, done);
        });
    }
    loop.exec();
    if (!ok) {
        cli::err(tr("fathom secret: %1").arg(error));
        return cli::Failed;
    }
    cli::out(pos[0] == QLatin1String("set") ? tr("Stored \"%1\" in the keychain.").arg(pos[1])
                                            : tr("Deleted \"%1\" from the keychain.").arg(pos[1]));
    return cli::Ok;
}

} // namespace fathom
