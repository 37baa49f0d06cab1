#include "network/secretstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMetaObject>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace fathom {

namespace {

QString keychainError(QKeychain::Job *job)
{
    // QtKeychain's own text explains the cause (no D-Bus session, locked keyring, ...); it never
    // contains the secret.
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return QCoreApplication::translate("SecretStore", "no secret is stored under \"%1\" in the keychain")
            .arg(job->key());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("SecretStore", "access to the keychain was denied: %1")
            .arg(job->errorString());
    case QKeychain::NoBackendAvailable:
        return QCoreApplication::translate("SecretStore",
                                           "no keychain is available (install and unlock a Secret Service such as "
                                           "gnome-keyring): %1")
            .arg(job->errorString());
    default:
        return QCoreApplication::translate(
                   "SecretStore",
                   "the keychain failed: %1 (Fathom keeps secrets only in a Secret Service "
                   "keychain such as gnome-keyring; is one running and unlocked in this session?)")
            .arg(job->errorString());
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        auto *rj = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (rj->error() == QKeychain::NoError)
            done(true, rj->textData(), {});
        else
            done(false, {}, keychainError(rj));
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError, j->error() == QKeychain::NoError ? QString() : keychainError(j));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError, j->error() == QKeychain::NoError ? QString() : keychainError(j));
    });
    job->start();
}

// The memory store answers asynchronously too, so callers cannot come to rely on re-entrancy.
void MemorySecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    const auto it = m_secrets.constFind(key);
    const bool found = it != m_secrets.constEnd();
    const QString secret = found ? *it : QString();
    const QString error
        = found ? QString() : QCoreApplication::translate("SecretStore", "no secret is stored under \"%1\"").arg(key);
    QMetaObject::invokeMethod(
        context, [done = std::move(done), found, secret, error] { done(found, secret, error); }, Qt::QueuedConnection);
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context, WriteCallback done)
{
    m_secrets.insert(key, secret);
    QMetaObject::invokeMethod(
        context, [done = std::move(done)] { done(true, {}); }, Qt::QueuedConnection);
}

void MemorySecretStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    m_secrets.remove(key);
    QMetaObject::invokeMethod(
        context, [done = std::move(done)] { done(true, {}); }, Qt::QueuedConnection);
}

ForwardingSecretStore::ForwardingSecretStore(SecretStore *inner, QObject *home)
    : m_inner(inner)
    , m_home(home)
{
}

namespace {

// Wraps `done` so that calling it (in any thread) runs it in `context`'s thread, unless
// `context` is gone by then.
template<typename Callback, typename... Args> Callback backTo(QObject *context, Callback done)
{
    return [ctx = QPointer<QObject>(context), done = std::move(done)](Args... args) {
        if (ctx)
            QMetaObject::invokeMethod(
                ctx, [done, args...] { done(args...); }, Qt::QueuedConnection);
    };
}

QString homeGone()
{
    return QCoreApplication::translate("SecretStore", "the keychain is no longer reachable (Fathom is closing)");
}

} // namespace

void ForwardingSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto answer = backTo<ReadCallback, bool, QString, QString>(context, std::move(done));
    if (!m_home) {
        answer(false, {}, homeGone());
        return;
    }
    QMetaObject::invokeMethod(
        m_home, [inner = m_inner, home = m_home, key, answer] { inner->read(key, home, answer); },
        Qt::QueuedConnection);
}

void ForwardingSecretStore::write(const QString &key, const QString &secret, QObject *context, WriteCallback done)
{
    auto answer = backTo<WriteCallback, bool, QString>(context, std::move(done));
    if (!m_home) {
        answer(false, homeGone());
        return;
    }
    QMetaObject::invokeMethod(
        m_home, [inner = m_inner, home = m_home, key, secret, answer] { inner->write(key, secret, home, answer); },
        Qt::QueuedConnection);
}

void ForwardingSecretStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    auto answer = backTo<WriteCallback, bool, QString>(context, std::move(done));
    if (!m_home) {
        answer(false, homeGone());
        return;
    }
    QMetaObject::invokeMethod(
        m_home, [inner = m_inner, home = m_home, key, answer] { inner->remove(key, home, answer); },
        Qt::QueuedConnection);
}

} // namespace fathom
