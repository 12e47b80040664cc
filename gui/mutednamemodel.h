// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "keyedtablemodel.h"
#include "mutedname.h"

/// Every muted name of every channel, connected or not, one row per (channel, name key).
class MutedNameModel final : public KeyedTableModel<MutedName, MutedName>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MutedNameModel)

public:
    enum Column { Name, Channel, ColumnCount };

    explicit MutedNameModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    MutedName keyOf(const MutedName &value) const override { return value; }
    // The key is the whole value: a row never changes, it comes and goes.
    bool rowChanged(const MutedName &, const MutedName &) const override { return false; }
};
