// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "clusterkeys.h"

#include <hiredis/hiredis.h>

// One round-trip per message, and atomic: the publish order on the topic is the seq order.
const QByteArray ClusterKeys::PublishScript = R"(local seq = redis.call('INCR', KEYS[1])
if tonumber(ARGV[4]) > 0 then
  pcall(redis.call, 'XADD', KEYS[2], 'MAXLEN', '~', ARGV[4], seq .. '-0', 'ts', ARGV[1], 'user', ARGV[2],
        'text', ARGV[3])
end
redis.call('PUBLISH', KEYS[3], 'm\n' .. seq .. '\n' .. ARGV[1] .. '\n' .. ARGV[2] .. '\n' .. ARGV[3])
return seq)";
// Claims each free name or keeps our own (ARGV[i + 1] holds KEYS[i]); another holder's claim stays.
const QByteArray ClusterKeys::RefreshNamesScript = R"(for i = 1, #KEYS do
  local v = redis.call('GET', KEYS[i])
  if v == false or v == ARGV[i + 1] then
    redis.call('SET', KEYS[i], ARGV[i + 1], 'PX', ARGV[1])
  end
end
return 0)";
const QByteArray ClusterKeys::ReleaseNameScript = R"(if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0)";
// Presence entries of nodes whose liveness key expired are removed on the way.
const QByteArray ClusterKeys::RosterScript = R"(local all = redis.call('HGETALL', KEYS[1])
local live = {}
for i = 1, #all, 2 do
  local node = string.match(all[i + 1], '^[^\n]*')
  if redis.call('EXISTS', ARGV[1] .. node) == 1 then
    table.insert(live, all[i])
    table.insert(live, all[i + 1])
  else
    redis.call('HDEL', KEYS[1], all[i])
  end
end
return live)";
// After Redis lost its data, the sequence continues above what the nodes already delivered.
const QByteArray ClusterKeys::RaiseSeqScript = R"(local c = tonumber(redis.call('GET', KEYS[1]) or '0')
if c < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1]) end
return 0)";

const QByteArray ClusterKeys::Prefix = "parley:";
const QByteArray ClusterKeys::ControlTopic = "parley:control";

QByteArray ClusterKeys::key(const char *kind, const QString &channelId)
{
    return Prefix + kind + ':' + channelId.toUtf8();
}

QByteArray ClusterKeys::nameKey(const QString &channelId, const QString &nameKey)
{
    // Neither a channel id nor a name holds a control character: the newline keeps the pair unambiguous.
    return key("name", channelId) + '\n' + nameKey.toUtf8();
}

QByteArray ClusterKeys::text(const redisReply *reply)
{
    return reply && (reply->type == REDIS_REPLY_STRING || reply->type == REDIS_REPLY_STATUS)
               ? QByteArray(reply->str, int(reply->len))
               : QByteArray();
}

StoredMessage ClusterKeys::streamEntry(const QString &channelId, const redisReply *entry)
{
    StoredMessage message;
    message.channel = channelId;
    if (!entry || entry->type != REDIS_REPLY_ARRAY || entry->elements != 2)
        return message;
    message.seq = text(entry->element[0]).split('-').first().toLongLong();
    const redisReply *fields = entry->element[1];
    for (size_t i = 0; fields && i + 1 < fields->elements; i += 2) {
        const QByteArray field = text(fields->element[i]);
        const QByteArray value = text(fields->element[i + 1]);
        if (field == "ts")
            message.timestamp = value.toLongLong();
        else if (field == "user")
            message.user = QString::fromUtf8(value);
        else if (field == "text")
            message.text = QString::fromUtf8(value);
    }
    return message;
}
