// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "banmodel.h"

#include "consoleformat.h"
#include "modelroles.h"

#include <QIcon>

#include <limits>

BanModel::BanModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

bool BanModel::rowChanged(const BanInfo &old, const BanInfo &fresh) const
{
    return old.target != fresh.target || old.value != fresh.value || old.channel != fresh.channel ||
           old.createdAt != fresh.createdAt || old.expiresAt != fresh.expiresAt || old.reason != fresh.reason;
}

int BanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BanInfo &ban = valueAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(ban, index.column());
    case ModelRoles::SortRole:
        return sortValue(ban, index.column());
    case ModelRoles::KeyRole:
        return ban.id;
    case Qt::DecorationRole:
        if (index.column() != Target)
            return {};
        return QIcon(ban.target == BanInfo::Target::Name ? QStringLiteral(":/parley/icons/ban-name.svg")
                                                         : QStringLiteral(":/parley/icons/ban-address.svg"));
    default:
        return {};
    }
}

QVariant BanModel::display(const BanInfo &ban, int column) const
{
    switch (column) {
    case Target:
        return ban.target == BanInfo::Target::Name ? tr("Name") : tr("Address");
    case Value:
        return ban.value;
    case Scope:
        return ban.channel.isEmpty() ? tr("every channel") : ban.channel;
    case Created:
        return ConsoleFormat::dateTime(ban.createdAt);
    case Expires:
        return ban.expiresAt == 0 ? tr("never") : ConsoleFormat::dateTime(ban.expiresAt);
    case Reason:
        return ban.reason;
    default:
        return {};
    }
}

QVariant BanModel::sortValue(const BanInfo &ban, int column) const
{
    switch (column) {
    case Target:
        return int(ban.target);
    case Value:
        return ban.value;
    case Scope:
        return ban.channel;
    case Created:
        return ban.createdAt;
    case Expires:
        // Bans that never expire sort after every dated one.
        return ban.expiresAt == 0 ? std::numeric_limits<qint64>::max() : ban.expiresAt;
    case Reason:
        return ban.reason;
    default:
        return {};
    }
}

QVariant BanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Target:
        return tr("Banned");
    case Value:
        return tr("Name or address");
    case Scope:
        return tr("Channel");
    case Created:
        return tr("Since");
    case Expires:
        return tr("Expires");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}
