// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <functional>
#include <memory>
#include <unordered_map>

class Channel;

/**
 * Every channel that has members or is lingering after its last member left.
 * @note Lives on the network thread.
 */
class ChannelRegistry final
{
    Q_DISABLE_COPY_MOVE(ChannelRegistry)

public:
    explicit ChannelRegistry(int historyKeep);
    ~ChannelRegistry();

    /// The channel @p id, created at @p now if it is not known (then @p created is set).
    Channel *acquire(const QString &id, qint64 now, bool *created = nullptr);
    Channel *find(const QString &id) const;
    /// A random id that no channel has, for a client that connected to `/`.
    QString freshId() const;
    /// Forgets channels that have been empty for at least @p lingerMs, telling @p onForget first; returns how many.
    int forgetLingering(qint64 now, qint64 lingerMs, const std::function<void(const Channel *)> &onForget);

    int count() const { return int(m_channels.size()); }
    template<typename F> void forEach(F &&f) const
    {
        for (const auto &channel : m_channels)
            f(channel.second.get());
    }

private:
    const int m_historyKeep;
    std::unordered_map<QString, std::unique_ptr<Channel>> m_channels;
};
