// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "serverconfig.h"

#include <QList>
#include <QStringList>
#include <variant>

/**
 * One configuration key: its long flag (also its INI key and, upper-cased, its PARLEY_ environment name),
 * its type, default, range and help text. table() is the single list every layer reads.
 * @note Reentrant; table() is built once and never changed.
 */
class ConfigOption
{
public:
    using Field = std::variant<int ServerConfig::*, bool ServerConfig::*, QString ServerConfig::*>;

    QString name;
    QString valueName; // empty for a switch such as --strict
    QString description;
    Field field;
    qint64 minimum = 0;
    qint64 maximum = 0;
    QStringList choices; // allowed values of a string key, empty when free text
    bool fileKey = true; // false: may not be set in the INI file (read before the file is)
    QString (*check)(const QString &value) = nullptr; // why a text value is refused, or empty

    static const QList<ConfigOption> &table();
    static const ConfigOption *find(const QString &name);

    /// PARLEY_HEARTBEAT_INTERVAL for heartbeat-interval.
    QString environmentName() const;
    bool isSwitch() const { return std::holds_alternative<bool ServerConfig::*>(field); }
    /// The default, as text for --help.
    QString defaultText() const;
    /**
     * Converts @p value and stores it in @p config. Returns an empty string on success, otherwise why the value
     * is refused (without naming the option; the caller knows where it came from).
     */
    QString assign(ServerConfig &config, const QString &value) const;
};
