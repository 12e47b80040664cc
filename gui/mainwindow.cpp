// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "banmodel.h"
#include "channelmodel.h"
#include "clientmodel.h"
#include "consoleactions.h"
#include "consolestatusbar.h"
#include "dialogprompter.h"
#include "livefeed.h"
#include "operatorcontroller.h"
#include "sparklinedelegate.h"
#include "tablepanel.h"
#include "trafficpanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QMenuBar>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_feed(new LiveFeed(this))
    , m_actions(new ConsoleActions(this))
    , m_controller(new OperatorController(m_actions, std::make_unique<DialogPrompter>(this), this))
    , m_statusBar(new ConsoleStatusBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Parley console"));
    setStatusBar(m_statusBar);
    buildPanels();
    buildMenus();
    connect(m_feed, &LiveFeed::snapshotApplied, this, &MainWindow::onSnapshotApplied);
    connect(m_actions->action(ConsoleActions::Quit), &QAction::triggered, this, &QWidget::close);
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

    m_banPanel = new TablePanel(m_feed->bans(), TablePanel::Filter::Text, this);
    m_banPanel->setObjectName(QStringLiteral("banPanel"));
    m_banPanel->view()->setObjectName(QStringLiteral("banView"));
    m_banPanel->setTitle(tr("Select a ban and choose Unban to lift it"));
    m_banPanel->setFilterPlaceholder(tr("Filter bans"));

    m_trafficPanel = new TrafficPanel(m_feed->traffic(), m_actions->action(ConsoleActions::PauseTraffic),
                                      m_actions->action(ConsoleActions::FollowTraffic), this);
    m_trafficPanel->setObjectName(QStringLiteral("trafficPanel"));

    auto *people = new QTabWidget(this);
    people->setObjectName(QStringLiteral("peopleTabs"));
    people->addTab(m_userPanel, tr("Users"));
    people->addTab(m_banPanel, tr("Bans"));

    // Stacked rather than side by side: each table has seven columns and needs the window's width.
    auto *main = new QSplitter(Qt::Vertical, this);
    main->setChildrenCollapsible(false);
    main->addWidget(m_channelPanel);
    main->addWidget(people);
    main->addWidget(m_trafficPanel);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 2);
    main->setStretchFactor(2, 3);
    setCentralWidget(main);

    connect(m_channelPanel, &TablePanel::currentRowChanged, this, &MainWindow::onChannelSelected);
    connect(m_userPanel, &TablePanel::currentRowChanged, this, &MainWindow::refreshSelection);
    connect(m_banPanel, &TablePanel::currentRowChanged, this, &MainWindow::refreshSelection);
    onChannelSelected();
}

void MainWindow::buildMenus()
{
    using A = ConsoleActions;
    const auto act = [this](A::Id id) { return m_actions->action(id); };
    QMenu *server = menuBar()->addMenu(tr("&Server"));
    server->addActions({act(A::StopListening), act(A::StartListening), act(A::CopyUrl)});
    server->addSeparator();
    server->addAction(act(A::Quit));
    QMenu *channel = menuBar()->addMenu(tr("&Channel"));
    channel->addActions({act(A::Lock), act(A::CloseChannel), act(A::Announce), act(A::AnnounceAll), act(A::CopyUrl)});
    QMenu *user = menuBar()->addMenu(tr("&User"));
    user->addActions({act(A::Kick), act(A::Mute), act(A::BanName), act(A::BanAddress), act(A::Unban)});
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
    m_channelPanel->view()->addActions(
        {act(A::Announce), act(A::Lock), act(A::CloseChannel), act(A::CopyUrl), act(A::BanName), act(A::BanAddress)});
    m_userPanel->view()->addActions({act(A::Kick), act(A::Mute), act(A::BanName), act(A::BanAddress)});
    m_banPanel->view()->addActions({act(A::Unban)});
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
    refreshSelection();
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
