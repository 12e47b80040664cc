// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "serverconfig.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

/**
 * Builds a ServerConfig from every layer, lowest first: defaults, the `--config` INI file, `.env` in the
 * working directory, the environment (`PORT`, `PARLEY_<FLAG>`), the command line.
 * A bad value anywhere stops loading with one line naming the flag and where the value came from.
 * @note Not thread-safe; use one loader per thread.
 */
class ConfigLoader
{
public:
    enum class Outcome { Run, Help, Version, Error };

    ConfigLoader(QProcessEnvironment environment, QString workingDirectory);

    /// @p arguments includes the program name first, as QCoreApplication::arguments() does.
    Outcome load(const QStringList &arguments);

    const ServerConfig &config() const { return m_config; }
    /// One line, e.g. "--port: '70000' is out of range (0 to 65535) (from the command line)".
    const QString &errorText() const { return m_error; }
    QString helpText() const;

private:
    void addOptions();
    bool applyFile(const QString &path);
    bool applyEnvironment(const QHash<QString, QString> &values, const QString &origin);
    bool applyCommandLine();
    bool assign(const QString &name, const QString &value, const QString &origin);

    QProcessEnvironment m_environment;
    QString m_workingDirectory;
    QCommandLineParser m_parser;
    ServerConfig m_config;
    QString m_error;
};
