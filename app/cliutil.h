#pragma once

#include "discovery/discoveryresult.h"
#include "model/targetprofile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace fathom {

class SecretStore;
class TokenProvider;

namespace cli {

/// The exit codes every command uses.
enum Exit : int
{
    Ok = 0,
    Failed = 1,
    BadInput = 2,
    Unreachable = 3,
    Cancelled = 130
};

/// A command's --help: its parser's text, with the usage line naming "fathom COMMAND" rather
/// than the path the program was started by.
QString helpText(const QCommandLineParser &parser, const QString &command);
/// Every command's first steps: parse `arguments` with `parser` (its options, --help among them,
/// added), answer
/// --help, and refuse words it does not take — more than `maxPositional` positional arguments
/// (-1: any number; the command checks them). Returns the exit code when the command ends here
/// (help given, or the fault said on stderr as "fathom COMMAND: …"), nullopt to go on.
std::optional<int> startCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                                int maxPositional = 0);
void out(const QString &line);
void err(const QString &line);
bool stderrIsTerminal();
/// Rewrites the current terminal line (progress); does nothing when stderr is not a terminal.
void progress(const QString &line);
void endProgress();

/// --profile FILE | --url URL, and the flags that override profile fields.
class TargetOptions
{
    Q_DECLARE_TR_FUNCTIONS(fathom::cli::TargetOptions)
public:
    void addTo(QCommandLineParser &parser, bool jobFlags);
    /// The profile to use, with every flag applied; nullopt and `error` naming the problem.
    std::optional<TargetProfile> resolve(const QCommandLineParser &parser, QString *error) const;

private:
    bool m_jobFlags = false;
};

/// One line per discovery step, under stepHeader().
QString stepHeader();
QString stepRow(const StepResult &step);

/// Writes `bytes` to `path` ("-" for stdout), every write checked and flushed: a full disk or
/// /dev/full is an error naming the path and the reason. A regular file is written under a
/// temporary name and renamed, so a failed write never leaves a partial file as if complete;
/// a device or a pipe (/dev/stdout) is written in place.
bool writeOutput(const QString &path, const QByteArray &bytes, QString *error);
/// Writes `json` to `path` ("-" for stdout), as writeOutput.
bool writeJson(const QString &path, const QJsonObject &json, QString *error);

/// A token provider for the profile's auth, reading secrets from the keychain; null for none.
std::shared_ptr<TokenProvider> tokensFor(const TargetProfile &profile, SecretStore *secrets);
/// Reads the passphrase of the profile's client key from the keychain into it (held in memory
/// for the run, never saved); true when none is needed. False with what to do in `error`.
bool readTlsPassphrase(TargetProfile *profile, SecretStore *secrets, QString *error);

/// Turns Ctrl-C into a signal on the event loop; the second Ctrl-C kills at once.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    InterruptWatcher();
    ~InterruptWatcher() override;
    /// 128 + the signal that stopped the run: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP.
    int exitCode() const;
    QString signalName() const;
Q_SIGNALS:
    void interrupted();

private:
    QTimer m_poll;
};

} // namespace cli

namespace commands {
/// The commands' texts, in the context "fathom" — where lupdate files a tr() written in a free
/// function of namespace fathom. A command's file says `using commands::tr;`.
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("fathom", text, disambiguation, n);
}
} // namespace commands

} // namespace fathom
