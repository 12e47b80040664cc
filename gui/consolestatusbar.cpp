// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "consolestatusbar.h"

#include "consoleformat.h"

#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QUrl>

namespace {

constexpr int RefreshIntervalMs = 1000;
constexpr int BrowserUnsafePort = 6000;

QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ConsoleStatusBar::ConsoleStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_url(makeLabel(QStringLiteral("urlLabel"), this))
    , m_portHint(makeLabel(QStringLiteral("portHintLabel"), this))
    , m_counts(makeLabel(QStringLiteral("countsLabel"), this))
    , m_rates(makeLabel(QStringLiteral("ratesLabel"), this))
    , m_uptime(makeLabel(QStringLiteral("uptimeLabel"), this))
    , m_history(makeLabel(QStringLiteral("historyLabel"), this))
    , m_historyWarningIcon(new QLabel(this))
    , m_historyWarning(makeLabel(QStringLiteral("historyWarningLabel"), this))
    , m_cluster(makeLabel(QStringLiteral("clusterLabel"), this))
{
    m_cluster->hide();
    m_portHint->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_portHint->setText(tr("Browsers refuse port 6000: use e.g. --port 8080 for browser clients"));
    m_portHint->hide();
    m_historyWarning->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_historyWarning->setToolTip(
        tr("Writing messages to the database failed. They are kept in memory and written again; check the disk "
           "and the data directory (--data-dir)."));
    m_historyWarning->hide();
    m_historyWarningIcon->setPixmap(QIcon(QStringLiteral(":/parley/icons/warning.svg")).pixmap(16, 16));
    m_historyWarningIcon->hide();
    m_url->setText(tr("Starting…"));
    showHistoryFigures(m_status);
    addWidget(m_url);
    addWidget(m_portHint);
    addPermanentWidget(m_historyWarningIcon);
    addPermanentWidget(m_historyWarning);
    addPermanentWidget(m_cluster);
    addPermanentWidget(m_counts);
    addPermanentWidget(m_rates);
    addPermanentWidget(m_history);
    addPermanentWidget(m_uptime);
    m_clock.start();
    m_refreshTimer.setInterval(RefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ConsoleStatusBar::refresh);
    m_refreshTimer.start();
    refresh();
}

void ConsoleStatusBar::showListening(const QUrl &url)
{
    showUrl(url.toString());
}

void ConsoleStatusBar::showNotListening()
{
    showUrl(QString());
}

void ConsoleStatusBar::showUrl(const QString &url)
{
    if (url.isEmpty()) {
        m_url->setText(tr("Not listening: connected clients stay"));
        m_portHint->hide();
        m_historyWarning->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
        m_historyWarning->setToolTip(
            tr("Writing messages to the database failed. They are kept in memory and written again; check the disk "
               "and the data directory (--data-dir)."));
        m_historyWarning->hide();
        m_historyWarningIcon->setPixmap(QIcon(QStringLiteral(":/parley/icons/warning.svg")).pixmap(16, 16));
        m_historyWarningIcon->hide();
        return;
    }
    m_url->setText(tr("Listening on %1").arg(url));
    m_portHint->setVisible(QUrl(url).port() == BrowserUnsafePort);
}

void ConsoleStatusBar::showStatus(const ServerStatus &status)
{
    if (status.url != m_status.url || status.listening != m_status.listening || !m_hasStatus)
        showUrl(status.listening ? status.url : QString());
    m_status = status;
    m_hasStatus = true;
    m_statusAt = m_clock.elapsed();
    m_messagesIn.add(m_statusAt, status.messagesAccepted);
    m_deliveriesOut.add(m_statusAt, status.deliveries);
    showHistoryFigures(status);
    showCluster(status);
    refresh();
}

void ConsoleStatusBar::showCluster(const ServerStatus &status)
{
    m_cluster->setVisible(!status.node.isEmpty());
    if (status.clusterUp) {
        m_cluster->setText(tr("Node %1 · cluster up").arg(status.node));
        m_cluster->setStyleSheet(QString());
        m_cluster->setToolTip(tr("Messages, names and moderation are shared with the other nodes through Redis"));
    } else {
        m_cluster->setText(tr("Node %1 · Cluster degraded: Redis unreachable").arg(status.node));
        m_cluster->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
        m_cluster->setToolTip(tr("Only members on this node get each other's messages until Redis is back; "
                                 "the node keeps reconnecting."));
    }
}

void ConsoleStatusBar::showHistoryFigures(const ServerStatus &status)
{
    m_history->setText(tr("Database: %1 · Pending writes: %2")
                           .arg(QLocale().formattedDataSize(status.databaseBytes))
                           .arg(status.historyPending));
    m_history->setToolTip(tr("Size of the history database on disk, and accepted messages not yet written to it"));
    m_historyWarning->setVisible(status.historyFailed > 0);
    m_historyWarningIcon->setVisible(status.historyFailed > 0);
    if (status.historyFailed > 0)
        m_historyWarning->setText(tr("Failed writes: %1 (retrying)").arg(status.historyFailed));
}

void ConsoleStatusBar::refresh()
{
    const qint64 now = m_clock.elapsed();
    // The server only reports when something changed: an unchanged counter means no growth since.
    if (m_hasStatus && now - m_statusAt >= RefreshIntervalMs) {
        m_messagesIn.add(now, m_status.messagesAccepted);
        m_deliveriesOut.add(now, m_status.deliveries);
    }
    m_counts->setText(tr("Connections: %1 · Authenticated users: %2 · Channels: %3")
                          .arg(m_status.connections)
                          .arg(m_status.authenticated)
                          .arg(m_status.channels));
    m_rates->setText(
        tr("In: %1 msg/s · Out: %2 deliveries/s")
            .arg(ConsoleFormat::rate(m_messagesIn.perSecond()), ConsoleFormat::rate(m_deliveriesOut.perSecond())));
    const qint64 uptime = m_hasStatus ? m_status.uptimeMs + (now - m_statusAt) : 0;
    m_uptime->setText(tr("Up %1").arg(ConsoleFormat::duration(uptime)));
}
