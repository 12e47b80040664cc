// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "baninfo.h"
#include "channelinfo.h"
#include "clientinfo.h"
#include "mutedname.h"
#include "operatorprompter.h"
#include "serverstatus.h"

#include <QObject>

#include <memory>
#include <optional>

class ConsoleActions;

/**
 * Turns the operator's actions on the current selection into commands for the server. Each command leaves as a
 * signal whose arguments are those of the ChatServer slot it is connected to (queued, see ServerBinding); the
 * controller never sees the server. Destructive commands are confirmed through the OperatorPrompter first.
 */
class OperatorController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorController)

public:
    /// How many of the newest audit entries the console asks for.
    static constexpr int AuditLimit = 1000;

    OperatorController(ConsoleActions *actions, std::unique_ptr<OperatorPrompter> prompter, QObject *parent = nullptr);
    ~OperatorController() override;

    void setPrompter(std::unique_ptr<OperatorPrompter> prompter);
    OperatorPrompter *prompter() const { return m_prompter.get(); }

    void setSelectedChannel(const std::optional<ChannelInfo> &channel);
    void setSelectedClient(const std::optional<ClientInfo> &client);
    void setSelectedBan(const std::optional<BanInfo> &ban);
    void setSelectedMutedName(const std::optional<MutedName> &muted);
    void setStatus(const ServerStatus &status);

    /// The URL clients use for @p channelId, or empty while the server does not listen.
    QString channelUrl(const QString &channelId) const;
    /// Asks whether to shut the server down (only when clients are connected); true to go ahead.
    bool confirmShutdown();
    /// Asks the server for the selected channel's kept messages (historyRequested), if a channel is selected.
    void requestHistory();
    /// Asks the server for the newest AuditLimit audit entries (auditRequested).
    void requestAudit();

Q_SIGNALS:
    void watchChannelRequested(const QString &channelId);
    void kickRequested(quint64 clientId, const QString &reason);
    void banNameRequested(const QString &channelId, const QString &name, qint64 durationMs, const QString &reason);
    void banAddressRequested(const QString &channelId, const QString &address, qint64 durationMs,
                             const QString &reason);
    void unbanRequested(quint64 banId);
    void muteRequested(quint64 clientId, bool muted);
    void lockRequested(const QString &channelId, bool locked);
    void closeChannelRequested(const QString &channelId, const QString &reason);
    void announceRequested(const QString &channelId, const QString &text);
    void stopListeningRequested();
    void startListeningRequested();
    void unmuteNameRequested(const QString &channelId, const QString &nameKey);
    void clearHistoryRequested(const QString &channelId);
    void historyRequested(const QString &channelId);
    void auditRequested(int limit);
    /// A command that the server writes to its audit log has just been sent.
    void commandSent();

private:
    void onKick();
    void onBan(BanInfo::Target target);
    void onMute(bool muted);
    void onUnban();
    void onLock(bool locked);
    void onCloseChannel();
    void onAnnounce(bool everyChannel);
    void onCopyUrl();
    void onStopListening();
    void onUnmuteName();
    void onClearHistory();
    void updateActions();

    ConsoleActions *m_actions;
    std::unique_ptr<OperatorPrompter> m_prompter;
    std::optional<ChannelInfo> m_channel;
    std::optional<ClientInfo> m_client;
    std::optional<BanInfo> m_ban;
    std::optional<MutedName> m_mutedName;
    ServerStatus m_status;
};
