// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "serversnapshot.h"
#include "trafficbatch.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

class BanModel;
class ChannelModel;
class ClientModel;
class MutedNameModel;
class TrafficModel;

/**
 * The console's models, fed by the server's snapshots and traffic batches. Updates are coalesced: whatever
 * arrives within one interval is applied at once (the newest snapshot, every traffic event), so a burst of
 * signals costs the views one repaint.
 */
class LiveFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveFeed)

public:
    static constexpr int CoalesceIntervalMs = 100;

    explicit LiveFeed(QObject *parent = nullptr);

    ChannelModel *channels() const { return m_channels; }
    ClientModel *clients() const { return m_clients; }
    BanModel *bans() const { return m_bans; }
    MutedNameModel *mutedNames() const { return m_mutedNames; }
    TrafficModel *traffic() const { return m_traffic; }

    /// The channel whose users the client model shows; snapshots of another channel's users are ignored.
    void setWatchedChannel(const QString &channelId);
    QString watchedChannel() const { return m_watchedChannel; }

public Q_SLOTS:
    void onSnapshot(const ServerSnapshot &snapshot);
    void onTraffic(const TrafficBatch &batch);

Q_SIGNALS:
    /// The models now show @p snapshot.
    void snapshotApplied(const ServerSnapshot &snapshot);

private:
    void applySnapshot();
    void applyTraffic();

    ChannelModel *m_channels;
    ClientModel *m_clients;
    BanModel *m_bans;
    MutedNameModel *m_mutedNames;
    TrafficModel *m_traffic;
    QString m_watchedChannel;
    QElapsedTimer m_clock;
    QTimer m_snapshotTimer;
    QTimer m_trafficTimer;
    std::optional<ServerSnapshot> m_pendingSnapshot;
    QList<TrafficEvent> m_pendingEvents;
    int m_pendingOmitted = 0;
};
