// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "serversnapshot.h"
#include "serverstatus.h"
#include "trafficbatch.h"

#include <QMainWindow>
#include <QUrl>

#include <memory>

class ConsoleActions;
class ConsoleStatusBar;
class LiveFeed;
class OperatorController;
class OperatorPrompter;
class TablePanel;
class TrafficPanel;

/**
 * The admin console's main window: channels, the selected channel's users, bans and the traffic log, all fed by
 * the server's snapshots and traffic batches through its slots. It holds no pointer into the server: commands
 * leave through controller()'s signals, and closing the window asks for shutdown through closeRequested().
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

Q_SIGNALS:
    /// The operator closed the window or chose Quit: the application should shut the server down and quit.
    void closeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPanels();
    void buildMenus();
    void onSnapshotApplied(const ServerSnapshot &snapshot);
    void onChannelSelected();
    void refreshSelection();

    LiveFeed *m_feed;
    ConsoleActions *m_actions;
    OperatorController *m_controller;
    ConsoleStatusBar *m_statusBar;
    TablePanel *m_channelPanel = nullptr;
    TablePanel *m_userPanel = nullptr;
    TablePanel *m_banPanel = nullptr;
    TrafficPanel *m_trafficPanel = nullptr;
    ServerStatus m_status;
    bool m_closing = false;
};
