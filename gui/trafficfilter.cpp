// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "trafficfilter.h"

#include "modelroles.h"
#include "trafficmodel.h"

TrafficFilter::TrafficFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The log stays in arrival order; sorting 10,000 rows on every batch would cost more than it shows.
    setDynamicSortFilter(true);
}

void TrafficFilter::setChannel(const QString &channelId)
{
    if (m_channel == channelId)
        return;
    m_channel = channelId;
    invalidateFilter();
}

void TrafficFilter::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    invalidateFilter();
}

bool TrafficFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (source->data(first, ModelRoles::KindRole).toInt() == TrafficModel::OmittedKind)
        return true;
    if (!m_channel.isEmpty()) {
        const QString channel = source->data(first, ModelRoles::ChannelRole).toString();
        if (!channel.isEmpty() && channel != m_channel)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column : {TrafficModel::Channel, TrafficModel::User, TrafficModel::Text}) {
        const QString text = source->data(source->index(sourceRow, column, sourceParent)).toString();
        if (text.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
