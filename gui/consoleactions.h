// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <array>

class QAction;

/// Every action of the console, with its text, icon, shortcut and object name (tests find actions by name).
class ConsoleActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleActions)

public:
    enum Id {
        Kick,
        BanName,
        BanAddress,
        Mute,
        Unban,
        Lock,
        CloseChannel,
        Announce,
        AnnounceAll,
        CopyUrl,
        StopListening,
        StartListening,
        Quit,
        PauseTraffic,
        FollowTraffic,
        ShowHistory,
        RefreshHistory,
        ClearHistory,
        ShowAudit,
        RefreshAudit,
        UnmuteName,
        ActionCount
    };

    explicit ConsoleActions(QObject *parent = nullptr);

    QAction *action(Id id) const { return m_actions.at(size_t(id)); }

private:
    std::array<QAction *, ActionCount> m_actions{};
};
