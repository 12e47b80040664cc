// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "auditentry.h"
#include "serversnapshot.h"
#include "serverstatus.h"
#include "storedmessage.h"
#include "trafficbatch.h"

#include <QMainWindow>
#include <QTimer>
#include <QUrl>

#include <memory>

class AuditModel;
class ConsoleActions;
class ConsoleStatusBar;
class HistoryModel;
class LiveFeed;
class OperatorController;
class OperatorPrompter;
class QTabWidget;
class TablePanel;
class TrafficPanel;

/**
 * The admin console's main window: channels, the selected channel's users, bans, muted names and the traffic log,
 * all fed by the server's snapshots and traffic batches through its slots; the selected channel's kept messages
 * and the moderation audit log, fed by the server's answers to the controller's requests. It holds no pointer into the
 * server: commands leave through controller()'s signals, and closing the window asks for shutdown through
 * closeRequested().
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    OperatorController *controller() const { return m_controller; }
    ConsoleActions *actions() const { return m_actions; }
    LiveFeed *feed() const { return m_feed; }
    /// Replaces the dialogs that confirm commands (tests answer without dialogs).
    void setPrompter(std::unique_ptr<OperatorPrompter> prompter);
    /// The id of the channel selected in the channel table, or empty.
    QString selectedChannel() const;

public Q_SLOTS:
    void showListening(const QUrl &url);
    void showListeningStopped();
    void showStatus(const ServerStatus &status);
    void showSnapshot(const ServerSnapshot &snapshot);
    void showTraffic(const TrafficBatch &batch);
    /// The server's answer to a history request; ignored unless it is the history view's channel.
    void showHistory(const QString &channelId, const QList<StoredMessage> &messages);
    void showAudit(const QList<AuditEntry> &entries);

Q_SIGNALS:
    /// The operator closed the window or chose Quit: the application should shut the server down and quit.
    void closeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPanels();
    QWidget *buildPeopleTabs();
    QWidget *buildActivityTabs();
    void buildMenus();
    void onSnapshotApplied(const ServerSnapshot &snapshot);
    void onChannelSelected();
    void refreshSelection();
    void onActivityTabChanged();
    void showActivity(QWidget *panel);
    void updateRecordTitles();

    LiveFeed *m_feed;
    ConsoleActions *m_actions;
    OperatorController *m_controller;
    ConsoleStatusBar *m_statusBar;
    TablePanel *m_channelPanel = nullptr;
    TablePanel *m_userPanel = nullptr;
    TablePanel *m_banPanel = nullptr;
    TablePanel *m_mutedPanel = nullptr;
    TrafficPanel *m_trafficPanel = nullptr;
    HistoryModel *m_historyModel;
    AuditModel *m_auditModel;
    TablePanel *m_historyPanel = nullptr;
    TablePanel *m_auditPanel = nullptr;
    QTabWidget *m_activityTabs = nullptr;
    QTimer m_auditRefresh;
    QTimer m_historyRefresh;
    ServerStatus m_status;
    bool m_closing = false;
};
