// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "redisurl.h"

#include <QByteArrayList>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSocketNotifier>
#include <QTimer>
#include <functional>

struct redisAsyncContext;
struct redisReply;

/**
 * One asynchronous hiredis connection to Redis, driven by the Qt event loop: connects (AUTH and SELECT from
 * the URL), sends commands with callbacks, and reconnects with a growing backoff when Redis goes away.
 * @note Lives on the network thread; callbacks run there.
 */
class RedisConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedisConnection)

public:
    /// Gets the reply, or nullptr when the connection dropped before it came.
    using Callback = std::function<void(const redisReply *reply)>;

    /// @p role names the connection in log lines ("commands", "subscriber").
    RedisConnection(const RedisUrl &url, QString role, QObject *parent = nullptr);
    ~RedisConnection() override;

    /// Connects now and keeps reconnecting until destroyed.
    void start();
    bool isUp() const { return m_up; }
    /// Sends one command (binary-safe arguments); false without a callback while the connection is down.
    bool command(const QByteArrayList &arguments, Callback callback = {});
    /**
     * Runs the Lua @p script with @p numKeysKeysAndArgs (EVAL's arguments after the script) by its SHA1, with
     * EVALSHA, and sends the body once more whenever Redis does not know it (first use, after a restart).
     */
    bool eval(const QByteArray &script, const QByteArrayList &numKeysKeysAndArgs, Callback callback = {});
    /// Sends SUBSCRIBE or PSUBSCRIBE; every message it brings goes to @p onPush (nullptr when the connection drops).
    bool subscribe(const QByteArrayList &arguments, Callback onPush);
    /// Drops the connection at once (it stalled, or never finished connecting) and reconnects after the backoff.
    void drop(const QString &why);

Q_SIGNALS:
    void connected();
    void disconnected(const QString &why);

private:
    static void onConnect(const redisAsyncContext *context, int status);
    static void onDisconnect(const redisAsyncContext *context, int status);
    static void onReply(redisAsyncContext *context, void *reply, void *privdata);
    static void onPush(redisAsyncContext *context, void *reply, void *privdata);
    static void addRead(void *self);
    static void delRead(void *self);
    static void addWrite(void *self);
    static void delWrite(void *self);
    static void cleanup(void *self);

    void connectNow();
    void attachEventLoop();
    void watch(QSocketNotifier *&notifier, QSocketNotifier::Type type, bool on);
    void login();
    void lost(const QString &why);
    void retryLater();

    const RedisUrl m_url;
    const QString m_role;
    redisAsyncContext *m_context = nullptr;
    QSocketNotifier *m_read = nullptr;
    QSocketNotifier *m_write = nullptr;
    Callback m_push;
    QHash<const char *, QByteArray> m_scriptShas; // by the script's (static) data
    QTimer m_retryTimer;
    QTimer m_connectTimer;
    QTimer m_stallTimer;
    QElapsedTimer m_sinceReply;
    int m_pending = 0;
    int m_backoffMs;
    bool m_up = false;
    bool m_closing = false;
    bool m_everUp = false;
};
