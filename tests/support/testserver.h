// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "chatserver.h"
#include "serverconfig.h"

#include <QUrl>
#include <memory>

/**
 * A real ChatServer on 127.0.0.1 and an ephemeral port, in the test's thread, with timers shortened the way an
 * operator would shorten them (the same config keys as the flags).
 */
class TestServer final
{
public:
    /// Short timers: heartbeat 100 ms, timeout 500 ms, auth delay 300 ms, idle 0 (off) unless changed.
    static ServerConfig fastConfig();

    explicit TestServer(const ServerConfig &config = fastConfig());
    ~TestServer();

    bool isListening() const { return m_listening; }
    /// ws://127.0.0.1:PORT/<channel>, @p channel without its leading slash, taken as already percent-encoded.
    QUrl url(const QString &channel = QString()) const;
    ChatServer &server() { return *m_server; }
    const ServerConfig &config() const { return m_config; }

private:
    ServerConfig m_config;
    std::unique_ptr<ChatServer> m_server;
    bool m_listening = false;
};
