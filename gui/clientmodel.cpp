// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "clientmodel.h"

#include "consoleformat.h"
#include "modelroles.h"

#include <QColor>
#include <QFont>
#include <QIcon>

ClientModel::ClientModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

QString ClientModel::stateText(ClientInfo::State state)
{
    switch (state) {
    case ClientInfo::State::Connected:
        return tr("connected");
    case ClientInfo::State::Pending:
        return tr("identified, waiting for the auth delay");
    case ClientInfo::State::Authenticated:
        return tr("authenticated");
    case ClientInfo::State::Unauthenticated:
        return tr("unauthenticated (missed heartbeats)");
    }
    return {};
}

QString ClientModel::displayName(const ClientInfo &client)
{
    if (!client.name.isEmpty())
        return client.name;
    //: A connection that lost its name to missed heartbeats; %1 is the name it had.
    return client.previousName.isEmpty() ? tr("(anonymous)") : tr("(was %1)").arg(client.previousName);
}

bool ClientModel::rowChanged(const ClientInfo &old, const ClientInfo &fresh) const
{
    return old.name != fresh.name || old.previousName != fresh.previousName || old.state != fresh.state ||
           old.address != fresh.address || old.port != fresh.port || old.connectedAt != fresh.connectedAt ||
           old.lastHeartbeatAgeMs / 100 != fresh.lastHeartbeatAgeMs / 100 || old.messagesSent != fresh.messagesSent ||
           old.muted != fresh.muted;
}

int ClientModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientInfo &client = valueAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(client, index.column());
    case ModelRoles::SortRole:
        return sortValue(client, index.column());
    case ModelRoles::KeyRole:
        return client.id;
    case Qt::FontRole:
        if (index.column() == Name && client.name.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == Muted && client.muted ? QIcon(QStringLiteral(":/parley/icons/mute.svg")) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == State && client.state == ClientInfo::State::Unauthenticated)
            return QColor(Qt::darkRed);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == HeartbeatAge || index.column() == MessagesSent)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ClientModel::display(const ClientInfo &client, int column) const
{
    switch (column) {
    case Name:
        return displayName(client);
    case State:
        return stateText(client.state);
    case Address:
        return client.address.isEmpty() ? QString() : ConsoleFormat::endpoint(client.address, client.port);
    case ConnectedSince:
        return client.connectedAt == 0 ? QString() : ConsoleFormat::timeOfDay(client.connectedAt);
    case HeartbeatAge:
        // A user on another node: this node does not see its connection.
        return client.connectedAt == 0 ? QString() : ConsoleFormat::seconds(client.lastHeartbeatAgeMs);
    case MessagesSent:
        return client.messagesSent;
    case Muted:
        return client.muted ? tr("Muted") : QString();
    case Node:
        return client.node;
    default:
        return {};
    }
}

QVariant ClientModel::sortValue(const ClientInfo &client, int column) const
{
    switch (column) {
    case Name:
        return client.name.isEmpty() ? client.previousName : client.name;
    case State:
        return int(client.state);
    case Address:
        return client.address;
    case ConnectedSince:
        return client.connectedAt;
    case HeartbeatAge:
        return client.lastHeartbeatAgeMs;
    case MessagesSent:
        return client.messagesSent;
    case Muted:
        return client.muted;
    case Node:
        return client.node;
    default:
        return {};
    }
}

QVariant ClientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case State:
        return tr("State");
    case Address:
        return tr("Peer address");
    case ConnectedSince:
        return tr("Connected since");
    case HeartbeatAge:
        return tr("Last heartbeat");
    case MessagesSent:
        return tr("Messages sent");
    case Muted:
        return tr("Muted");
    case Node:
        return tr("Node");
    default:
        return {};
    }
}
