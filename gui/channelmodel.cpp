// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "channelmodel.h"

#include "consoleformat.h"
#include "modelroles.h"

#include <QIcon>

ChannelModel::ChannelModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void ChannelModel::setChannels(const QList<ChannelInfo> &channels, qint64 nowMs)
{
    for (const ChannelInfo &channel : channels)
        sampleRate(channel, nowMs);
    sync(channels);
    for (RateTrack &track : m_rates)
        track.touched = false;
}

void ChannelModel::sampleRate(const ChannelInfo &channel, qint64 nowMs)
{
    auto it = m_rates.find(channel.id);
    if (it == m_rates.end()) {
        RateTrack track;
        track.bucketStartMs = nowMs;
        track.bucketStartTotal = channel.messagesTotal;
        m_rates.insert(channel.id, track);
        return;
    }
    const qint64 elapsed = nowMs - it->bucketStartMs;
    if (elapsed < RateBucketMs)
        return;
    // A channel forgotten and re-created restarts its total: count that as no growth, not as a huge negative.
    const quint64 grown =
        channel.messagesTotal >= it->bucketStartTotal ? channel.messagesTotal - it->bucketStartTotal : 0;
    it->history.append(float(double(grown) * 1000.0 / double(elapsed)));
    if (it->history.size() > HistoryLength)
        it->history.removeFirst();
    it->bucketStartMs = nowMs;
    it->bucketStartTotal = channel.messagesTotal;
    it->touched = true;
}

QList<float> ChannelModel::rateHistory(const QString &channelId) const
{
    return m_rates.value(channelId).history;
}

float ChannelModel::currentRate(const QString &channelId) const
{
    const auto it = m_rates.constFind(channelId);
    return it == m_rates.cend() || it->history.isEmpty() ? 0.0f : it->history.last();
}

bool ChannelModel::rowChanged(const ChannelInfo &old, const ChannelInfo &fresh) const
{
    return old.members != fresh.members || old.authenticated != fresh.authenticated ||
           old.messagesLastMinute != fresh.messagesLastMinute || old.messagesTotal != fresh.messagesTotal ||
           old.locked != fresh.locked || old.createdAt != fresh.createdAt || m_rates.value(fresh.id).touched;
}

int ChannelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChannelInfo &channel = valueAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(channel, index.column());
    case ModelRoles::SortRole:
        return sortValue(channel, index.column());
    case ModelRoles::KeyRole:
        return channel.id;
    case ModelRoles::RateHistoryRole:
        return index.column() == Activity ? QVariant::fromValue(rateHistory(channel.id)) : QVariant();
    case Qt::DecorationRole:
        return index.column() == Locked && channel.locked ? QIcon(QStringLiteral(":/parley/icons/lock.svg"))
                                                          : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == Locked || index.column() == Created)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Activity)
            return tr("Messages per second over the last minute");
        return index.column() == Id ? channel.id : QVariant();
    default:
        return {};
    }
}

QVariant ChannelModel::display(const ChannelInfo &channel, int column) const
{
    switch (column) {
    case Id:
        return channel.id;
    case Members:
        return channel.members;
    case Authenticated:
        return channel.authenticated;
    case MessagesLastMinute:
        return channel.messagesLastMinute;
    case Activity:
        //: A message rate, e.g. "2.5/s".
        return tr("%1/s").arg(ConsoleFormat::rate(currentRate(channel.id)));
    case Locked:
        return channel.locked ? tr("Locked") : QString();
    case Created:
        // 0: a channel of another node that has no member here; this node never saw it created.
        return channel.createdAt == 0 ? QString() : ConsoleFormat::dateTime(channel.createdAt);
    default:
        return {};
    }
}

QVariant ChannelModel::sortValue(const ChannelInfo &channel, int column) const
{
    switch (column) {
    case Id:
        return channel.id;
    case Members:
        return channel.members;
    case Authenticated:
        return channel.authenticated;
    case MessagesLastMinute:
        return channel.messagesLastMinute;
    case Activity:
        return currentRate(channel.id);
    case Locked:
        return channel.locked;
    case Created:
        return channel.createdAt;
    default:
        return {};
    }
}

QVariant ChannelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Channel");
    case Members:
        return tr("Members");
    case Authenticated:
        return tr("Authenticated");
    case MessagesLastMinute:
        return tr("Messages (last min)");
    case Activity:
        return tr("Activity");
    case Locked:
        return tr("Locked");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}
