#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace fathom {

/// Where secrets live. Reads are asynchronous (the keychain answers over D-Bus). A secret is
/// never logged, never put in an error text, never written to settings.
class SecretStore
{
public:
    using ReadCallback = std::function<void(bool ok, const QString &secret, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;
    virtual ~SecretStore() = default;
    /// `done` runs in `context`'s thread, unless `context` is gone.
    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, WriteCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, WriteCallback done) = 0;
};

/// The real store: QtKeychain (the Secret Service on Linux), under the service name "Fathom".
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Fathom"));
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context, WriteCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;

private:
    QString m_service;
};

/// Lets another thread use a store that lives in `home`'s thread (the keychain is asked from
/// the thread that owns it). Every call is posted to `home`; every answer is posted back to the
/// caller's context. Neither the inner store nor `home` is owned; both must outlive this.
class ForwardingSecretStore final : public SecretStore
{
public:
    ForwardingSecretStore(SecretStore *inner, QObject *home);
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context, WriteCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;

private:
    SecretStore *m_inner;
    QPointer<QObject> m_home;
};

/// Secrets held in memory for the process's lifetime; for tests and for one-shot command-line
/// runs that receive a secret from the environment.
class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context, WriteCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace fathom
