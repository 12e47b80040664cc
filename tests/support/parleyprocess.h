// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

/// The parley binary run as operators run it, for tests that need a separate process (signals, RSS, flags).
class ParleyProcess final
{
public:
    /// The environment of this process without PARLEY_*, PORT or QT_LOGGING_RULES, which would change parley.
    static QProcessEnvironment cleanEnvironment();

    explicit ParleyProcess(QString binary);
    ~ParleyProcess();

    /// Starts parley and waits for its "listening on" line; returns the port, or 0 if it did not start.
    quint16 start(const QStringList &arguments, const QProcessEnvironment &env = cleanEnvironment(),
                  const QString &workingDirectory = QString());
    /// GET /metrics from the parley listening on @p port (another process, so blocking waits are fine); empty
    /// when it does not answer within @p timeoutMs per step.
    static QByteArray metrics(quint16 port, int timeoutMs = 5000);
    /// Resident memory of the process in KiB, from /proc.
    qint64 residentKiB() const;
    QProcess &process() { return m_process; }

private:
    QString m_binary;
    QProcess m_process;
};
