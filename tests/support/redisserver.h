// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QString>

/// A private redis-server on a free loopback port, with nothing saved to disk, for cluster tests.
class RedisServer final
{
public:
    RedisServer();
    ~RedisServer();

    /// Starts redis-server (on the same port as before after a stop()); true once it accepts connections.
    bool start();
    /// Kills the server at once, as a crash would; its data is gone.
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    /// redis://127.0.0.1:PORT/0
    QString url() const;

private:
    QProcess m_process;
    quint16 m_port = 0;
};
