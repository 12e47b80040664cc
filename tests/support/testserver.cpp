// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "testserver.h"

ServerConfig TestServer::fastConfig()
{
    ServerConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = 0;
    config.heartbeatInterval = 100;
    config.heartbeatTimeout = 500;
    config.authDelay = 300;
    config.idleTimeout = 0;
    config.channelLinger = 60000;
    config.dataDir = QStringLiteral(":memory:");
    config.rate = 0; // tests of the rate limit set it; the others send faster than any person would
    return config;
}

TestServer::TestServer(const ServerConfig &config)
    : m_config(config)
    , m_server(std::make_unique<ChatServer>(m_config))
{
    QString error;
    m_listening = m_server->listen(&error);
    if (!m_listening)
        qWarning("TestServer: %s", qPrintable(error));
}

TestServer::~TestServer() = default;

QUrl TestServer::url(const QString &channel) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(m_server->port()).arg(channel), QUrl::StrictMode);
}
