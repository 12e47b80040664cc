// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "configloader.h"

#include "configoption.h"
#include "dotenvfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

ConfigLoader::ConfigLoader(QProcessEnvironment environment, QString workingDirectory)
    : m_environment(std::move(environment))
    , m_workingDirectory(std::move(workingDirectory))
{
    m_parser.setApplicationDescription(
        QStringLiteral("Parley: a WebSocket chat server with a live admin console.\n"
                       "Clients connect to ws://HOST:PORT/<channel>. Browsers refuse port 6000 (on their list of "
                       "unsafe ports): for browser clients use another port, e.g. --port 8080."));
    addOptions();
}

void ConfigLoader::addOptions()
{
    for (const ConfigOption &option : ConfigOption::table()) {
        const QString description =
            option.isSwitch() || option.defaultText().isEmpty()
                ? option.description
                : option.description + QStringLiteral(" [default: %1]").arg(option.defaultText());
        m_parser.addOption(QCommandLineOption(option.name, description, option.valueName));
    }
    m_parser.addHelpOption();
    m_parser.addVersionOption();
}

QString ConfigLoader::helpText() const
{
    return m_parser.helpText() +
           QStringLiteral("\nEvery option can also be set in the --config file (same key), in .env or in the "
                          "environment as PARLEY_<OPTION> (e.g. PARLEY_HEARTBEAT_INTERVAL); PORT sets the port.\n"
                          "Precedence: defaults < config file < .env < environment < command line.\n");
}

ConfigLoader::Outcome ConfigLoader::load(const QStringList &arguments)
{
    m_config = ServerConfig();
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return Outcome::Error;
    }
    if (m_parser.isSet(QStringLiteral("help")))
        return Outcome::Help;
    if (m_parser.isSet(QStringLiteral("version")))
        return Outcome::Version;
    if (!m_parser.positionalArguments().isEmpty()) {
        m_error = QStringLiteral("unexpected argument '%1' (options start with --)")
                      .arg(m_parser.positionalArguments().first());
        return Outcome::Error;
    }

    QString configPath = m_environment.value(QStringLiteral("PARLEY_CONFIG"));
    if (m_parser.isSet(QStringLiteral("config")))
        configPath = m_parser.value(QStringLiteral("config"));
    if (!configPath.isEmpty() && !applyFile(configPath))
        return Outcome::Error;

    QHash<QString, QString> environment;
    for (const QString &key : m_environment.keys())
        environment.insert(key, m_environment.value(key));
    const QString dotEnvPath = QDir(m_workingDirectory).filePath(QStringLiteral(".env"));
    if (!applyEnvironment(DotEnvFile::read(dotEnvPath), dotEnvPath) ||
        !applyEnvironment(environment, QStringLiteral("the environment")) || !applyCommandLine())
        return Outcome::Error;
    m_config.configFile = configPath;
    return Outcome::Run;
}

bool ConfigLoader::applyFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        m_error = QStringLiteral("--config: cannot read '%1'").arg(path);
        return false;
    }
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        m_error = QStringLiteral("--config: '%1' is not a valid INI file").arg(path);
        return false;
    }
    const QString origin = QStringLiteral("config file %1").arg(path);
    for (const QString &key : settings.allKeys()) {
        // QSettings only knows ';' comments; operators also write '#', which it would read as a key.
        if (key.startsWith(QLatin1Char('#')))
            continue;
        const ConfigOption *option = ConfigOption::find(key);
        if (!option || !option->fileKey) {
            m_error = QStringLiteral("unknown key '%1' in %2").arg(key, origin);
            return false;
        }
        // QSettings splits an unquoted "a,b" into a list; the value the operator wrote is the joined text.
        const QVariant value = settings.value(key);
        const QString text =
            value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(',')) : value.toString();
        if (!assign(key, text, origin))
            return false;
    }
    return true;
}

bool ConfigLoader::applyEnvironment(const QHash<QString, QString> &values, const QString &origin)
{
    if (values.contains(QStringLiteral("PORT")) &&
        !assign(QStringLiteral("port"), values.value(QStringLiteral("PORT")), QStringLiteral("PORT in %1").arg(origin)))
        return false;
    for (const ConfigOption &option : ConfigOption::table()) {
        const QString name = option.environmentName();
        if (option.name != QLatin1String("config") && values.contains(name) &&
            !assign(option.name, values.value(name), QStringLiteral("%1 in %2").arg(name, origin)))
            return false;
    }
    return true;
}

bool ConfigLoader::applyCommandLine()
{
    for (const ConfigOption &option : ConfigOption::table()) {
        if (!m_parser.isSet(option.name) || option.name == QLatin1String("config"))
            continue;
        const QString value = option.isSwitch() ? QStringLiteral("true") : m_parser.value(option.name);
        if (!assign(option.name, value, QStringLiteral("the command line")))
            return false;
    }
    return true;
}

bool ConfigLoader::assign(const QString &name, const QString &value, const QString &origin)
{
    const QString problem = ConfigOption::find(name)->assign(m_config, value);
    if (problem.isEmpty())
        return true;
    m_error = QStringLiteral("--%1: %2 (from %3)").arg(name, problem, origin);
    return false;
}
