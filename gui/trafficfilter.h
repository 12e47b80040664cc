// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

/// Narrows the traffic log to one channel (plus server-wide events) and to rows containing a text.
class TrafficFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficFilter)

public:
    explicit TrafficFilter(QObject *parent = nullptr);

    /// Shows only @p channelId's traffic; empty shows every channel.
    void setChannel(const QString &channelId);
    QString channel() const { return m_channel; }
    /// Shows only rows whose channel, user or text contains @p text, ignoring case.
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_channel;
    QString m_text;
};
