// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "channelregistry.h"

#include "channel.h"
#include "channelid.h"

ChannelRegistry::ChannelRegistry(int historyKeep)
    : m_historyKeep(historyKeep)
{
}

ChannelRegistry::~ChannelRegistry() = default;

Channel *ChannelRegistry::acquire(const QString &id, qint64 now, bool *created)
{
    auto &slot = m_channels[id];
    if (created)
        *created = !slot;
    if (!slot)
        slot = std::make_unique<Channel>(id, now, m_historyKeep);
    return slot.get();
}

Channel *ChannelRegistry::find(const QString &id) const
{
    const auto it = m_channels.find(id);
    return it == m_channels.end() ? nullptr : it->second.get();
}

QString ChannelRegistry::freshId() const
{
    return ChannelId::random([this](const QString &id) { return m_channels.count(id) > 0; });
}

int ChannelRegistry::forgetLingering(qint64 now, qint64 lingerMs, const std::function<void(const Channel *)> &onForget)
{
    int forgotten = 0;
    for (auto it = m_channels.begin(); it != m_channels.end();) {
        if (it->second->isEmpty() && now - it->second->emptySince() >= lingerMs) {
            onForget(it->second.get());
            it = m_channels.erase(it);
            ++forgotten;
        } else {
            ++it;
        }
    }
    return forgotten;
}
