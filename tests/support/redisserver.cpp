// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "redisserver.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <csignal>
#include <sys/prctl.h>

namespace {

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool answersPing(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(200))
        return false;
    socket.write("PING\r\n");
    return socket.waitForReadyRead(500) && socket.readAll().startsWith("+PONG");
}

} // namespace

RedisServer::RedisServer() = default;

RedisServer::~RedisServer()
{
    stop();
}

bool RedisServer::start()
{
    if (m_port == 0)
        m_port = freePort();
    // A test that crashes must not leave its redis-server behind.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start(QStringLiteral("redis-server"),
                    {QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--bind"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(), QStringLiteral("--appendonly"),
                     QStringLiteral("no")});
    if (!m_process.waitForStarted())
        return false;
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        if (answersPing(m_port))
            return true;
        m_process.waitForFinished(50);
    }
    return false;
}

void RedisServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString RedisServer::url() const
{
    return QStringLiteral("redis://127.0.0.1:%1/0").arg(m_port);
}
