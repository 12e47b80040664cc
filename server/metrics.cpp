// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "metrics.h"

namespace {

void family(QString &out, const char *name, const char *type, const char *help)
{
    out += QStringLiteral("# HELP parley_%1 %2\n# TYPE parley_%1 %3\n")
               .arg(QLatin1String(name), QLatin1String(help), QLatin1String(type));
}

void sample(QString &out, const char *name, double value, const QString &labels = QString())
{
    out += QStringLiteral("parley_%1%2 %3\n")
               .arg(QLatin1String(name), labels.isEmpty() ? QString() : QLatin1Char('{') + labels + QLatin1Char('}'))
               .arg(value, 0, 'g', 15);
}

void single(QString &out, const char *name, const char *type, const char *help, double value)
{
    family(out, name, type, help);
    sample(out, name, value);
}

} // namespace

QString Metrics::render(const ServerStatus &status) const
{
    QString out;
    single(out, "connections", "gauge", "Open WebSocket connections.", status.connections);
    single(out, "authenticated_users", "gauge", "Connections authenticated right now.", status.authenticated);
    single(out, "channels", "gauge", "Channels with members or lingering.", status.channels);
    single(out, "messages_accepted_total", "counter", "Chat messages accepted and broadcast.",
           double(status.messagesAccepted));
    single(out, "deliveries_total", "counter", "Message frames handed to members.", double(status.deliveries));
    family(out, "frames_in_total", "counter", "Frames received from clients, by type.");
    static const char *types[] = {"invalid", "heartbeat", "identity", "message"}; // ClientFrame::Type's order
    for (size_t i = 0; i < m_framesIn.size(); ++i)
        sample(out, "frames_in_total", double(m_framesIn[i]),
               QStringLiteral("type=\"%1\"").arg(QLatin1String(types[i])));
    single(out, "frames_out_total", "counter", "Broadcast frames sent to clients (messages, presence, notices).",
           double(m_framesOut));
    family(out, "errors_total", "counter", "Error frames sent, by code.");
    for (size_t i = 0; i < m_errors.size(); ++i)
        sample(out, "errors_total", double(m_errors[i]),
               QStringLiteral("code=\"%1\"").arg(errorCodeName(ErrorCode(i))));
    family(out, "closes_total", "counter", "Connections closed, by WebSocket close code.");
    for (auto it = m_closes.cbegin(); it != m_closes.cend(); ++it)
        sample(out, "closes_total", double(it.value()), QStringLiteral("code=\"%1\"").arg(it.key()));
    single(out, "slow_client_disconnects_total", "counter", "Connections closed because they stopped reading.",
           double(m_slowClients));
    single(out, "history_queue", "gauge", "Messages not yet written to the history database.", status.historyPending);
    single(out, "history_write_failures_total", "counter", "History batch writes that failed (and are retried).",
           double(status.historyFailed));
    single(out, "heartbeat_sweep_seconds", "gauge", "Time the last heartbeat sweep over all connections took.",
           m_sweepSeconds);
    if (!status.node.isEmpty())
        single(out, "cluster_up", "gauge", "1 while Redis is reachable; 0: degraded, local delivery only.",
               status.clusterUp ? 1 : 0);
    single(out, "uptime_seconds", "gauge", "Seconds since the server started.", double(status.uptimeMs) / 1000.0);
    return out;
}
