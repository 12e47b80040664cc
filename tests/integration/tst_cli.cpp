// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// The parley binary as operators and the original server's clients meet it: flags, environment, signals.
#include "epolltestmain.h"
#include "parleyprocess.h"
#include "testclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {

const QStringList FastTimers = {"--heartbeat-interval", "100", "--heartbeat-timeout", "500", "--auth-delay", "300"};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badValueExitsWithOneLine_data();
    void badValueExitsWithOneLine();
    void portInUseExitsNonZero();
    void helpListsEveryFlag();
    void headlessRunsWithoutDisplay_data();
    void headlessRunsWithoutDisplay();
    void sigtermClosesWith1001AndExitsZero();
    void portFromDotEnvAndEnvironment();
    void jsonLogFormat();
    void originalClientsKeepWorking();
};

void tst_Cli::badValueExitsWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("port out of range") << QStringList{"--port", "70000"} << "--port";
    QTest::newRow("delay not a number") << QStringList{"--auth-delay", "abc"} << "--auth-delay";
    QTest::newRow("negative interval") << QStringList{"--heartbeat-interval", "-5"} << "--heartbeat-interval";
    QTest::newRow("unknown flag") << QStringList{"--bogus"} << "bogus";
    QTest::newRow("missing config") << QStringList{"--config", "/nonexistent/parley.ini"} << "--config";
    QTest::newRow("bad log level") << QStringList{"--log-level", "loud"} << "--log-level";
    QTest::newRow("missing certificate") << QStringList{"--tls-cert", "/nonexistent/cert.pem", "--tls-key",
                                                        "/nonexistent/key.pem"}
                                         << "--tls-cert";
    QTest::newRow("rate not a number") << QStringList{"--rate", "fast"} << "--rate";
    QTest::newRow("host not an address") << QStringList{"--host", "not an address"} << "--host";
}

void tst_Cli::badValueExitsWithOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    QProcess process;
    process.setProcessEnvironment(ParleyProcess::cleanEnvironment());
    process.start(PARLEY_BINARY, QStringList{"--headless"} + arguments);
    QVERIFY(process.waitForFinished(10000));
    QVERIFY(process.exitCode() != 0);
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    QVERIFY2(!err.contains('\n'), qPrintable(err));
    QVERIFY2(err.startsWith("parley: ") && err.contains(named), qPrintable(err));
    QVERIFY(!err.contains("listening"));
}

void tst_Cli::portInUseExitsNonZero()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::Any, 0));
    QProcess process;
    process.setProcessEnvironment(ParleyProcess::cleanEnvironment());
    process.start(PARLEY_BINARY, {"--headless", "--port", QString::number(occupier.serverPort())});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains("parley: --port: cannot listen"), qPrintable(err));
}

void tst_Cli::helpListsEveryFlag()
{
    QProcess process;
    process.start(PARLEY_BINARY, {"--headless", "--help"});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *flag : {"--headless", "--host", "--port", "--heartbeat-interval", "--heartbeat-timeout",
                             "--auth-delay", "--idle-timeout", "--max-text", "--channel-linger", "--strict", "--config",
                             "--log-level", "--help", "--version"})
        QVERIFY2(help.contains(QLatin1String(flag)), flag);
    QVERIFY(help.contains("6000"));
    QVERIFY(help.contains("PARLEY_"));
}

void tst_Cli::headlessRunsWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--headless") << QStringList{"--headless"};
    QTest::newRow("no display, no flag") << QStringList{};
}

void tst_Cli::headlessRunsWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QProcessEnvironment env = ParleyProcess::cleanEnvironment();
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    ParleyProcess parley(PARLEY_BINARY);
    QProcess &process = parley.process();
    const quint16 port = parley.start(arguments + QStringList{"--host", "127.0.0.1", "--port", "0"}, env);
    QVERIFY(port != 0);
    TestClient client;
    QVERIFY(client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/fishing").arg(port))));
    QCOMPARE(client.waitFor("connection").value("id").toString(), QStringLiteral("fishing"));
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);
}

void tst_Cli::sigtermClosesWith1001AndExitsZero()
{
    ParleyProcess parley(PARLEY_BINARY);
    QProcess &process = parley.process();
    const quint16 port = parley.start(QStringList{"--headless", "--host", "127.0.0.1", "--port", "0"} + FastTimers);
    QVERIFY(port != 0);
    QList<TestClient *> clients;
    for (int i = 0; i < 5; ++i) {
        auto *client = new TestClient(this);
        QVERIFY(client->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/room%2").arg(port).arg(i % 2))));
        clients.append(client);
    }
    QElapsedTimer timer;
    timer.start();
    ::kill(pid_t(process.processId()), SIGTERM);
    for (TestClient *client : clients) {
        QVERIFY(client->waitForDisconnected(3000));
        QCOMPARE(client->closeCode(), 1001);
    }
    // The event loop may already have seen it exit while the clients waited: then waitForFinished says false.
    QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(3000));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    qDeleteAll(clients);
}

void tst_Cli::portFromDotEnvAndEnvironment()
{
    QTemporaryDir dir;
    const quint16 dotEnvPort = freePort();
    QFile dotEnv(dir.filePath(".env"));
    QVERIFY(dotEnv.open(QIODevice::WriteOnly));
    dotEnv.write(QStringLiteral("# the original's file\nPORT=%1\n").arg(dotEnvPort).toUtf8());
    dotEnv.close();
    {
        ParleyProcess parley(PARLEY_BINARY);
        QProcess &process = parley.process();
        QCOMPARE(parley.start({"--headless", "--host", "127.0.0.1"}, ParleyProcess::cleanEnvironment(), dir.path()),
                 dotEnvPort);
        process.terminate();
        QVERIFY(process.waitForFinished(5000));
    }
    const quint16 envPort = freePort();
    QProcessEnvironment env = ParleyProcess::cleanEnvironment();
    env.insert("PORT", QString::number(envPort));
    {
        ParleyProcess parley(PARLEY_BINARY);
        QProcess &process = parley.process();
        QCOMPARE(parley.start({"--headless", "--host", "127.0.0.1"}, env, dir.path()), envPort);
        process.terminate();
        QVERIFY(process.waitForFinished(5000));
    }
}

void tst_Cli::jsonLogFormat()
{
    ParleyProcess parley(PARLEY_BINARY);
    QVERIFY(parley.start({"--headless", "--host", "127.0.0.1", "--port", "0", "--log-format", "json"}) != 0);
    QProcess &process = parley.process();
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    const QByteArray rest = process.readAllStandardError().trimmed();
    QVERIFY(!rest.isEmpty());
    for (const QByteArray &line : rest.split('\n')) {
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        QVERIFY2(!record.isEmpty(), line.constData());
        QVERIFY(record.value("time").toString().endsWith('Z'));
        QVERIFY(!record.value("level").toString().isEmpty());
        QVERIFY(record.value("category").toString().startsWith("parley."));
        QVERIFY(!record.value("message").toString().isEmpty());
    }
}

void tst_Cli::originalClientsKeepWorking()
{
    // The exact exchange of the original server's README, against the real binary.
    ParleyProcess parley(PARLEY_BINARY);
    QProcess &process = parley.process();
    const quint16 port = parley.start(QStringList{"--headless", "--host", "127.0.0.1", "--port", "0"} + FastTimers);
    QVERIFY(port != 0);
    TestClient fisher, friendOfFisher;
    QVERIFY(fisher.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/fishing").arg(port))));
    QVERIFY(friendOfFisher.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/fishing").arg(port))));
    QCOMPARE(fisher.waitFor("connection"), QJsonObject({{"type", "connection"}, {"id", "fishing"}}));
    const QJsonObject beat = fisher.waitFor("heartbeat");
    QCOMPARE(beat, QJsonObject({{"type", "heartbeat"}, {"authenticated", false}}));
    fisher.sendText(R"({"type":"identity","user":"fishing_beast_5000"})");
    QCOMPARE(fisher.waitFor("identity"), QJsonObject({{"type", "identity"}, {"success", true}}));
    QVERIFY(fisher.waitForHeartbeat(true));
    fisher.sendText(R"({"type":"message","text":"I heard you have the best luck fishing in the morning"})");
    const QJsonObject message = friendOfFisher.waitFor("message");
    QCOMPARE(message.value("type").toString(), QStringLiteral("message"));
    QCOMPARE(message.value("text").toString(), QStringLiteral("I heard you have the best luck fishing in the morning"));
    QCOMPARE(message.value("user").toString(), QStringLiteral("fishing_beast_5000"));
    QVERIFY(message.value("timestamp").toDouble() > 1.6e12);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

PARLEY_EPOLL_TEST_MAIN(tst_Cli)
#include "tst_cli.moc"
