// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "serverstatus.h"

#include <QMainWindow>
#include <QUrl>

class QLabel;

/**
 * The admin console's main window. It sees the server only through value snapshots delivered to its slots
 * and asks for shutdown through closeRequested(); it holds no pointer into the server.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

public Q_SLOTS:
    void showListening(const QUrl &url);
    void showStatus(const ServerStatus &status);

Q_SIGNALS:
    /// The operator closed the window: the application should shut the server down and quit.
    void closeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QLabel *m_urlLabel;
    QLabel *m_countsLabel;
    QLabel *m_portHint;
};
