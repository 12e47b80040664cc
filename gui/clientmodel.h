// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "clientinfo.h"
#include "keyedtablemodel.h"

/// The connections of one channel (the watched one), one row per connection id.
class ClientModel final : public KeyedTableModel<quint64, ClientInfo>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientModel)

public:
    enum Column { Name, State, Address, ConnectedSince, HeartbeatAge, MessagesSent, Muted, Node, ColumnCount };

    explicit ClientModel(QObject *parent = nullptr);

    /// The text the console shows for @p state.
    static QString stateText(ClientInfo::State state);
    /// The name; "(was alice)" for a connection that lost its name to missed heartbeats; else "(anonymous)".
    static QString displayName(const ClientInfo &client);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    quint64 keyOf(const ClientInfo &value) const override { return value.id; }
    bool rowChanged(const ClientInfo &old, const ClientInfo &fresh) const override;

private:
    QVariant display(const ClientInfo &client, int column) const;
    QVariant sortValue(const ClientInfo &client, int column) const;
};
