// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "channelinfo.h"
#include "keyedtablemodel.h"

#include <QHash>
#include <QList>

/// Every channel of the server, one row per channel id, with a per-second message rate over the last minute.
class ChannelModel final : public KeyedTableModel<QString, ChannelInfo>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelModel)

public:
    enum Column { Id, Members, Authenticated, MessagesLastMinute, Activity, Locked, Created, ColumnCount };

    static constexpr int HistoryLength = 60;
    static constexpr int RateBucketMs = 1000;

    explicit ChannelModel(QObject *parent = nullptr);

    /// Brings the table up to date with the server's channel list, sampled at @p nowMs (a monotonic clock).
    void setChannels(const QList<ChannelInfo> &channels, qint64 nowMs);
    /// Messages per second of @p channelId, oldest first.
    QList<float> rateHistory(const QString &channelId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const ChannelInfo &value) const override { return value.id; }
    bool rowChanged(const ChannelInfo &old, const ChannelInfo &fresh) const override;
    void forget(const QString &key) override { m_rates.remove(key); }

private:
    struct RateTrack
    {
        qint64 bucketStartMs = 0;
        quint64 bucketStartTotal = 0;
        QList<float> history;
        bool touched = false;
    };

    void sampleRate(const ChannelInfo &channel, qint64 nowMs);
    QVariant display(const ChannelInfo &channel, int column) const;
    QVariant sortValue(const ChannelInfo &channel, int column) const;
    float currentRate(const QString &channelId) const;

    QHash<QString, RateTrack> m_rates;
};
