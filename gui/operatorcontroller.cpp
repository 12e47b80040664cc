// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "operatorcontroller.h"

#include "clientmodel.h"
#include "consoleactions.h"
#include "consoleformat.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QUrl>

OperatorController::OperatorController(ConsoleActions *actions, std::unique_ptr<OperatorPrompter> prompter,
                                       QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_prompter(std::move(prompter))
{
    const auto on = [actions](ConsoleActions::Id id) { return actions->action(id); };
    connect(on(ConsoleActions::Kick), &QAction::triggered, this, &OperatorController::onKick);
    connect(on(ConsoleActions::BanName), &QAction::triggered, this, [this] { onBan(BanInfo::Target::Name); });
    connect(on(ConsoleActions::BanAddress), &QAction::triggered, this, [this] { onBan(BanInfo::Target::Address); });
    connect(on(ConsoleActions::Mute), &QAction::triggered, this, &OperatorController::onMute);
    connect(on(ConsoleActions::Unban), &QAction::triggered, this, &OperatorController::onUnban);
    connect(on(ConsoleActions::Lock), &QAction::triggered, this, &OperatorController::onLock);
    connect(on(ConsoleActions::CloseChannel), &QAction::triggered, this, &OperatorController::onCloseChannel);
    connect(on(ConsoleActions::Announce), &QAction::triggered, this, [this] { onAnnounce(false); });
    connect(on(ConsoleActions::AnnounceAll), &QAction::triggered, this, [this] { onAnnounce(true); });
    connect(on(ConsoleActions::CopyUrl), &QAction::triggered, this, &OperatorController::onCopyUrl);
    connect(on(ConsoleActions::StopListening), &QAction::triggered, this, &OperatorController::onStopListening);
    connect(on(ConsoleActions::StartListening), &QAction::triggered, this,
            &OperatorController::startListeningRequested);
    connect(on(ConsoleActions::UnmuteName), &QAction::triggered, this, &OperatorController::onUnmuteName);
    connect(on(ConsoleActions::ClearHistory), &QAction::triggered, this, &OperatorController::onClearHistory);
    connect(on(ConsoleActions::RefreshHistory), &QAction::triggered, this, &OperatorController::requestHistory);
    connect(on(ConsoleActions::RefreshAudit), &QAction::triggered, this, &OperatorController::requestAudit);

    // Each of these lands in the server's audit log.
    connect(this, &OperatorController::kickRequested, this, &OperatorController::commandSent);
    connect(this, &OperatorController::banNameRequested, this, &OperatorController::commandSent);
    connect(this, &OperatorController::banAddressRequested, this, &OperatorController::commandSent);
    connect(this, &OperatorController::unbanRequested, this, &OperatorController::commandSent);
    connect(this, &OperatorController::muteRequested, this, &OperatorController::commandSent);
    connect(this, &OperatorController::unmuteNameRequested, this, &OperatorController::commandSent);
    connect(this, &OperatorController::lockRequested, this, &OperatorController::commandSent);
    connect(this, &OperatorController::closeChannelRequested, this, &OperatorController::commandSent);
    connect(this, &OperatorController::announceRequested, this, &OperatorController::commandSent);
    connect(this, &OperatorController::clearHistoryRequested, this, &OperatorController::commandSent);
    updateActions();
}

OperatorController::~OperatorController() = default;

void OperatorController::setPrompter(std::unique_ptr<OperatorPrompter> prompter)
{
    m_prompter = std::move(prompter);
}

void OperatorController::setSelectedChannel(const std::optional<ChannelInfo> &channel)
{
    const QString before = m_channel ? m_channel->id : QString();
    m_channel = channel;
    const QString after = m_channel ? m_channel->id : QString();
    if (before != after)
        Q_EMIT watchChannelRequested(after);
    updateActions();
}

void OperatorController::setSelectedClient(const std::optional<ClientInfo> &client)
{
    m_client = client;
    updateActions();
}

void OperatorController::setSelectedBan(const std::optional<BanInfo> &ban)
{
    m_ban = ban;
    updateActions();
}

void OperatorController::setSelectedMutedName(const std::optional<MutedName> &muted)
{
    m_mutedName = muted;
    updateActions();
}

void OperatorController::setStatus(const ServerStatus &status)
{
    m_status = status;
    updateActions();
}

QString OperatorController::channelUrl(const QString &channelId) const
{
    if (!m_status.listening || m_status.url.isEmpty())
        return {};
    QString base = m_status.url;
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // Nested ids keep their slashes; everything else that is not URL-safe is escaped.
    return base + QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(channelId, "/"));
}

bool OperatorController::confirmShutdown()
{
    if (m_status.connections == 0)
        return true;
    return m_prompter->confirm(
        tr("Quit Parley"),
        tr("Shut the server down and disconnect every client? Connected now: %1").arg(m_status.connections),
        tr("Shut down"));
}

void OperatorController::requestHistory()
{
    if (m_channel)
        Q_EMIT historyRequested(m_channel->id);
}

void OperatorController::requestAudit()
{
    Q_EMIT auditRequested(AuditLimit);
}

void OperatorController::onKick()
{
    if (!m_client)
        return;
    const QString name = ClientModel::displayName(*m_client);
    const std::optional<QString> reason = m_prompter->askText(
        tr("Kick %1").arg(name),
        tr("Disconnect %1 from “%2”. Reason sent to the client (may be empty):").arg(name, m_client->channel),
        tr("Kick"), true);
    if (reason)
        Q_EMIT kickRequested(m_client->id, *reason);
}

void OperatorController::onBan(BanInfo::Target target)
{
    if (!m_channel)
        return;
    BanRequest proposal;
    proposal.target = target;
    proposal.channel = m_channel->id;
    if (m_client)
        proposal.value = target == BanInfo::Target::Name ? m_client->name : ConsoleFormat::address(m_client->address);
    const std::optional<BanRequest> ban = m_prompter->askBan(proposal);
    if (!ban || ban->value.isEmpty())
        return;
    if (ban->target == BanInfo::Target::Name)
        Q_EMIT banNameRequested(ban->channel, ban->value, ban->durationMs, ban->reason);
    else
        Q_EMIT banAddressRequested(ban->channel, ban->value, ban->durationMs, ban->reason);
}

void OperatorController::onMute(bool muted)
{
    if (m_client)
        Q_EMIT muteRequested(m_client->id, muted);
}

void OperatorController::onUnban()
{
    if (m_ban)
        Q_EMIT unbanRequested(m_ban->id);
}

void OperatorController::onLock(bool locked)
{
    if (m_channel)
        Q_EMIT lockRequested(m_channel->id, locked);
}

void OperatorController::onCloseChannel()
{
    if (!m_channel)
        return;
    const std::optional<QString> reason = m_prompter->askText(
        tr("Close channel %1").arg(m_channel->id),
        tr("Disconnect every member of “%1” (members now: %2). Notice sent to them first (may be empty):")
            .arg(m_channel->id)
            .arg(m_channel->members),
        tr("Close channel"), true);
    if (reason)
        Q_EMIT closeChannelRequested(m_channel->id, *reason);
}

void OperatorController::onAnnounce(bool everyChannel)
{
    if (!everyChannel && !m_channel)
        return;
    const QString channel = everyChannel ? QString() : m_channel->id;
    const std::optional<QString> text =
        everyChannel
            ? m_prompter->askText(tr("Announce to all channels"), tr("Notice sent to every member of every channel:"),
                                  tr("Announce"), false)
            : m_prompter->askText(tr("Announce to %1").arg(channel),
                                  tr("Notice sent to every member of “%1”:").arg(channel), tr("Announce"), false);
    if (text)
        Q_EMIT announceRequested(channel, *text);
}

void OperatorController::onCopyUrl()
{
    if (!m_channel)
        return;
    const QString url = channelUrl(m_channel->id);
    if (!url.isEmpty())
        QGuiApplication::clipboard()->setText(url);
}

void OperatorController::onStopListening()
{
    if (m_prompter->confirm(tr("Stop listening"),
                            tr("Stop accepting new connections? Connected clients stay connected."),
                            tr("Stop listening")))
        Q_EMIT stopListeningRequested();
}

void OperatorController::onUnmuteName()
{
    if (m_mutedName)
        Q_EMIT unmuteNameRequested(m_mutedName->first, m_mutedName->second);
}

void OperatorController::onClearHistory()
{
    if (!m_channel)
        return;
    const QString channel = m_channel->id;
    if (!m_prompter->confirm(tr("Clear history of %1").arg(channel),
                             tr("Delete every message the server keeps for “%1”, in memory and on disk? Clients "
                                "that join later get no replay of them. This cannot be undone.")
                                 .arg(channel),
                             tr("Clear history")))
        return;
    Q_EMIT clearHistoryRequested(channel);
    // Queued behind the clear, so the answer shows what is left: nothing.
    Q_EMIT historyRequested(channel);
}

void OperatorController::updateActions()
{
    const auto set = [this](ConsoleActions::Id id, bool enabled) { m_actions->action(id)->setEnabled(enabled); };
    set(ConsoleActions::Kick, m_client.has_value());
    set(ConsoleActions::Mute, m_client.has_value());
    m_actions->action(ConsoleActions::Mute)->setChecked(m_client && m_client->muted);
    set(ConsoleActions::BanName, m_channel.has_value());
    set(ConsoleActions::BanAddress, m_channel.has_value());
    set(ConsoleActions::Unban, m_ban.has_value());
    set(ConsoleActions::Lock, m_channel.has_value());
    m_actions->action(ConsoleActions::Lock)->setChecked(m_channel && m_channel->locked);
    set(ConsoleActions::CloseChannel, m_channel.has_value());
    set(ConsoleActions::Announce, m_channel.has_value());
    set(ConsoleActions::CopyUrl, m_channel.has_value() && m_status.listening);
    set(ConsoleActions::StopListening, m_status.listening);
    set(ConsoleActions::StartListening, !m_status.listening);
    set(ConsoleActions::UnmuteName, m_mutedName.has_value());
    set(ConsoleActions::RefreshHistory, m_channel.has_value());
    set(ConsoleActions::ClearHistory, m_channel.has_value());
}
