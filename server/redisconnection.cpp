// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "redisconnection.h"

#include "logcategories.h"

#include <QCryptographicHash>

#include <hiredis/async.h>
#include <hiredis/hiredis.h>

#include <vector>

namespace {

constexpr int FirstBackoffMs = 100;
constexpr int MaxBackoffMs = 2000;
// A non-blocking connect to a host that drops packets would otherwise wait for TCP's own timeout (minutes).
constexpr int ConnectTimeoutMs = 2000;
// Commands unanswered for this long mean Redis hangs: drop the connection and reconnect.
constexpr int StallTimeoutMs = 3000;

RedisConnection *owner(const redisAsyncContext *context)
{
    return static_cast<RedisConnection *>(context->data);
}

} // namespace

RedisConnection::RedisConnection(const RedisUrl &url, QString role, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_role(std::move(role))
    , m_retryTimer(this)
    , m_connectTimer(this)
    , m_stallTimer(this)
    , m_backoffMs(FirstBackoffMs)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RedisConnection::connectNow);
    m_connectTimer.setSingleShot(true);
    m_connectTimer.setInterval(ConnectTimeoutMs);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        if (m_context && !m_up)
            drop(QStringLiteral("connect timed out"));
    });
    m_stallTimer.setInterval(StallTimeoutMs / 3);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        if (m_up && m_pending > 0 && m_sinceReply.hasExpired(StallTimeoutMs))
            drop(QStringLiteral("no reply for %1 ms").arg(StallTimeoutMs));
    });
}

RedisConnection::~RedisConnection()
{
    m_closing = true;
    if (m_context)
        redisAsyncFree(std::exchange(m_context, nullptr));
}

void RedisConnection::start()
{
    m_stallTimer.start();
    connectNow();
}

void RedisConnection::connectNow()
{
    if (m_context || m_closing)
        return;
    redisAsyncContext *context = redisAsyncConnect(m_url.host.toUtf8().constData(), m_url.port);
    if (!context || context->err) {
        lost(context ? QString::fromUtf8(context->errstr) : QStringLiteral("out of memory"));
        if (context)
            redisAsyncFree(context);
        retryLater();
        return;
    }
    m_context = context;
    m_context->data = this;
    attachEventLoop();
    redisAsyncSetConnectCallback(m_context, &RedisConnection::onConnect);
    redisAsyncSetDisconnectCallback(m_context, &RedisConnection::onDisconnect);
    m_connectTimer.start();
}

void RedisConnection::attachEventLoop()
{
    // The same event hooks as hiredis's packaged Qt adapter (hiredis/adapters/qt.h), owned by this object:
    // that adapter's destructor writes into its context, which hiredis has freed by the time a reconnect
    // replaces it (deleted first instead, it leaves hiredis a cleanup hook with a null adapter), and its
    // Q_OBJECT class would need moc run on a system header.
    m_context->ev.data = this;
    m_context->ev.addRead = &RedisConnection::addRead;
    m_context->ev.delRead = &RedisConnection::delRead;
    m_context->ev.addWrite = &RedisConnection::addWrite;
    m_context->ev.delWrite = &RedisConnection::delWrite;
    m_context->ev.cleanup = &RedisConnection::cleanup;
}

void RedisConnection::watch(QSocketNotifier *&notifier, QSocketNotifier::Type type, bool on)
{
    if (on && !notifier && m_context) {
        notifier = new QSocketNotifier(m_context->c.fd, type, this);
        connect(notifier, &QSocketNotifier::activated, this, [this, type] {
            if (!m_context)
                return;
            if (type == QSocketNotifier::Read)
                redisAsyncHandleRead(m_context);
            else
                redisAsyncHandleWrite(m_context);
        });
    } else if (!on && notifier) {
        // Later: hiredis may ask for this from inside the notifier's own signal.
        notifier->setEnabled(false);
        notifier->deleteLater();
        notifier = nullptr;
    }
}

void RedisConnection::addRead(void *self)
{
    auto *connection = static_cast<RedisConnection *>(self);
    connection->watch(connection->m_read, QSocketNotifier::Read, true);
}

void RedisConnection::delRead(void *self)
{
    auto *connection = static_cast<RedisConnection *>(self);
    connection->watch(connection->m_read, QSocketNotifier::Read, false);
}

void RedisConnection::addWrite(void *self)
{
    auto *connection = static_cast<RedisConnection *>(self);
    connection->watch(connection->m_write, QSocketNotifier::Write, true);
}

void RedisConnection::delWrite(void *self)
{
    auto *connection = static_cast<RedisConnection *>(self);
    connection->watch(connection->m_write, QSocketNotifier::Write, false);
}

void RedisConnection::cleanup(void *self)
{
    delRead(self);
    delWrite(self);
}

void RedisConnection::onConnect(const redisAsyncContext *context, int status)
{
    RedisConnection *self = owner(context);
    self->m_connectTimer.stop();
    if (status != REDIS_OK) {
        // hiredis frees the context after this callback.
        const QString why = QString::fromUtf8(context->errstr);
        self->m_context = nullptr;
        self->lost(why);
        self->retryLater();
        return;
    }
    self->login();
}

void RedisConnection::login()
{
    m_up = true;
    m_pending = 0;
    m_sinceReply.start();
    if (!m_url.password.isEmpty()) {
        QByteArrayList auth{"AUTH"};
        if (!m_url.user.isEmpty())
            auth.append(m_url.user.toUtf8());
        auth.append(m_url.password.toUtf8());
        command(auth, [this](const redisReply *reply) {
            if (reply && reply->type == REDIS_REPLY_ERROR)
                qCWarning(lcCluster).noquote() << "Redis refused the password:" << reply->str;
        });
    }
    if (m_url.db != 0)
        command({"SELECT", QByteArray::number(m_url.db)}, [this](const redisReply *reply) {
            if (reply && reply->type == REDIS_REPLY_ERROR)
                qCWarning(lcCluster).noquote() << "Redis refused database" << m_url.db << ":" << reply->str;
        });
    qCInfo(lcCluster).noquote() << "Redis" << m_role << "connection up at" << m_url.host + QLatin1Char(':')
                                << m_url.port;
    m_backoffMs = FirstBackoffMs;
    m_everUp = true;
    Q_EMIT connected();
}

void RedisConnection::onDisconnect(const redisAsyncContext *context, int status)
{
    RedisConnection *self = owner(context);
    // hiredis frees the context after this callback.
    self->m_context = nullptr;
    if (self->m_closing)
        return;
    self->lost(status == REDIS_OK ? QStringLiteral("closed") : QString::fromUtf8(context->errstr));
    self->retryLater();
}

void RedisConnection::drop(const QString &why)
{
    if (!m_context)
        return;
    qCWarning(lcCluster).noquote() << "Redis" << m_role << "connection dropped:" << why;
    // Freeing runs the pending callbacks with no reply and, once connected, onDisconnect (which retries).
    const bool wasUp = m_up;
    redisAsyncFree(std::exchange(m_context, nullptr));
    if (!wasUp) {
        lost(why);
        retryLater();
    }
}

void RedisConnection::lost(const QString &why)
{
    const bool wasUp = std::exchange(m_up, false);
    m_pending = 0;
    if (wasUp || !m_everUp)
        qCWarning(lcCluster).noquote() << "Redis" << m_role << "connection down:" << why << "- retrying";
    m_everUp = true; // log a refused first connect once, not on every retry
    if (wasUp)
        Q_EMIT disconnected(why);
}

void RedisConnection::retryLater()
{
    if (m_closing || m_retryTimer.isActive())
        return;
    m_retryTimer.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, MaxBackoffMs);
}

bool RedisConnection::command(const QByteArrayList &arguments, Callback callback)
{
    if (!m_context || !m_up)
        return false;
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    argv.reserve(size_t(arguments.size()));
    lengths.reserve(size_t(arguments.size()));
    for (const QByteArray &argument : arguments) {
        argv.push_back(argument.constData());
        lengths.push_back(size_t(argument.size()));
    }
    auto *pending = callback ? new Callback(std::move(callback)) : nullptr;
    if (m_pending++ == 0)
        m_sinceReply.start();
    if (redisAsyncCommandArgv(m_context, &RedisConnection::onReply, pending, int(argv.size()), argv.data(),
                              lengths.data()) != REDIS_OK) {
        --m_pending;
        delete pending;
        return false;
    }
    return true;
}

bool RedisConnection::eval(const QByteArray &script, const QByteArrayList &numKeysKeysAndArgs, Callback callback)
{
    QByteArray &sha = m_scriptShas[script.constData()];
    if (sha.isEmpty())
        sha = QCryptographicHash::hash(script, QCryptographicHash::Sha1).toHex();
    return command(QByteArrayList{"EVALSHA", sha} + numKeysKeysAndArgs,
                   [this, script, numKeysKeysAndArgs, callback](const redisReply *reply) {
                       if (reply && reply->type == REDIS_REPLY_ERROR && qstrncmp(reply->str, "NOSCRIPT", 8) == 0) {
                           if (!command(QByteArrayList{"EVAL", script} + numKeysKeysAndArgs, callback) && callback)
                               callback(nullptr);
                           return;
                       }
                       if (callback)
                           callback(reply);
                   });
}

bool RedisConnection::subscribe(const QByteArrayList &arguments, Callback onPush)
{
    if (!m_context || !m_up)
        return false;
    m_push = std::move(onPush);
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    for (const QByteArray &argument : arguments) {
        argv.push_back(argument.constData());
        lengths.push_back(size_t(argument.size()));
    }
    // No privdata: hiredis calls this callback again for every message, so it must own nothing per call.
    return redisAsyncCommandArgv(m_context, &RedisConnection::onPush, nullptr, int(argv.size()), argv.data(),
                                 lengths.data()) == REDIS_OK;
}

void RedisConnection::onReply(redisAsyncContext *context, void *reply, void *privdata)
{
    RedisConnection *self = owner(context);
    if (self->m_pending > 0)
        --self->m_pending;
    self->m_sinceReply.start();
    auto *callback = static_cast<Callback *>(privdata);
    if (!callback)
        return;
    if (!self->m_closing)
        (*callback)(static_cast<const redisReply *>(reply));
    delete callback;
}

void RedisConnection::onPush(redisAsyncContext *context, void *reply, void *)
{
    RedisConnection *self = owner(context);
    if (!self->m_closing && self->m_push)
        self->m_push(static_cast<const redisReply *>(reply));
}
