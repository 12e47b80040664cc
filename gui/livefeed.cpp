// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "livefeed.h"

#include "banmodel.h"
#include "channelmodel.h"
#include "clientmodel.h"
#include "mutednamemodel.h"
#include "trafficmodel.h"

LiveFeed::LiveFeed(QObject *parent)
    : QObject(parent)
    , m_channels(new ChannelModel(this))
    , m_clients(new ClientModel(this))
    , m_bans(new BanModel(this))
    , m_mutedNames(new MutedNameModel(this))
    , m_traffic(new TrafficModel(TrafficModel::DefaultCapacity, this))
{
    m_clock.start();
    for (QTimer *timer : {&m_snapshotTimer, &m_trafficTimer}) {
        timer->setSingleShot(true);
        timer->setInterval(CoalesceIntervalMs);
    }
    connect(&m_snapshotTimer, &QTimer::timeout, this, &LiveFeed::applySnapshot);
    connect(&m_trafficTimer, &QTimer::timeout, this, &LiveFeed::applyTraffic);
}

void LiveFeed::setWatchedChannel(const QString &channelId)
{
    if (m_watchedChannel == channelId)
        return;
    m_watchedChannel = channelId;
    // The rows shown belong to the old channel; the server sends the new one's with its next snapshot.
    m_clients->clear();
}

void LiveFeed::onSnapshot(const ServerSnapshot &snapshot)
{
    m_pendingSnapshot = snapshot;
    if (!m_snapshotTimer.isActive())
        m_snapshotTimer.start();
}

void LiveFeed::onTraffic(const TrafficBatch &batch)
{
    m_pendingEvents.append(batch.events);
    m_pendingOmitted += batch.omitted;
    // Should the window fall behind, keep only what the log could show anyway.
    const int excess = int(m_pendingEvents.size()) - m_traffic->capacity();
    if (excess > 0) {
        m_pendingEvents.remove(0, excess);
        m_pendingOmitted += excess;
    }
    if (!m_trafficTimer.isActive())
        m_trafficTimer.start();
}

void LiveFeed::applySnapshot()
{
    if (!m_pendingSnapshot)
        return;
    const ServerSnapshot snapshot = std::move(*m_pendingSnapshot);
    m_pendingSnapshot.reset();
    m_channels->setChannels(snapshot.channels, m_clock.elapsed());
    if (!m_watchedChannel.isEmpty() && snapshot.watchedChannel == m_watchedChannel)
        m_clients->sync(snapshot.clients);
    else
        m_clients->clear();
    m_bans->sync(snapshot.bans);
    m_mutedNames->sync(snapshot.mutedNames);
    Q_EMIT snapshotApplied(snapshot);
}

void LiveFeed::applyTraffic()
{
    const QList<TrafficEvent> events = std::exchange(m_pendingEvents, {});
    m_traffic->append(events, std::exchange(m_pendingOmitted, 0));
}
