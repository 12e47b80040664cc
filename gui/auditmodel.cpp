// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "auditmodel.h"

#include "consoleformat.h"
#include "modelroles.h"

#include <QHash>
#include <QIcon>

namespace {

QString iconFor(const QString &action)
{
    static const QHash<QString, QString> icons{
        {QStringLiteral("kick"), QStringLiteral("kick")},
        {QStringLiteral("ban"), QStringLiteral("ban-name")},
        {QStringLiteral("unban"), QStringLiteral("unban")},
        {QStringLiteral("mute"), QStringLiteral("mute")},
        {QStringLiteral("unmute"), QStringLiteral("unmute")},
        {QStringLiteral("lock"), QStringLiteral("lock")},
        {QStringLiteral("unlock"), QStringLiteral("unlock")},
        {QStringLiteral("close"), QStringLiteral("close-channel")},
        {QStringLiteral("announce"), QStringLiteral("announce")},
        {QStringLiteral("clear-history"), QStringLiteral("clear-history")},
    };
    const QString name = icons.value(action);
    return name.isEmpty() ? QString() : QStringLiteral(":/parley/icons/%1.svg").arg(name);
}

} // namespace

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString AuditModel::actionText(const QString &action)
{
    // The server's action names are wire-like keys; operators read words.
    if (action == QLatin1String("kick"))
        return tr("Kick");
    if (action == QLatin1String("ban"))
        return tr("Ban");
    if (action == QLatin1String("unban"))
        return tr("Unban");
    if (action == QLatin1String("mute"))
        return tr("Mute");
    if (action == QLatin1String("unmute"))
        return tr("Unmute");
    if (action == QLatin1String("lock"))
        return tr("Lock");
    if (action == QLatin1String("unlock"))
        return tr("Unlock");
    if (action == QLatin1String("close"))
        return tr("Close channel");
    if (action == QLatin1String("announce"))
        return tr("Announce");
    if (action == QLatin1String("clear-history"))
        return tr("Clear history");
    return action;
}

void AuditModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        return index.column() == Reason && !entry.reason.isEmpty() ? QVariant(entry.reason) : QVariant();
    case ModelRoles::SortRole:
        return sortValue(index.row(), index.column());
    case Qt::DecorationRole: {
        if (index.column() != Action)
            return {};
        const QString icon = iconFor(entry.action);
        return icon.isEmpty() ? QVariant() : QVariant(QIcon(icon));
    }
    default:
        return {};
    }
}

QVariant AuditModel::display(const AuditEntry &entry, int column) const
{
    switch (column) {
    case Time:
        return ConsoleFormat::timestamp(entry.at);
    case Action:
        return actionText(entry.action);
    case Target:
        // A nameless connection is logged by its address, IPv4 peers in the dual-stack form (::ffff:a.b.c.d).
        return ConsoleFormat::address(entry.target);
    case Channel:
        return entry.channel.isEmpty() ? tr("every channel") : entry.channel;
    case Reason:
        return entry.reason;
    default:
        return {};
    }
}

QVariant AuditModel::sortValue(int row, int column) const
{
    const AuditEntry &entry = m_entries.at(row);
    switch (column) {
    case Time:
        // The log's own order: entries of the same millisecond stay in the order they were taken.
        return row;
    case Action:
        return actionText(entry.action);
    case Target:
        return entry.target;
    case Channel:
        return entry.channel;
    case Reason:
        return entry.reason;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Action:
        return tr("Action");
    case Target:
        return tr("Name or address");
    case Channel:
        return tr("Channel");
    case Reason:
        return tr("Reason or notice");
    default:
        return {};
    }
}
