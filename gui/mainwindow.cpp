// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include <QCloseEvent>
#include <QLabel>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_urlLabel(new QLabel(tr("Starting…"), this))
    , m_countsLabel(new QLabel(this))
    , m_portHint(new QLabel(this))
{
    setWindowTitle(tr("Parley"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_portHint->setWordWrap(true);
    m_portHint->hide();
    layout->addWidget(m_urlLabel);
    layout->addWidget(m_countsLabel);
    layout->addWidget(m_portHint);
    layout->addStretch();
    setCentralWidget(central);
    showStatus(ServerStatus());
    resize(640, 360);
}

void MainWindow::showListening(const QUrl &url)
{
    m_urlLabel->setText(tr("Listening on %1").arg(url.toString()));
    m_portHint->setText(tr("Browsers refuse port 6000: for browser clients start Parley with another port, "
                           "e.g. --port 8080."));
    m_portHint->setVisible(url.port() == 6000);
}

void MainWindow::showStatus(const ServerStatus &status)
{
    m_countsLabel->setText(tr("Connections: %1 · Authenticated users: %2 · Channels: %3 · Messages: %4 · "
                              "Deliveries: %5")
                               .arg(status.connections)
                               .arg(status.authenticated)
                               .arg(status.channels)
                               .arg(status.messagesAccepted)
                               .arg(status.deliveries));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Q_EMIT closeRequested();
    event->accept();
}
