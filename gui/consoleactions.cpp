// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "consoleactions.h"

#include <QAction>
#include <QIcon>

namespace {

struct Spec
{
    ConsoleActions::Id id;
    const char *objectName;
    const char *icon;
    QKeySequence shortcut;
    bool checkable;
};

QAction *make(const Spec &spec, const QString &text, const QString &tip, QObject *parent)
{
    auto *action =
        new QAction(QIcon(QStringLiteral(":/parley/icons/%1.svg").arg(QLatin1String(spec.icon))), text, parent);
    action->setObjectName(QLatin1String(spec.objectName));
    action->setShortcut(spec.shortcut);
    action->setCheckable(spec.checkable);
    const QString shortcut = spec.shortcut.toString(QKeySequence::NativeText);
    action->setToolTip(shortcut.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, shortcut));
    action->setStatusTip(tip);
    return action;
}

} // namespace

ConsoleActions::ConsoleActions(QObject *parent)
    : QObject(parent)
{
    const auto add = [this](const Spec &spec, const QString &text, const QString &tip) {
        m_actions.at(size_t(spec.id)) = make(spec, text, tip, this);
    };
    add({Kick, "kickAction", "kick", QKeySequence(Qt::CTRL | Qt::Key_K), false}, tr("&Kick…"),
        tr("Disconnect the selected user, with a reason"));
    add({BanName, "banNameAction", "ban-name", QKeySequence(Qt::CTRL | Qt::Key_B), false}, tr("Ban &name…"),
        tr("Ban a user name in this channel or every channel"));
    add({BanAddress, "banAddressAction", "ban-address", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), false},
        tr("Ban &address…"), tr("Ban an IP address in this channel or every channel"));
    add({Mute, "muteAction", "mute", QKeySequence(Qt::CTRL | Qt::Key_M), true}, tr("&Mute"),
        tr("Mute or unmute the selected user: a muted user's messages are refused"));
    add({Unban, "unbanAction", "unban", QKeySequence(Qt::CTRL | Qt::Key_U), false}, tr("&Unban"),
        tr("Lift the selected ban"));
    add({Lock, "lockAction", "lock", QKeySequence(Qt::CTRL | Qt::Key_L), true}, tr("&Lock channel"),
        tr("Lock or unlock the selected channel: members stay, new messages are refused"));
    add({CloseChannel, "closeChannelAction", "close-channel", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), false},
        tr("&Close channel…"), tr("Disconnect every member of the selected channel"));
    add({Announce, "announceAction", "announce", QKeySequence(Qt::CTRL | Qt::Key_N), false},
        tr("Announce to &channel…"), tr("Send a notice to every member of the selected channel"));
    add({AnnounceAll, "announceAllAction", "announce-all", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), false},
        tr("Announce to &all channels…"), tr("Send a notice to every member of every channel"));
    add({CopyUrl, "copyUrlAction", "copy-url", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), false},
        tr("Copy channel &URL"), tr("Copy the selected channel's WebSocket URL to the clipboard"));
    add({StopListening, "stopListeningAction", "stop-listening", QKeySequence(), false}, tr("&Stop listening…"),
        tr("Accept no new connections; connected clients stay"));
    add({StartListening, "startListeningAction", "start-listening", QKeySequence(), false}, tr("Start &listening"),
        tr("Accept new connections again"));
    add({Quit, "quitAction", "quit", QKeySequence(QKeySequence::Quit), false}, tr("&Quit"),
        tr("Shut the server down cleanly and quit"));
    add({PauseTraffic, "pauseTrafficAction", "pause", QKeySequence(Qt::CTRL | Qt::Key_P), true}, tr("&Pause"),
        tr("Freeze the traffic log; new traffic is held back until you resume"));
    add({FollowTraffic, "followTrafficAction", "follow", QKeySequence(Qt::CTRL | Qt::Key_J), true}, tr("&Follow"),
        tr("Keep the newest traffic in view"));
    add({ShowHistory, "showHistoryAction", "history", QKeySequence(Qt::CTRL | Qt::Key_H), false},
        tr("Channel &history"), tr("Show the messages the server keeps for the selected channel"));
    add({RefreshHistory, "refreshHistoryAction", "refresh", QKeySequence(), false}, tr("&Refresh"),
        tr("Load the selected channel's kept messages again"));
    add({ClearHistory, "clearHistoryAction", "clear-history", QKeySequence(), false}, tr("Clea&r history…"),
        tr("Delete the selected channel's kept messages: clients joining later get no replay of them"));
    add({ShowAudit, "showAuditAction", "audit", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), false},
        tr("&Audit log"), tr("Show every moderation action taken, newest first"));
    add({RefreshAudit, "refreshAuditAction", "refresh", QKeySequence(), false}, tr("&Refresh"),
        tr("Load the audit log again"));
    add({UnmuteName, "unmuteNameAction", "unmute", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), false},
        tr("Unmut&e name"), tr("Unmute the selected muted name, whether or not it is connected"));
    action(FollowTraffic)->setChecked(true);
}
