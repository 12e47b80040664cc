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
    QString configFile;
    QString logLevel = QStringLiteral("info");
    QString language; // console language, e.g. "de"; empty: the system locale
};
