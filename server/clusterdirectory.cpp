// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "clusterdirectory.h"

#include "clusterkeys.h"
#include "redisconnection.h"

#include <hiredis/hiredis.h>

#include <memory>

namespace {

constexpr qint64 SampleIntervalMs = 1000;
// A bound on one sample's work: SCAN pages of up to 1000 keys each.
constexpr int MaxPages = 20;

} // namespace

ClusterDirectory::ClusterDirectory(RedisConnection *commands)
    : m_commands(commands)
{
}

void ClusterDirectory::sample(qint64 now)
{
    if (m_sampling || (m_sampledAt >= 0 && now - m_sampledAt < SampleIntervalMs) || !m_commands->isUp())
        return;
    m_sampling = true;
    m_sampledAt = now;
    scanPage("0", MaxPages, std::make_shared<Sample>());
}

void ClusterDirectory::scanPage(const QByteArray &cursor, int pagesLeft, const std::shared_ptr<Sample> &next)
{
    const QByteArray pattern = ClusterKeys::Prefix + "users:*";
    const bool sent = m_commands->command({"SCAN", cursor, "MATCH", pattern, "COUNT", "1000"},
                                          [this, pagesLeft, next](const redisReply *reply) {
                                              if (!reply || reply->type != REDIS_REPLY_ARRAY || reply->elements != 2) {
                                                  m_sampling = false;
                                                  return;
                                              }
                                              const redisReply *keys = reply->element[1];
                                              for (size_t i = 0; keys && i < keys->elements; ++i)
                                                  readChannel(ClusterKeys::text(keys->element[i]), next);
                                              const QByteArray cursor = ClusterKeys::text(reply->element[0]);
                                              if (cursor != "0" && pagesLeft > 1) {
                                                  scanPage(cursor, pagesLeft - 1, next);
                                                  return;
                                              }
                                              // Replies come in order: once this one is here, every channel read before
                                              // it is in.
                                              if (!m_commands->command({"PING"}, [this, next](const redisReply *pong) {
                                                      if (pong)
                                                          m_channels = *next;
                                                      m_sampling = false;
                                                  }))
                                                  m_sampling = false;
                                          });
    if (!sent)
        m_sampling = false;
}

void ClusterDirectory::readChannel(const QByteArray &redisKey, const std::shared_ptr<Sample> &next)
{
    const QString channel = QString::fromUtf8(redisKey.mid(ClusterKeys::Prefix.size() + 6)); // after "users:"
    m_commands->eval(ClusterKeys::RosterScript, {"1", redisKey, ClusterKeys::Prefix + "node:"},
                     [this, channel, next](const redisReply *reply) {
                         for (size_t i = 0; reply && reply->type == REDIS_REPLY_ARRAY && i + 1 < reply->elements;
                              i += 2) {
                             const QString key = QString::fromUtf8(ClusterKeys::text(reply->element[i]));
                             const QByteArray value = ClusterKeys::text(reply->element[i + 1]);
                             const qsizetype newline = value.indexOf('\n');
                             (*next)[channel].append(RemoteUser{idFor(channel, key), channel, key,
                                                                QString::fromUtf8(value.mid(newline + 1)),
                                                                QString::fromUtf8(value.left(newline))});
                         }
                     });
}

quint64 ClusterDirectory::idFor(const QString &channel, const QString &key)
{
    quint64 &id = m_ids[channel + QLatin1Char('\n') + key];
    if (id == 0)
        id = m_nextId++;
    return id;
}

RemoteUser ClusterDirectory::user(quint64 id) const
{
    for (const QList<RemoteUser> &users : m_channels) {
        for (const RemoteUser &user : users) {
            if (user.id == id)
                return user;
        }
    }
    return {};
}
