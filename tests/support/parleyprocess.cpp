// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "parleyprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTcpSocket>

QProcessEnvironment ParleyProcess::cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("PARLEY_")) || key == QLatin1String("PORT") ||
            key == QLatin1String("QT_LOGGING_RULES"))
            env.remove(key);
    }
    return env;
}

ParleyProcess::ParleyProcess(QString binary)
    : m_binary(std::move(binary))
{
}

ParleyProcess::~ParleyProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

quint16 ParleyProcess::start(const QStringList &arguments, const QProcessEnvironment &env,
                             const QString &workingDirectory)
{
    m_process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        m_process.setWorkingDirectory(workingDirectory);
    // Tests never touch the operator's real data folder unless they name one.
    const QStringList effective =
        arguments.contains(QLatin1String("--data-dir"))
            ? arguments
            : arguments + QStringList{QStringLiteral("--data-dir"), QStringLiteral(":memory:")};
    m_process.start(m_binary, effective);
    if (!m_process.waitForStarted())
        return 0;
    static const QRegularExpression listening(QStringLiteral("listening on wss?://[^:]+:(\\d+)"));
    QByteArray seen;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        seen += m_process.readAllStandardError();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(seen));
        if (match.hasMatch())
            return quint16(match.captured(1).toUInt());
    }
    qWarning("parley did not start: %s", seen.constData());
    return 0;
}

QByteArray ParleyProcess::metrics(quint16 port, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write("GET /metrics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    return answer;
}

qint64 ParleyProcess::residentKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}
