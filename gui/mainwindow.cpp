// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "auditmodel.h"
#include "banmodel.h"
#include "channelmodel.h"
#include "clientmodel.h"
#include "consoleactions.h"
#include "consolestatusbar.h"
#include "dialogprompter.h"
#include "historymodel.h"
#include "livefeed.h"
#include "mutednamemodel.h"
#include "operatorcontroller.h"
#include "sparklinedelegate.h"
#include "tablepanel.h"
#include "trafficpanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QIcon>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>

namespace {

constexpr int AuditRefreshDelayMs = 100;
constexpr int HistoryRefreshIntervalMs = 1000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_feed(new LiveFeed(this))
    , m_actions(new ConsoleActions(this))
    , m_controller(new OperatorController(m_actions, std::make_unique<DialogPrompter>(this), this))
    , m_statusBar(new ConsoleStatusBar(this))
    , m_historyModel(new HistoryModel(this))
    , m_auditModel(new AuditModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Parley console"));
    setStatusBar(m_statusBar);
    buildPanels();
    buildMenus();
    connect(m_feed, &LiveFeed::snapshotApplied, this, &MainWindow::onSnapshotApplied);
    connect(m_actions->action(ConsoleActions::Quit), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->action(ConsoleActions::ShowHistory), &QAction::triggered, this,
            [this] { showActivity(m_historyPanel); });
    connect(m_actions->action(ConsoleActions::ShowAudit), &QAction::triggered, this,
            [this] { showActivity(m_auditPanel); });
    // Commands reach the audit log on the server; an open log asks again once a burst of them has left.
    m_auditRefresh.setSingleShot(true);
    m_auditRefresh.setInterval(AuditRefreshDelayMs);
    connect(&m_auditRefresh, &QTimer::timeout, m_controller, &OperatorController::requestAudit);
    connect(m_controller, &OperatorController::commandSent, this, [this] {
        if (m_auditPanel->isVisible())
            m_auditRefresh.start();
    });
    m_historyRefresh.setSingleShot(true);
    m_historyRefresh.setInterval(HistoryRefreshIntervalMs);
    connect(&m_historyRefresh, &QTimer::timeout, m_controller, &OperatorController::requestHistory);
    resize(1240, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPanels()
{
    m_channelPanel = new TablePanel(m_feed->channels(), TablePanel::Filter::Text, this);
    m_channelPanel->setObjectName(QStringLiteral("channelPanel"));
    m_channelPanel->view()->setObjectName(QStringLiteral("channelView"));
    m_channelPanel->setTitle(tr("Channels"));
    m_channelPanel->setFilterPlaceholder(tr("Filter channels"));
    m_channelPanel->view()->setItemDelegateForColumn(ChannelModel::Activity, new SparklineDelegate(this));
    QHeaderView *channelHeader = m_channelPanel->view()->header();
    channelHeader->resizeSection(ChannelModel::Id, 220);
    channelHeader->resizeSection(ChannelModel::Activity, 170);
    channelHeader->resizeSection(ChannelModel::Created, 170);
    for (int column :
         {ChannelModel::Members, ChannelModel::Authenticated, ChannelModel::MessagesLastMinute, ChannelModel::Locked})
        m_channelPanel->fitColumnToHeader(column);

    m_userPanel = new TablePanel(m_feed->clients(), TablePanel::Filter::Text, this);
    m_userPanel->setObjectName(QStringLiteral("userPanel"));
    m_userPanel->view()->setObjectName(QStringLiteral("userView"));
    m_userPanel->setFilterPlaceholder(tr("Filter users"));
    QHeaderView *userHeader = m_userPanel->view()->header();
    userHeader->resizeSection(ClientModel::Name, 180);
    userHeader->resizeSection(ClientModel::State, 280);
    userHeader->resizeSection(ClientModel::Address, 170);
    for (int column : {ClientModel::ConnectedSince, ClientModel::HeartbeatAge, ClientModel::MessagesSent})
        m_userPanel->fitColumnToHeader(column);

    // Stacked rather than side by side: each table has seven columns and needs the window's width.
    auto *main = new QSplitter(Qt::Vertical, this);
    main->setChildrenCollapsible(false);
    main->addWidget(m_channelPanel);
    main->addWidget(buildPeopleTabs());
    main->addWidget(buildActivityTabs());
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 2);
    main->setStretchFactor(2, 3);
    setCentralWidget(main);

    connect(m_channelPanel, &TablePanel::currentRowChanged, this, &MainWindow::onChannelSelected);
    connect(m_userPanel, &TablePanel::currentRowChanged, this, &MainWindow::refreshSelection);
    connect(m_banPanel, &TablePanel::currentRowChanged, this, &MainWindow::refreshSelection);
    connect(m_mutedPanel, &TablePanel::currentRowChanged, this, &MainWindow::refreshSelection);
    connect(m_activityTabs, &QTabWidget::currentChanged, this, &MainWindow::onActivityTabChanged);
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_historyModel), static_cast<QAbstractItemModel *>(m_auditModel)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateRecordTitles);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateRecordTitles);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateRecordTitles);
    }
    onChannelSelected();
}

QWidget *MainWindow::buildPeopleTabs()
{
    m_banPanel = new TablePanel(m_feed->bans(), TablePanel::Filter::Text, this);
    m_banPanel->setObjectName(QStringLiteral("banPanel"));
    m_banPanel->view()->setObjectName(QStringLiteral("banView"));
    m_banPanel->setTitle(tr("Select a ban and choose Unban to lift it"));
    m_banPanel->setFilterPlaceholder(tr("Filter bans"));

    m_mutedPanel = new TablePanel(m_feed->mutedNames(), TablePanel::Filter::Text, this);
    m_mutedPanel->setObjectName(QStringLiteral("mutedPanel"));
    m_mutedPanel->view()->setObjectName(QStringLiteral("mutedView"));
    m_mutedPanel->setTitle(tr("Muted names, connected or not: select one and choose Unmute name"));
    m_mutedPanel->setFilterPlaceholder(tr("Filter muted names"));
    m_mutedPanel->addTool(m_actions->action(ConsoleActions::UnmuteName));
    m_mutedPanel->view()->header()->resizeSection(MutedNameModel::Name, 220);

    auto *people = new QTabWidget(this);
    people->setObjectName(QStringLiteral("peopleTabs"));
    people->addTab(m_userPanel, tr("Users"));
    people->addTab(m_banPanel, tr("Bans"));
    people->addTab(m_mutedPanel, tr("Muted"));
    return people;
}

QWidget *MainWindow::buildActivityTabs()
{
    m_trafficPanel = new TrafficPanel(m_feed->traffic(), m_actions->action(ConsoleActions::PauseTraffic),
                                      m_actions->action(ConsoleActions::FollowTraffic), this);
    m_trafficPanel->setObjectName(QStringLiteral("trafficPanel"));

    m_historyPanel = new TablePanel(m_historyModel, TablePanel::Filter::Text, this);
    m_historyPanel->setObjectName(QStringLiteral("historyPanel"));
    m_historyPanel->view()->setObjectName(QStringLiteral("historyView"));
    m_historyPanel->filterEdit()->setObjectName(QStringLiteral("historyFilterEdit"));
    m_historyPanel->setFilterPlaceholder(tr("Filter by user or text"));
    m_historyPanel->addTool(m_actions->action(ConsoleActions::RefreshHistory));
    m_historyPanel->addTool(m_actions->action(ConsoleActions::ClearHistory));
    QHeaderView *historyHeader = m_historyPanel->view()->header();
    historyHeader->resizeSection(HistoryModel::Time, 170);
    historyHeader->resizeSection(HistoryModel::User, 150);
    m_historyPanel->fitColumnToHeader(HistoryModel::Seq);

    m_auditPanel = new TablePanel(m_auditModel, TablePanel::Filter::Text, this);
    m_auditPanel->setObjectName(QStringLiteral("auditPanel"));
    m_auditPanel->view()->setObjectName(QStringLiteral("auditView"));
    m_auditPanel->filterEdit()->setObjectName(QStringLiteral("auditFilterEdit"));
    m_auditPanel->setFilterPlaceholder(tr("Filter by action, name, channel or reason"));
    m_auditPanel->addTool(m_actions->action(ConsoleActions::RefreshAudit));
    // The newest first: what the operator just did is at the top.
    m_auditPanel->view()->sortByColumn(AuditModel::Time, Qt::DescendingOrder);
    QHeaderView *auditHeader = m_auditPanel->view()->header();
    auditHeader->resizeSection(AuditModel::Time, 170);
    auditHeader->resizeSection(AuditModel::Action, 150);
    auditHeader->resizeSection(AuditModel::Target, 170);
    auditHeader->resizeSection(AuditModel::Channel, 150);

    m_activityTabs = new QTabWidget(this);
    m_activityTabs->setObjectName(QStringLiteral("activityTabs"));
    m_activityTabs->addTab(m_trafficPanel, tr("Traffic"));
    m_activityTabs->addTab(m_historyPanel, QIcon(QStringLiteral(":/parley/icons/history.svg")), tr("History"));
    m_activityTabs->addTab(m_auditPanel, QIcon(QStringLiteral(":/parley/icons/audit.svg")), tr("Audit log"));
    updateRecordTitles();
    return m_activityTabs;
}

void MainWindow::buildMenus()
{
    using A = ConsoleActions;
    const auto act = [this](A::Id id) { return m_actions->action(id); };
    QMenu *server = menuBar()->addMenu(tr("&Server"));
    server->addActions({act(A::StopListening), act(A::StartListening), act(A::CopyUrl)});
    server->addSeparator();
    server->addAction(act(A::ShowAudit));
    server->addSeparator();
    server->addAction(act(A::Quit));
    QMenu *channel = menuBar()->addMenu(tr("&Channel"));
    channel->addActions({act(A::Lock), act(A::CloseChannel), act(A::Announce), act(A::AnnounceAll), act(A::CopyUrl)});
    channel->addSeparator();
    channel->addActions({act(A::ShowHistory), act(A::ClearHistory)});
    QMenu *user = menuBar()->addMenu(tr("&User"));
    user->addActions(
        {act(A::Kick), act(A::Mute), act(A::UnmuteName), act(A::BanName), act(A::BanAddress), act(A::Unban)});
    QMenu *view = menuBar()->addMenu(tr("&Traffic"));
    view->addActions({act(A::PauseTraffic), act(A::FollowTraffic)});

    QToolBar *tools = addToolBar(tr("Moderation"));
    tools->setObjectName(QStringLiteral("moderationToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addActions({act(A::Kick), act(A::Mute), act(A::BanName), act(A::BanAddress)});
    tools->addSeparator();
    tools->addActions({act(A::Lock), act(A::CloseChannel), act(A::Announce)});
    tools->addSeparator();
    tools->addActions({act(A::StopListening), act(A::StartListening)});

    // Context menus: what applies to the row under the mouse.
    m_channelPanel->view()->addActions({act(A::Announce), act(A::Lock), act(A::CloseChannel), act(A::CopyUrl),
                                        act(A::BanName), act(A::BanAddress), act(A::ShowHistory),
                                        act(A::ClearHistory)});
    m_userPanel->view()->addActions({act(A::Kick), act(A::Mute), act(A::BanName), act(A::BanAddress)});
    m_banPanel->view()->addActions({act(A::Unban)});
    m_mutedPanel->view()->addActions({act(A::UnmuteName)});
    m_historyPanel->view()->addActions({act(A::RefreshHistory), act(A::ClearHistory)});
    m_auditPanel->view()->addActions({act(A::RefreshAudit)});
    m_trafficPanel->view()->addActions({act(A::PauseTraffic), act(A::FollowTraffic)});
    m_trafficPanel->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void MainWindow::setPrompter(std::unique_ptr<OperatorPrompter> prompter)
{
    m_controller->setPrompter(std::move(prompter));
}

QString MainWindow::selectedChannel() const
{
    const int row = m_channelPanel->currentSourceRow();
    return row < 0 ? QString() : m_feed->channels()->valueAt(row).id;
}

void MainWindow::showListening(const QUrl &url)
{
    m_status.listening = true;
    m_status.url = url.toString();
    m_statusBar->showListening(url);
    m_controller->setStatus(m_status);
}

void MainWindow::showListeningStopped()
{
    m_status.listening = false;
    m_status.url.clear();
    m_statusBar->showNotListening();
    m_controller->setStatus(m_status);
}

void MainWindow::showStatus(const ServerStatus &status)
{
    m_status = status;
    m_statusBar->showStatus(status);
    m_controller->setStatus(status);
}

void MainWindow::showSnapshot(const ServerSnapshot &snapshot)
{
    m_feed->onSnapshot(snapshot);
}

void MainWindow::showTraffic(const TrafficBatch &batch)
{
    m_feed->onTraffic(batch);
    // An open history view follows new messages of its channel, asking at most once a second.
    if (!m_historyPanel->isVisible() || m_historyRefresh.isActive())
        return;
    const QString channel = m_historyModel->channel();
    for (const TrafficEvent &event : batch.events) {
        if (event.kind == TrafficEvent::Kind::Message && event.channel == channel) {
            m_historyRefresh.start();
            return;
        }
    }
}

void MainWindow::showHistory(const QString &channelId, const QList<StoredMessage> &messages)
{
    // Oldest at the top, as in a chat: a view that showed the newest message keeps showing it.
    const QScrollBar *scroll = m_historyPanel->view()->verticalScrollBar();
    const bool atBottom = scroll->value() == scroll->maximum();
    if (m_historyModel->setMessages(channelId, messages) && atBottom)
        m_historyPanel->view()->scrollToBottom();
}

void MainWindow::showAudit(const QList<AuditEntry> &entries)
{
    m_auditModel->setEntries(entries);
}

void MainWindow::onSnapshotApplied(const ServerSnapshot &snapshot)
{
    showStatus(snapshot.status);
    // With nothing chosen yet, show the first channel's users rather than an empty table.
    if (m_channelPanel->currentSourceRow() < 0)
        m_channelPanel->selectFirstRow();
    refreshSelection();
}

void MainWindow::onChannelSelected()
{
    const QString id = selectedChannel();
    m_feed->setWatchedChannel(id);
    m_trafficPanel->setSelectedChannel(id);
    m_userPanel->setTitle(id.isEmpty() ? tr("Users (select a channel)") : tr("Users of “%1”").arg(id));
    m_historyModel->setChannel(id);
    updateRecordTitles();
    refreshSelection();
    if (m_historyPanel->isVisible())
        m_controller->requestHistory();
}

void MainWindow::refreshSelection()
{
    const int channelRow = m_channelPanel->currentSourceRow();
    m_controller->setSelectedChannel(channelRow < 0 ? std::nullopt
                                                    : std::optional(m_feed->channels()->valueAt(channelRow)));
    const int userRow = m_userPanel->currentSourceRow();
    m_controller->setSelectedClient(userRow < 0 ? std::nullopt : std::optional(m_feed->clients()->valueAt(userRow)));
    const int banRow = m_banPanel->currentSourceRow();
    m_controller->setSelectedBan(banRow < 0 ? std::nullopt : std::optional(m_feed->bans()->valueAt(banRow)));
    const int mutedRow = m_mutedPanel->currentSourceRow();
    m_controller->setSelectedMutedName(mutedRow < 0 ? std::nullopt
                                                    : std::optional(m_feed->mutedNames()->valueAt(mutedRow)));
}

void MainWindow::showActivity(QWidget *panel)
{
    // Choosing the tab that is already open asks the server again.
    if (m_activityTabs->currentWidget() == panel)
        onActivityTabChanged();
    else
        m_activityTabs->setCurrentWidget(panel);
}

void MainWindow::onActivityTabChanged()
{
    QWidget *current = m_activityTabs->currentWidget();
    if (current == m_historyPanel)
        m_controller->requestHistory();
    else if (current == m_auditPanel)
        m_controller->requestAudit();
}

void MainWindow::updateRecordTitles()
{
    const QString channel = m_historyModel->channel();
    m_historyPanel->setTitle(channel.isEmpty()
                                 ? tr("History (select a channel)")
                                 : tr("Messages kept for “%1”: %2").arg(channel).arg(m_historyModel->rowCount()));
    const int entries = m_auditModel->rowCount();
    m_auditPanel->setTitle(entries < OperatorController::AuditLimit
                               ? tr("Moderation audit log: %1 entries").arg(entries)
                               : tr("Moderation audit log: the newest %1 entries").arg(entries));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closing && !m_controller->confirmShutdown()) {
        event->ignore();
        return;
    }
    if (!m_closing) {
        m_closing = true;
        Q_EMIT closeRequested();
    }
    event->accept();
}
