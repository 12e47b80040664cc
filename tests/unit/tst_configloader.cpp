// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "configloader.h"
#include "configoption.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QString outcomeName(ConfigLoader::Outcome outcome)
{
    switch (outcome) {
    case ConfigLoader::Outcome::Run:
        return QStringLiteral("run");
    case ConfigLoader::Outcome::Help:
        return QStringLiteral("help");
    case ConfigLoader::Outcome::Version:
        return QStringLiteral("version");
    case ConfigLoader::Outcome::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("?");
}

// The value of @p flag in @p config, as text.
QString valueOf(const ServerConfig &config, const QString &flag)
{
    const ConfigOption *option = ConfigOption::find(flag);
    if (!option)
        return QStringLiteral("<no option %1>").arg(flag);
    if (auto field = std::get_if<int ServerConfig::*>(&option->field))
        return QString::number(config.**field);
    if (auto field = std::get_if<bool ServerConfig::*>(&option->field))
        return config.**field ? QStringLiteral("true") : QStringLiteral("false");
    return config.*std::get<QString ServerConfig::*>(option->field);
}

// A valid value for @p option that differs from its default.
QString nonDefaultValue(const ConfigOption &option)
{
    if (std::holds_alternative<int ServerConfig::*>(option.field))
        return QString::number(option.minimum + 7);
    if (option.isSwitch())
        return QStringLiteral("true");
    if (!option.choices.isEmpty())
        return option.choices.last();
    if (option.check)
        return QStringLiteral("redis://example.org:6379/0"); // the one checked text key, --redis
    return QStringLiteral("example.org");
}

QProcessEnvironment environmentOf(const QStringList &pairs)
{
    QProcessEnvironment environment; // empty: the test's own environment never leaks in
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        environment.insert(pair.left(equals), pair.mid(equals + 1));
    }
    return environment;
}

} // namespace

class TestConfigLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaults();
    void precedence_data();
    void precedence();
    void everyOptionThroughEveryLayer_data();
    void everyOptionThroughEveryLayer();
    void realEnvironmentIsNotRead();
    void dotEnvIsReadFromTheWorkingDirectoryOnly();
    void everyOptionInHelp();
    void helpWarnsAboutPort6000();
    void badValues_data();
    void badValues();
    void unreadableConfigFile();
    void helpAndVersion_data();
    void helpAndVersion();
    void parleyConfigSelectsFile();
    void configFlagBeatsParleyConfig();
    void iniValueWithCommaIsJoined_data();
    void iniValueWithCommaIsJoined();
    void iniFileSyntax();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    QString withDir(QString text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConfigLoader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConfigLoader::cleanup()
{
    m_dir.reset();
}

QString TestConfigLoader::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString TestConfigLoader::withDir(QString text) const
{
    return text.replace(QLatin1String("%DIR%"), m_dir->path());
}

void TestConfigLoader::defaults()
{
    ConfigLoader loader(QProcessEnvironment(), m_dir->path());
    QCOMPARE(outcomeName(loader.load({QStringLiteral("parley")})), QStringLiteral("run"));
    const ServerConfig &config = loader.config();
    // The defaults PROTOCOL.md promises.
    QCOMPARE(config.port, 6000);
    QCOMPARE(config.heartbeatInterval, 1000);
    QCOMPARE(config.heartbeatTimeout, 5000);
    QCOMPARE(config.authDelay, 5000);
    QCOMPARE(config.idleTimeout, 60000);
    QCOMPARE(config.maxText, 4096);
    QCOMPARE(config.channelLinger, 60000);
    QCOMPARE(config.strict, false);
    QCOMPARE(config.headless, false);
    QCOMPARE(config.host, QString());
    QCOMPARE(config.logLevel, QStringLiteral("info"));
    QCOMPARE(config.configFile, QString());
    QVERIFY(loader.errorText().isEmpty());
}

void TestConfigLoader::precedence_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QByteArray>("dotEnv");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("expected");

    const QByteArray noFile;
    const QStringList none;

    const QByteArray hbIni = "heartbeat-interval=1111\n";
    const QByteArray hbDotEnv = "PARLEY_HEARTBEAT_INTERVAL=2222\n";
    const QStringList hbEnv{"PARLEY_HEARTBEAT_INTERVAL=3333"};
    const QStringList hbArgs{"--heartbeat-interval", "4444"};
    const QString hb = QStringLiteral("heartbeat-interval");
    QTest::newRow("heartbeat: default") << noFile << noFile << none << none << hb << "1000";
    QTest::newRow("heartbeat: file") << hbIni << noFile << none << none << hb << "1111";
    QTest::newRow("heartbeat: file < .env") << hbIni << hbDotEnv << none << none << hb << "2222";
    QTest::newRow("heartbeat: file < .env < env") << hbIni << hbDotEnv << hbEnv << none << hb << "3333";
    QTest::newRow("heartbeat: every layer") << hbIni << hbDotEnv << hbEnv << hbArgs << hb << "4444";
    QTest::newRow("heartbeat: file < env") << hbIni << noFile << hbEnv << none << hb << "3333";
    QTest::newRow("heartbeat: file < command line") << hbIni << noFile << none << hbArgs << hb << "4444";
    QTest::newRow("heartbeat: .env < command line") << noFile << hbDotEnv << none << hbArgs << hb << "4444";
    QTest::newRow("heartbeat: env < command line") << noFile << noFile << hbEnv << hbArgs << hb << "4444";
    QTest::newRow("heartbeat: .env alone") << noFile << hbDotEnv << none << none << hb << "2222";

    const QByteArray portIni = "port=7001\n";
    const QByteArray portDotEnv = "PORT=7002\n";
    const QStringList portEnv{"PORT=7003"};
    const QStringList portArgs{"--port", "7004"};
    const QString port = QStringLiteral("port");
    QTest::newRow("port: default") << noFile << noFile << none << none << port << "6000";
    QTest::newRow("port: file") << portIni << noFile << none << none << port << "7001";
    QTest::newRow("port: file < .env PORT") << portIni << portDotEnv << none << none << port << "7002";
    QTest::newRow("port: .env < env PORT") << portIni << portDotEnv << portEnv << none << port << "7003";
    QTest::newRow("port: every layer") << portIni << portDotEnv << portEnv << portArgs << port << "7004";
    QTest::newRow("port: env PORT alone") << noFile << noFile << portEnv << none << port << "7003";
    QTest::newRow("port: env PARLEY_PORT")
        << noFile << noFile << QStringList{"PARLEY_PORT=7005"} << none << port << "7005";
    QTest::newRow("port: .env PARLEY_PORT < env PORT")
        << noFile << QByteArray("PARLEY_PORT=7006\n") << portEnv << none << port << "7003";
    QTest::newRow("port: --port=N") << portIni << portDotEnv << portEnv << QStringList{"--port=7007"} << port << "7007";
    QTest::newRow("port: zero means any") << noFile << noFile << none << QStringList{"--port", "0"} << port << "0";

    const QString strict = QStringLiteral("strict");
    QTest::newRow("strict: file") << QByteArray("strict=true\n") << noFile << none << none << strict << "true";
    QTest::newRow("strict: file < .env") << QByteArray("strict=true\n") << QByteArray("PARLEY_STRICT=false\n") << none
                                         << none << strict << "false";
    QTest::newRow("strict: .env < env") << noFile << QByteArray("PARLEY_STRICT=false\n")
                                        << QStringList{"PARLEY_STRICT=yes"} << none << strict << "true";
    QTest::newRow("strict: env < command line")
        << noFile << noFile << QStringList{"PARLEY_STRICT=off"} << QStringList{"--strict"} << strict << "true";

    const QString level = QStringLiteral("log-level");
    QTest::newRow("log-level: file") << QByteArray("log-level=debug\n") << noFile << none << none << level << "debug";
    QTest::newRow("log-level: every layer")
        << QByteArray("log-level=debug\n") << QByteArray("PARLEY_LOG_LEVEL=warning\n")
        << QStringList{"PARLEY_LOG_LEVEL=error"} << QStringList{"--log-level", "debug"} << level << "debug";
    QTest::newRow("log-level: file < .env < env")
        << QByteArray("log-level=debug\n") << QByteArray("PARLEY_LOG_LEVEL=warning\n")
        << QStringList{"PARLEY_LOG_LEVEL=error"} << none << level << "error";

    const QString host = QStringLiteral("host");
    QTest::newRow("host: file < .env") << QByteArray("host=10.0.0.1\n") << QByteArray("PARLEY_HOST=127.0.0.1\n") << none
                                       << none << host << "127.0.0.1";
    QTest::newRow("host: every layer") << QByteArray("host=10.0.0.1\n") << QByteArray("PARLEY_HOST=127.0.0.1\n")
                                       << QStringList{"PARLEY_HOST=::1"} << QStringList{"--host", "localhost"} << host
                                       << "localhost";
}

void TestConfigLoader::precedence()
{
    QFETCH(QByteArray, ini);
    QFETCH(QByteArray, dotEnv);
    QFETCH(QStringList, environment);
    QFETCH(QStringList, arguments);
    QFETCH(QString, flag);
    QFETCH(QString, expected);

    QStringList argv{QStringLiteral("parley")};
    if (!ini.isEmpty())
        argv << QStringLiteral("--config") << writeFile(QStringLiteral("parley.ini"), ini);
    if (!dotEnv.isEmpty())
        writeFile(QStringLiteral(".env"), dotEnv);
    argv << arguments;

    ConfigLoader loader(environmentOf(environment), m_dir->path());
    QCOMPARE(outcomeName(loader.load(argv)), QStringLiteral("run"));
    QVERIFY2(loader.errorText().isEmpty(), qPrintable(loader.errorText()));
    QCOMPARE(valueOf(loader.config(), flag), expected);
}

void TestConfigLoader::everyOptionThroughEveryLayer_data()
{
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("value");

    const QStringList layers{"file", ".env", "environment", "command line"};
    for (const ConfigOption &option : ConfigOption::table()) {
        if (option.name == QLatin1String("config"))
            continue; // selects the file itself; covered by its own tests
        for (const QString &layer : layers) {
            if (layer == QLatin1String("file") && !option.fileKey)
                continue;
            QTest::addRow("%s from %s", qPrintable(option.name), qPrintable(layer))
                << layer << option.name << nonDefaultValue(option);
        }
    }
}

void TestConfigLoader::everyOptionThroughEveryLayer()
{
    QFETCH(QString, layer);
    QFETCH(QString, flag);
    QFETCH(QString, value);

    const ConfigOption *option = ConfigOption::find(flag);
    QVERIFY(option);
    QVERIFY2(valueOf(ServerConfig(), flag) != value, "the test value must differ from the default");

    QStringList argv{QStringLiteral("parley")};
    QProcessEnvironment environment;
    if (layer == QLatin1String("file")) {
        argv << QStringLiteral("--config") << writeFile(QStringLiteral("parley.ini"), (flag + "=" + value).toUtf8());
    } else if (layer == QLatin1String(".env")) {
        writeFile(QStringLiteral(".env"), (option->environmentName() + "=" + value).toUtf8());
    } else if (layer == QLatin1String("environment")) {
        environment.insert(option->environmentName(), value);
    } else {
        argv << QStringLiteral("--") + flag;
        if (!option->isSwitch())
            argv << value;
    }

    ConfigLoader loader(environment, m_dir->path());
    QCOMPARE(outcomeName(loader.load(argv)), QStringLiteral("run"));
    QCOMPARE(valueOf(loader.config(), flag), value);
}

void TestConfigLoader::realEnvironmentIsNotRead()
{
    qputenv("PORT", "7777");
    qputenv("PARLEY_HEARTBEAT_INTERVAL", "7778");
    ConfigLoader loader(QProcessEnvironment(), m_dir->path());
    const ConfigLoader::Outcome outcome = loader.load({QStringLiteral("parley")});
    qunsetenv("PORT");
    qunsetenv("PARLEY_HEARTBEAT_INTERVAL");
    QCOMPARE(outcomeName(outcome), QStringLiteral("run"));
    QCOMPARE(loader.config().port, 6000);
    QCOMPARE(loader.config().heartbeatInterval, 1000);
}

void TestConfigLoader::dotEnvIsReadFromTheWorkingDirectoryOnly()
{
    writeFile(QStringLiteral(".env"), "PORT=7010\n");
    QTemporaryDir elsewhere;
    QVERIFY(elsewhere.isValid());

    ConfigLoader other(QProcessEnvironment(), elsewhere.path());
    QCOMPARE(outcomeName(other.load({QStringLiteral("parley")})), QStringLiteral("run"));
    QCOMPARE(other.config().port, 6000);

    ConfigLoader here(QProcessEnvironment(), m_dir->path());
    QCOMPARE(outcomeName(here.load({QStringLiteral("parley")})), QStringLiteral("run"));
    QCOMPARE(here.config().port, 7010);
}

void TestConfigLoader::everyOptionInHelp()
{
    ConfigLoader loader(QProcessEnvironment(), m_dir->path());
    const QString help = loader.helpText();
    QVERIFY(!ConfigOption::table().isEmpty());
    for (const ConfigOption &option : ConfigOption::table()) {
        QVERIFY2(help.contains(QStringLiteral("--") + option.name), qPrintable(option.name));
        QVERIFY2(help.contains(option.description.left(30)), qPrintable(option.name));
    }
    QVERIFY(help.contains(QLatin1String("--help")));
    QVERIFY(help.contains(QLatin1String("--version")));
    QVERIFY(help.contains(QLatin1String("PARLEY_")));
    QVERIFY(help.contains(QLatin1String("PORT")));
}

void TestConfigLoader::helpWarnsAboutPort6000()
{
    // PROTOCOL.md: --help says that browsers refuse the default port 6000.
    ConfigLoader loader(QProcessEnvironment(), m_dir->path());
    const QString help = loader.helpText();
    QVERIFY(help.contains(QLatin1String("6000")));
    QVERIFY(help.contains(QLatin1String("rowser")));
}

void TestConfigLoader::badValues_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QByteArray>("dotEnv");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");

    const QByteArray noFile;
    const QStringList none;

    QTest::newRow("--port 70000") << noFile << noFile << none << QStringList{"--port", "70000"}
                                  << QStringList{"--port", "70000", "command line"};
    QTest::newRow("--port -1") << noFile << noFile << none << QStringList{"--port", "-1"}
                               << QStringList{"--port", "-1"};
    QTest::newRow("--port=abc") << noFile << noFile << none << QStringList{"--port=abc"}
                                << QStringList{"--port", "abc"};
    QTest::newRow("--auth-delay abc") << noFile << noFile << none << QStringList{"--auth-delay", "abc"}
                                      << QStringList{"--auth-delay", "abc"};
    QTest::newRow("--auth-delay 1.5") << noFile << noFile << none << QStringList{"--auth-delay", "1.5"}
                                      << QStringList{"--auth-delay", "1.5"};
    QTest::newRow("--heartbeat-interval 5") << noFile << noFile << none << QStringList{"--heartbeat-interval", "5"}
                                            << QStringList{"--heartbeat-interval", "5"};
    QTest::newRow("--max-text 0") << noFile << noFile << none << QStringList{"--max-text", "0"}
                                  << QStringList{"--max-text"};
    QTest::newRow("--idle-timeout too large")
        << noFile << noFile << none << QStringList{"--idle-timeout", "99999999999"} << QStringList{"--idle-timeout"};
    QTest::newRow("--log-level verbose") << noFile << noFile << none << QStringList{"--log-level", "verbose"}
                                         << QStringList{"--log-level", "verbose"};
    QTest::newRow("unknown flag") << noFile << noFile << none << QStringList{"--bogus"} << QStringList{"bogus"};
    QTest::newRow("unknown flag with value")
        << noFile << noFile << none << QStringList{"--colour=red"} << QStringList{"colour"};
    QTest::newRow("missing value") << noFile << noFile << none << QStringList{"--port"} << QStringList{"port"};
    QTest::newRow("positional argument") << noFile << noFile << none << QStringList{"stray"} << QStringList{"stray"};
    QTest::newRow("missing config file") << noFile << noFile << none << QStringList{"--config", "%DIR%/nope.ini"}
                                         << QStringList{"--config", "%DIR%/nope.ini"};
    QTest::newRow("config file is a directory")
        << noFile << noFile << none << QStringList{"--config", "%DIR%"} << QStringList{"--config", "%DIR%"};
    QTest::newRow("unknown key in INI") << QByteArray("port=7000\nbogus=1\n") << noFile << none << none
                                        << QStringList{"bogus", "parley.ini"};
    QTest::newRow("key in an INI section")
        << QByteArray("[server]\nport=7000\n") << noFile << none << none << QStringList{"server/port"};
    QTest::newRow("headless in INI") << QByteArray("headless=true\n") << noFile << none << none
                                     << QStringList{"headless"};
    QTest::newRow("config in INI") << QByteArray("config=other.ini\n") << noFile << none << none
                                   << QStringList{"config"};
    QTest::newRow("bad number in INI") << QByteArray("port=abc\n") << noFile << none << none
                                       << QStringList{"--port", "abc", "parley.ini"};
    QTest::newRow("bad boolean in INI") << QByteArray("strict=maybe\n") << noFile << none << none
                                        << QStringList{"--strict", "maybe"};
    QTest::newRow("bad level in INI") << QByteArray("log-level=trace\n") << noFile << none << none
                                      << QStringList{"--log-level", "trace"};
    QTest::newRow("bad boolean in env") << noFile << noFile << QStringList{"PARLEY_STRICT=maybe"} << none
                                        << QStringList{"--strict", "maybe", "PARLEY_STRICT"};
    QTest::newRow("bad headless in env") << noFile << noFile << QStringList{"PARLEY_HEADLESS=2"} << none
                                         << QStringList{"--headless", "PARLEY_HEADLESS"};
    QTest::newRow("bad PORT in env") << noFile << noFile << QStringList{"PORT=http"} << none
                                     << QStringList{"--port", "http", "PORT"};
    QTest::newRow("bad number in env") << noFile << noFile << QStringList{"PARLEY_IDLE_TIMEOUT=-5"} << none
                                       << QStringList{"--idle-timeout", "PARLEY_IDLE_TIMEOUT"};
    QTest::newRow("bad level in env") << noFile << noFile << QStringList{"PARLEY_LOG_LEVEL=loud"} << none
                                      << QStringList{"--log-level", "loud", "PARLEY_LOG_LEVEL"};
    QTest::newRow("bad PORT in .env") << noFile << QByteArray("PORT=99999\n") << none << none
                                      << QStringList{"--port", "99999", ".env"};
    QTest::newRow("bad boolean in .env") << noFile << QByteArray("PARLEY_STRICT=sure\n") << none << none
                                         << QStringList{"--strict", "sure", ".env"};
}

void TestConfigLoader::badValues()
{
    QFETCH(QByteArray, ini);
    QFETCH(QByteArray, dotEnv);
    QFETCH(QStringList, environment);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);

    QStringList argv{QStringLiteral("parley")};
    if (!ini.isEmpty())
        argv << QStringLiteral("--config") << writeFile(QStringLiteral("parley.ini"), ini);
    if (!dotEnv.isEmpty())
        writeFile(QStringLiteral(".env"), dotEnv);
    for (const QString &argument : std::as_const(arguments))
        argv << withDir(argument);

    ConfigLoader loader(environmentOf(environment), m_dir->path());
    QCOMPARE(outcomeName(loader.load(argv)), QStringLiteral("error"));
    const QString error = loader.errorText();
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(error.contains(withDir(mention)), qPrintable(QStringLiteral("'%1' not in: %2").arg(mention, error)));
}

void TestConfigLoader::unreadableConfigFile()
{
    const QString path = writeFile(QStringLiteral("secret.ini"), "port=7000\n");
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("running with privileges that read any file (root)");

    ConfigLoader loader(QProcessEnvironment(), m_dir->path());
    QCOMPARE(outcomeName(loader.load({QStringLiteral("parley"), QStringLiteral("--config"), path})),
             QStringLiteral("error"));
    QVERIFY2(loader.errorText().contains(QLatin1String("--config")), qPrintable(loader.errorText()));
    QVERIFY2(loader.errorText().contains(path), qPrintable(loader.errorText()));
}

void TestConfigLoader::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("outcome");

    QTest::newRow("--help") << QStringList{"--help"} << "help";
    QTest::newRow("-h") << QStringList{"-h"} << "help";
    QTest::newRow("--version") << QStringList{"--version"} << "version";
    QTest::newRow("-v") << QStringList{"-v"} << "version";
    QTest::newRow("--help with other options") << QStringList{"--port", "7000", "--help"} << "help";
    QTest::newRow("--help beats a bad value") << QStringList{"--port", "70000", "--help"} << "help";
    QTest::newRow("--version beats a bad value") << QStringList{"--log-level", "loud", "--version"} << "version";
    QTest::newRow("no arguments") << QStringList() << "run";
}

void TestConfigLoader::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, outcome);

    ConfigLoader loader(QProcessEnvironment(), m_dir->path());
    QCOMPARE(outcomeName(loader.load(QStringList{QStringLiteral("parley")} + arguments)), outcome);
}

void TestConfigLoader::parleyConfigSelectsFile()
{
    const QString path = writeFile(QStringLiteral("from-env.ini"), "port=7020\nauth-delay=250\n");
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PARLEY_CONFIG"), path);

    ConfigLoader loader(environment, m_dir->path());
    QCOMPARE(outcomeName(loader.load({QStringLiteral("parley")})), QStringLiteral("run"));
    QCOMPARE(loader.config().port, 7020);
    QCOMPARE(loader.config().authDelay, 250);
    QCOMPARE(loader.config().configFile, path);

    QProcessEnvironment missing;
    missing.insert(QStringLiteral("PARLEY_CONFIG"), m_dir->filePath(QStringLiteral("absent.ini")));
    ConfigLoader failing(missing, m_dir->path());
    QCOMPARE(outcomeName(failing.load({QStringLiteral("parley")})), QStringLiteral("error"));
    QVERIFY2(failing.errorText().contains(QLatin1String("absent.ini")), qPrintable(failing.errorText()));
}

void TestConfigLoader::configFlagBeatsParleyConfig()
{
    const QString fromEnv = writeFile(QStringLiteral("from-env.ini"), "port=7020\n");
    const QString fromFlag = writeFile(QStringLiteral("from-flag.ini"), "port=7021\n");
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PARLEY_CONFIG"), fromEnv);

    ConfigLoader loader(environment, m_dir->path());
    QCOMPARE(outcomeName(loader.load({QStringLiteral("parley"), QStringLiteral("--config"), fromFlag})),
             QStringLiteral("run"));
    QCOMPARE(loader.config().port, 7021);
    QCOMPARE(loader.config().configFile, fromFlag);
}

void TestConfigLoader::iniValueWithCommaIsJoined_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("host");

    QTest::newRow("two parts") << QByteArray("host=a,b\n") << "a,b";
    QTest::newRow("three parts") << QByteArray("host=a,b,c\n") << "a,b,c";
    QTest::newRow("quoted") << QByteArray("host=\"a,b\"\n") << "a,b";
    QTest::newRow("no comma") << QByteArray("host=example.org\n") << "example.org";
    // '#' comments, as operators write them, are skipped like ';' ones.
    QTest::newRow("hash comments") << QByteArray("#port=6000\n# a note\nhost=example.org\n;port=1\n") << "example.org";
}

void TestConfigLoader::iniValueWithCommaIsJoined()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, host);

    const QString path = writeFile(QStringLiteral("parley.ini"), line);
    ConfigLoader loader(QProcessEnvironment(), m_dir->path());
    QCOMPARE(outcomeName(loader.load({QStringLiteral("parley"), QStringLiteral("--config"), path})),
             QStringLiteral("run"));
    QCOMPARE(loader.config().host, host);
}

void TestConfigLoader::iniFileSyntax()
{
    const QString path = writeFile(QStringLiteral("parley.ini"), "; a comment\n"
                                                                 "[General]\n"
                                                                 "port = 7030\n"
                                                                 "strict=yes\n"
                                                                 "\n"
                                                                 "log-level=warning\n"
                                                                 "channel-linger=0\n");
    ConfigLoader loader(QProcessEnvironment(), m_dir->path());
    QCOMPARE(outcomeName(loader.load({QStringLiteral("parley"), QStringLiteral("--config"), path})),
             QStringLiteral("run"));
    QVERIFY2(loader.errorText().isEmpty(), qPrintable(loader.errorText()));
    QCOMPARE(loader.config().port, 7030);
    QCOMPARE(loader.config().strict, true);
    QCOMPARE(loader.config().logLevel, QStringLiteral("warning"));
    QCOMPARE(loader.config().channelLinger, 0);
    QCOMPARE(loader.config().heartbeatInterval, 1000);
    QCOMPARE(loader.config().configFile, path);
}

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"
