// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "historymodel.h"

#include "consoleformat.h"
#include "modelroles.h"

HistoryModel::HistoryModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void HistoryModel::setChannel(const QString &channelId)
{
    if (channelId == m_channel)
        return;
    clear();
    m_channel = channelId;
}

bool HistoryModel::setMessages(const QString &channelId, const QList<StoredMessage> &messages)
{
    if (channelId != m_channel)
        return false;
    sync(messages);
    return true;
}

bool HistoryModel::rowChanged(const StoredMessage &old, const StoredMessage &fresh) const
{
    return old.timestamp != fresh.timestamp || old.user != fresh.user || old.text != fresh.text;
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredMessage &message = valueAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(message, index.column());
    case Qt::ToolTipRole:
        return index.column() == Text ? QVariant(message.text) : QVariant();
    case ModelRoles::SortRole:
        return sortValue(message, index.column());
    case ModelRoles::KeyRole:
        return message.seq;
    case Qt::TextAlignmentRole:
        return int((index.column() == Seq ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant HistoryModel::display(const StoredMessage &message, int column) const
{
    switch (column) {
    case Time:
        // Kept messages may be days old: the date matters.
        return ConsoleFormat::timestamp(message.timestamp);
    case Seq:
        return message.seq;
    case User:
        return message.user;
    case Text:
        return message.text;
    default:
        return {};
    }
}

QVariant HistoryModel::sortValue(const StoredMessage &message, int column) const
{
    switch (column) {
    case Time:
        // Several messages share a millisecond; seq orders them as the channel did.
        return message.seq;
    case Seq:
        return message.seq;
    case User:
        return message.user;
    case Text:
        return message.text;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Seq:
        return tr("Seq");
    case User:
        return tr("User");
    case Text:
        return tr("Text");
    default:
        return {};
    }
}
