// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "baninfo.h"
#include "keyedtablemodel.h"

/// The server's bans, one row per ban id.
class BanModel final : public KeyedTableModel<quint64, BanInfo>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BanModel)

public:
    enum Column { Target, Value, Scope, Created, Expires, Reason, ColumnCount };

    explicit BanModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    quint64 keyOf(const BanInfo &value) const override { return value.id; }
    bool rowChanged(const BanInfo &old, const BanInfo &fresh) const override;

private:
    QVariant display(const BanInfo &ban, int column) const;
    QVariant sortValue(const BanInfo &ban, int column) const;
};
