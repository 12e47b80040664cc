// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "mutednamemodel.h"

#include "modelroles.h"

#include <QIcon>

MutedNameModel::MutedNameModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

int MutedNameModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MutedNameModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MutedName &muted = valueAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ModelRoles::SortRole:
        return index.column() == Name ? muted.second : muted.first;
    case Qt::DecorationRole:
        return index.column() == Name ? QIcon(QStringLiteral(":/parley/icons/mute.svg")) : QVariant();
    default:
        return {};
    }
}

QVariant MutedNameModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Channel:
        return tr("Channel");
    default:
        return {};
    }
}
