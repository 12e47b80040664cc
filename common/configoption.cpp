// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "configoption.h"

#include "redisurl.h"

#include <limits>

namespace {

constexpr qint64 MaxMs = 24LL * 3600 * 1000;

ConfigOption intOption(const char *name, const char *valueName, const char *description, int ServerConfig::*field,
                       qint64 minimum, qint64 maximum)
{
    ConfigOption o;
    o.name = QLatin1String(name);
    o.valueName = QLatin1String(valueName);
    o.description = QLatin1String(description);
    o.field = field;
    o.minimum = minimum;
    o.maximum = maximum;
    return o;
}

ConfigOption textOption(const char *name, const char *valueName, const char *description, QString ServerConfig::*field,
                        QStringList choices = {})
{
    ConfigOption o;
    o.name = QLatin1String(name);
    o.valueName = QLatin1String(valueName);
    o.description = QLatin1String(description);
    o.field = field;
    o.choices = std::move(choices);
    return o;
}

ConfigOption switchOption(const char *name, const char *description, bool ServerConfig::*field)
{
    ConfigOption o;
    o.name = QLatin1String(name);
    o.description = QLatin1String(description);
    o.field = field;
    return o;
}

QString checkRedisUrl(const QString &value)
{
    RedisUrl url;
    return value.trimmed().isEmpty() ? QString() : RedisUrl::parse(value, &url);
}

QList<ConfigOption> buildTable()
{
    ConfigOption headless =
        switchOption("headless", "Run without the console window (no display needed).", &ServerConfig::headless);
    headless.fileKey = false;
    ConfigOption config = textOption("config", "file", "Read settings from this INI file (keys as the long flags).",
                                     &ServerConfig::configFile);
    config.fileKey = false;
    ConfigOption redis = textOption("redis", "url",
                                    "Share channels with other nodes through this Redis server, e.g. "
                                    "redis://127.0.0.1:6379/0 or redis://:password@host:6379/0 (default: one node, "
                                    "no Redis).",
                                    &ServerConfig::redis);
    redis.check = checkRedisUrl;
    return {
        headless,
        textOption("host", "address", "Address to listen on (default: every interface).", &ServerConfig::host),
        intOption("port", "port", "TCP port to listen on (0: any free port).", &ServerConfig::port, 0, 65535),
        intOption("heartbeat-interval", "ms", "Send a heartbeat to every connection this often.",
                  &ServerConfig::heartbeatInterval, 10, MaxMs),
        intOption("heartbeat-timeout", "ms", "Unauthenticate a connection whose heartbeats stop for this long.",
                  &ServerConfig::heartbeatTimeout, 10, MaxMs),
        intOption("auth-delay", "ms", "Authenticate an identified connection after this delay.",
                  &ServerConfig::authDelay, 0, MaxMs),
        intOption("idle-timeout", "ms", "Close a connection that sends nothing for this long (0: never).",
                  &ServerConfig::idleTimeout, 0, MaxMs),
        intOption("max-text", "chars", "Longest message text accepted, in characters.", &ServerConfig::maxText, 1,
                  1 << 24),
        intOption("channel-linger", "ms", "Forget an empty channel after this long.", &ServerConfig::channelLinger, 0,
                  MaxMs),
        intOption("max-frame", "bytes", "Largest incoming frame or message; larger closes with 1009.",
                  &ServerConfig::maxFrame, 128, 64 * 1024 * 1024),
        intOption("rate", "frames", "Frames a second each connection may send (0: unlimited).", &ServerConfig::rate, 0,
                  1000000),
        intOption("rate-burst", "frames", "Frames a connection may send at once above the rate.",
                  &ServerConfig::rateBurst, 1, 1000000),
        intOption("max-backlog", "bytes", "Unsent bytes to a connection before it is closed as too slow.",
                  &ServerConfig::maxBacklog, 4096, 1024 * 1024 * 1024),
        intOption("max-connections", "count", "Connections in all (0: unlimited); more are closed with 1013.",
                  &ServerConfig::maxConnections, 0, 10000000),
        intOption("max-per-address", "count", "Connections from one IP address (0: unlimited).",
                  &ServerConfig::maxPerAddress, 0, 10000000),
        intOption("handshake-timeout", "ms", "Drop a connection that has not completed the upgrade by then.",
                  &ServerConfig::handshakeTimeout, 100, MaxMs),
        textOption("tls-cert", "file", "PEM certificate (chain): serve wss:// (needs --tls-key).",
                   &ServerConfig::tlsCert),
        textOption("tls-key", "file", "PEM private key of --tls-cert.", &ServerConfig::tlsKey),
        textOption("allowed-origins", "list",
                   "Comma-separated Origin values browsers may connect from (default: any; clients that send "
                   "no Origin are always accepted).",
                   &ServerConfig::allowedOrigins),
        textOption("trusted-proxies", "list",
                   "Comma-separated addresses or subnets of reverse proxies whose X-Forwarded-For names the client "
                   "(default: none; the connection's own address counts).",
                   &ServerConfig::trustedProxies),
        textOption("reserved-names", "list", "Comma-separated names nobody may claim, besides 'server'.",
                   &ServerConfig::reservedNames),
        textOption("data-dir", "dir",
                   "Where history, bans and the audit log are stored (default: the platform's app data folder; "
                   ":memory: keeps nothing on disk).",
                   &ServerConfig::dataDir),
        intOption("history-keep", "count", "Messages kept per channel (0: no history).", &ServerConfig::historyKeep, 0,
                  10000000),
        intOption("history-max-age", "seconds", "Drop stored messages older than this (0: no age limit).",
                  &ServerConfig::historyMaxAge, 0, std::numeric_limits<int>::max()),
        intOption("history-replay", "count", "Messages replayed to a client that joins (0: none).",
                  &ServerConfig::historyReplay, 0, 100000),
        redis,
        textOption("node-name", "name", "This node's name in a cluster (default: hostname:port).",
                   &ServerConfig::nodeName),
        switchOption("no-http", "Answer plain HTTP requests with 426 instead of /healthz, /metrics and the web client.",
                     &ServerConfig::noHttp),
        switchOption("strict", "Speak only the original server's frames (plus error): every extension off.",
                     &ServerConfig::strict),
        config,
        textOption("lang", "code", "Console language (en, de, fr, es); default: the system locale.",
                   &ServerConfig::language),
        textOption("log-format", "format", "Log lines as plain text or as one JSON object per line: text or json.",
                   &ServerConfig::logFormat, {QStringLiteral("text"), QStringLiteral("json")}),
        textOption(
            "log-level", "level", "Least severe log lines shown: debug, info, warning or error.",
            &ServerConfig::logLevel,
            {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error")}),
    };
}

QString assignInt(ServerConfig &config, int ServerConfig::*field, const QString &value, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 number = value.trimmed().toLongLong(&ok);
    if (!ok)
        return QStringLiteral("'%1' is not a whole number").arg(value);
    if (number < minimum || number > maximum)
        return QStringLiteral("'%1' is out of range (%2 to %3)").arg(value).arg(minimum).arg(maximum);
    config.*field = int(number);
    return {};
}

QString assignBool(ServerConfig &config, bool ServerConfig::*field, const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("on"))
        config.*field = true;
    else if (v == QLatin1String("0") || v == QLatin1String("false") || v == QLatin1String("no") ||
             v == QLatin1String("off"))
        config.*field = false;
    else
        return QStringLiteral("'%1' is not a boolean (true or false)").arg(value);
    return {};
}

} // namespace

const QList<ConfigOption> &ConfigOption::table()
{
    static const QList<ConfigOption> options = buildTable();
    return options;
}

const ConfigOption *ConfigOption::find(const QString &name)
{
    for (const ConfigOption &option : table()) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

QString ConfigOption::environmentName() const
{
    return QLatin1String("PARLEY_") + QString(name).replace(QLatin1Char('-'), QLatin1Char('_')).toUpper();
}

QString ConfigOption::defaultText() const
{
    const ServerConfig defaults;
    if (auto intField = std::get_if<int ServerConfig::*>(&field))
        return QString::number(defaults.**intField);
    if (auto boolField = std::get_if<bool ServerConfig::*>(&field))
        return defaults.**boolField ? QStringLiteral("true") : QStringLiteral("false");
    return defaults.*std::get<QString ServerConfig::*>(field);
}

QString ConfigOption::assign(ServerConfig &config, const QString &value) const
{
    if (auto intField = std::get_if<int ServerConfig::*>(&field))
        return assignInt(config, *intField, value, minimum, maximum);
    if (auto boolField = std::get_if<bool ServerConfig::*>(&field))
        return assignBool(config, *boolField, value);
    if (!choices.isEmpty() && !choices.contains(value.trimmed()))
        return QStringLiteral("'%1' is not one of %2").arg(value, choices.join(QLatin1String(", ")));
    if (check) {
        const QString problem = check(value);
        if (!problem.isEmpty())
            return problem;
    }
    config.*std::get<QString ServerConfig::*>(field) = value.trimmed();
    return {};
}
