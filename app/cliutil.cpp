#include "app/cliutil.h"

#include "network/secretstore.h"
#include "network/tokenprovider.h"
#include "network/visibletext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace fathom::cli {

namespace {
std::atomic<int> g_signal { 0 };
std::atomic<int> g_interrupts { 0 };
bool g_progressShown = false;

QString tr(const char *text)
{
    return QCoreApplication::translate("fathom::cli", text);
}
} // namespace

void out(const QString &line)
{
    endProgress();
    // Every line may quote the outside world (a server's answer, a stored name): its control
    // characters are shown, never obeyed.
    std::fputs(qPrintable(visibleControls(line) + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QString helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const QString usage = QCoreApplication::translate("QCommandLineParser", "Usage: %1").arg(program);
    if (text.startsWith(usage))
        text.replace(
            0, usage.size(),
            QCoreApplication::translate("QCommandLineParser", "Usage: %1").arg(QStringLiteral("fathom ") + command));
    return text;
}

std::optional<int> startCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                                int maxPositional)
{
    if (!parser.parse(arguments)) {
        err(tr("fathom %1: %2").arg(command, parser.errorText()));
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(helpText(parser, command));
        return Ok;
    }
    const QStringList words = parser.positionalArguments();
    if (maxPositional >= 0 && words.size() > maxPositional) {
        err(tr("fathom %1: unexpected argument \"%2\" (see fathom %1 --help)").arg(command, words.at(maxPositional)));
        return BadInput;
    }
    return std::nullopt;
}

void err(const QString &line)
{
    endProgress();
    std::fputs(qPrintable(visibleControls(line) + QLatin1Char('\n')), stderr);
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

void progress(const QString &line)
{
    if (!stderrIsTerminal())
        return;
    std::fprintf(stderr, "\r\033[K%s", qPrintable(visibleControls(line)));
    std::fflush(stderr);
    g_progressShown = true;
}

void endProgress()
{
    if (g_progressShown) {
        std::fputs("\r\033[K", stderr);
        g_progressShown = false;
    }
}

void TargetOptions::addTo(QCommandLineParser &p, bool jobFlags)
{
    m_jobFlags = jobFlags;
    p.addOption({ QStringLiteral("profile"), tr("target profile (JSON file)"), QStringLiteral("FILE") });
    p.addOption(
        { QStringLiteral("url"), tr("base URL of the target, instead of or over a profile"), QStringLiteral("URL") });
    if (jobFlags) {
        p.addOption(
            { QStringLiteral("job-method"), tr("method of the job request (default POST)"), QStringLiteral("M") });
        p.addOption({ QStringLiteral("job-path"), tr("path of the job request (default /jobs)"), QStringLiteral("P") });
        p.addOption(
            { QStringLiteral("job-body"), tr("JSON body template of the job request"), QStringLiteral("JSON") });
        p.addOption({ QStringLiteral("cleanup-method"), tr("method of the cleanup request (default DELETE)"),
                      QStringLiteral("M") });
        p.addOption({ QStringLiteral("cleanup-path"), tr("path of the cleanup request, e.g. /jobs/{job_id}"),
                      QStringLiteral("P") });
    }
    p.addOption({ QStringLiteral("pool-size"), tr("connection pool size"), QStringLiteral("N") });
    p.addOption({ QStringLiteral("connect-timeout-ms"), tr("connect timeout"), QStringLiteral("N") });
    p.addOption({ QStringLiteral("request-timeout-ms"), tr("request timeout"), QStringLiteral("N") });
}

std::optional<TargetProfile> TargetOptions::resolve(const QCommandLineParser &p, QString *error) const
{
    TargetProfile profile;
    if (p.isSet(QStringLiteral("profile"))) {
        auto loaded = TargetProfile::load(p.value(QStringLiteral("profile")), error);
        if (!loaded)
            return std::nullopt;
        profile = *loaded;
    } else if (!p.isSet(QStringLiteral("url"))) {
        *error = tr("say which target: --profile FILE or --url URL");
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("url"))) {
        if (QString refused = credentialsInUrl(QUrl(p.value(QStringLiteral("url"))), QStringLiteral("--url"));
            !refused.isEmpty()) {
            *error = std::move(refused);
            return std::nullopt;
        }
    }
    // Flags become a patch in the profile's own shape: one validator for both.
    QJsonObject patch, job, cleanup, client;
    if (p.isSet(QStringLiteral("url")))
        patch.insert(QStringLiteral("base_url"), p.value(QStringLiteral("url")));
    auto text = [&](const char *flag, QJsonObject &into, const char *field) {
        if (m_jobFlags && p.isSet(QLatin1String(flag)))
            into.insert(QLatin1String(field), p.value(QLatin1String(flag)));
    };
    text("job-method", job, "method");
    text("job-path", job, "path");
    text("job-body", job, "body");
    text("cleanup-method", cleanup, "method");
    text("cleanup-path", cleanup, "path");
    if (!cleanup.isEmpty())
        cleanup.insert(QStringLiteral("enabled"), true);
    for (const auto &[flag, field] :
         { std::pair { "pool-size", "pool_size" }, std::pair { "connect-timeout-ms", "connect_timeout_ms" },
           std::pair { "request-timeout-ms", "request_timeout_ms" } }) {
        if (!p.isSet(QLatin1String(flag)))
            continue;
        bool ok = false;
        const qlonglong n = p.value(QLatin1String(flag)).toLongLong(&ok);
        if (!ok) {
            *error
                = tr("--%1 must be a whole number, not \"%2\"").arg(QLatin1String(flag), p.value(QLatin1String(flag)));
            return std::nullopt;
        }
        client.insert(QLatin1String(field), double(n));
    }
    if (!job.isEmpty())
        patch.insert(QStringLiteral("job"), job);
    if (!cleanup.isEmpty())
        patch.insert(QStringLiteral("cleanup"), cleanup);
    if (!client.isEmpty())
        patch.insert(QStringLiteral("client"), client);
    if (!p.isSet(QStringLiteral("profile"))) {
        auto fresh = TargetProfile::fromJson(patch, error);
        if (!fresh)
            return std::nullopt;
        return fresh;
    }
    if (!profile.applyPatch(patch, error))
        return std::nullopt;
    return profile;
}

QString stepHeader()
{
    return tr(" level attempt result     ok failed    p50 ms    p99 ms     job/s  error");
}

QString stepRow(const StepResult &s)
{
    const auto d = s.dominantFailure();
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9")
        .arg(s.level, 6)
        .arg(s.attempt, 7)
        .arg(s.passed ? tr("pass") : tr("FAIL"), 6)
        .arg(s.ok, 6)
        .arg(s.failed, 6)
        .arg(s.p50Us / 1000.0, 9, 'f', 1)
        .arg(s.p99Us / 1000.0, 9, 'f', 1)
        .arg(s.throughputRps, 9, 'f', 1)
        .arg(d ? outcomeId(*d) : QString());
}

bool writeOutput(const QString &path, const QByteArray &bytes, QString *error)
{
    if (path == QLatin1String("-")) {
        endProgress();
        errno = 0;
        const bool written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
        if (std::fflush(stdout) != 0 || !written || std::ferror(stdout)) {
            *error = tr("cannot write to the standard output: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno ? errno : EIO)));
            std::clearerr(stdout);
            return false;
        }
        return true;
    }
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        // Never renamed over: a temporary file and a rename would replace a device (as root, even
        // /dev/full) or a pipe rather than write to it.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.flush()) {
            *error = tr("cannot write %1: %2").arg(path, f.errorString());
            return false;
        }
        return true;
    }
    // Unbuffered: Qt 6.4's QSaveFile loses an error of the buffer's last flush in commit() and
    // renames the empty file into place as if complete (found on a full tmpfs).
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool writeJson(const QString &path, const QJsonObject &json, QString *error)
{
    return writeOutput(path, QJsonDocument(json).toJson(QJsonDocument::Indented), error);
}

std::shared_ptr<TokenProvider> tokensFor(const TargetProfile &profile, SecretStore *secrets)
{
    if (!profile.usesToken())
        return nullptr;
    return std::make_shared<TokenProvider>(profile.tokenConfig(), secrets);
}

bool readTlsPassphrase(TargetProfile *profile, SecretStore *secrets, QString *error)
{
    TlsSettings &tls = profile->client.tls;
    if (tls.passphraseKey.isEmpty() || !tls.passphrase.isEmpty())
        return true;
    QEventLoop loop;
    bool done = false, ok = false;
    secrets->read(tls.passphraseKey, &loop, [&](bool success, const QString &secret, const QString &e) {
        ok = success && !secret.isEmpty();
        if (ok)
            tls.passphrase = secret;
        else
            *error = tr("the passphrase of the client key is not in the keychain under \"%1\" (%2); store it with: "
                        "fathom secret set %1 < file-holding-it")
                         .arg(tls.passphraseKey, success ? tr("it is empty") : e);
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return ok;
}

InterruptWatcher::InterruptWatcher()
{
    // Ctrl-C, and what timeout(1), CI cancel buttons, container stops (SIGTERM) and a closed
    // terminal (SIGHUP) send: all stop the run cleanly. A second one means it: exit at once.
    for (int sig : { SIGINT, SIGTERM, SIGHUP }) {
        std::signal(sig, [](int received) {
            g_signal.store(received);
            if (g_interrupts.fetch_add(1) >= 1)
                std::_Exit(128 + received);
        });
    }
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (g_interrupts.load() > 0 && !property("fired").toBool()) {
            setProperty("fired", true);
            Q_EMIT interrupted();
        }
    });
    m_poll.start(100);
}

InterruptWatcher::~InterruptWatcher()
{
    for (int sig : { SIGINT, SIGTERM, SIGHUP })
        std::signal(sig, SIG_DFL);
}

int InterruptWatcher::exitCode() const
{
    return 128 + (g_signal.load() ? g_signal.load() : SIGINT);
}

QString InterruptWatcher::signalName() const
{
    switch (g_signal.load()) {
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    case SIGHUP:
        return QStringLiteral("SIGHUP");
    default:
        return QStringLiteral("SIGINT");
    }
}

} // namespace fathom::cli
