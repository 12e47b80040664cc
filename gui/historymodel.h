// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "keyedtablemodel.h"
#include "storedmessage.h"

/**
 * One channel's stored messages (the server's answer to requestHistory), one row per seq. A fresh answer for the
 * same channel keeps the rows that are still there, so a refresh leaves the operator's selection and scroll alone.
 */
class HistoryModel final : public KeyedTableModel<qint64, StoredMessage>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { Time, Seq, User, Text, ColumnCount };

    explicit HistoryModel(QObject *parent = nullptr);

    /// The channel whose messages the rows are; changing it empties the table.
    void setChannel(const QString &channelId);
    QString channel() const { return m_channel; }
    /// Shows @p messages if they are @p channelId's; an answer for another channel is ignored. False if ignored.
    bool setMessages(const QString &channelId, const QList<StoredMessage> &messages);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 keyOf(const StoredMessage &value) const override { return value.seq; }
    bool rowChanged(const StoredMessage &old, const StoredMessage &fresh) const override;

private:
    QVariant display(const StoredMessage &message, int column) const;
    QVariant sortValue(const StoredMessage &message, int column) const;

    QString m_channel;
};
