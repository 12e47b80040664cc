// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/**
 * Everything the server is configured with, after every layer (defaults < INI file < .env < environment <
 * command line) has been applied. Durations are milliseconds. ConfigOption's table names each key's flag,
 * default and range.
 */
struct ServerConfig
{
    bool headless = false;
    QString host; // empty: every interface
    int port = 6000;
    int heartbeatInterval = 1000;
    int heartbeatTimeout = 5000;
    int authDelay = 5000;
    int idleTimeout = 60000; // 0: never close silent connections
    int maxText = 4096;
    int channelLinger = 60000;
    bool strict = false;
    bool noHttp = false; // plain HTTP requests get 426 instead of health, metrics, the web client
    int maxFrame = 64 * 1024; // bytes; a larger incoming frame or message closes with 1009
    int rate = 20; // frames a second per connection; 0: unlimited
    int rateBurst = 40;
    int maxBacklog = 4 * 1024 * 1024; // unsent bytes before a connection is closed as too slow
    int maxConnections = 100000; // 0: unlimited
    int maxPerAddress = 1000; // 0: unlimited
    int handshakeTimeout = 10000; // ms to complete the WebSocket upgrade
    QString tlsCert; // PEM files; both set: serve wss://
    QString tlsKey;
    QString allowedOrigins; // comma-separated; empty: every origin
    QString trustedProxies; // comma-separated addresses and subnets whose X-Forwarded-For is believed
    QString reservedNames;
    QString dataDir; // empty: the platform's app data location; ":memory:": no files
    int historyKeep = 1000; // messages kept per channel; 0: no history
    int historyMaxAge = 0; // seconds (a duration in days does not fit in int ms); 0: no age limit
    int historyReplay = 50; // messages replayed on join; 0: none // comma-separated, besides "server"
    QString redis; // redis://host:port/db; empty: one node, no Redis
    QString nodeName; // this node's name in the cluster; empty: hostname:port
    QString configFile;
    QString logLevel = QStringLiteral("info");
    QString logFormat = QStringLiteral("text"); // text or json (one object per line)
    QString language; // console language, e.g. "de"; empty: the system locale
};
