// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ratemeter.h"
#include "serverstatus.h"

#include <QElapsedTimer>
#include <QStatusBar>
#include <QTimer>

class QLabel;

/// The console's status bar: where the server listens, its counters, message rates, stored history's figures
/// (database size, pending and failed writes) and uptime, all live.
class ConsoleStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleStatusBar)

public:
    explicit ConsoleStatusBar(QWidget *parent = nullptr);

    void showListening(const QUrl &url);
    void showNotListening();
    void showStatus(const ServerStatus &status);

private:
    void refresh();
    void showUrl(const QString &url);
    void showHistoryFigures(const ServerStatus &status);
    /// This node's name and whether Redis is reachable, when clustered.
    void showCluster(const ServerStatus &status);

    QLabel *m_url;
    QLabel *m_portHint;
    QLabel *m_counts;
    QLabel *m_rates;
    QLabel *m_uptime;
    QLabel *m_history;
    QLabel *m_historyWarningIcon;
    QLabel *m_historyWarning;
    QLabel *m_cluster;
    QTimer m_refreshTimer;
    QElapsedTimer m_clock;
    ServerStatus m_status;
    qint64 m_statusAt = 0;
    bool m_hasStatus = false;
    RateMeter m_messagesIn;
    RateMeter m_deliveriesOut;
};
