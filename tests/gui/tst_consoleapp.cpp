// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// The parley executable in console mode (no --headless): it serves clients while the window is open, and
// SIGTERM shuts it down cleanly, exactly as headless.
#include "testclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

class tst_ConsoleApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesAndShutsDownCleanly_data();
    void servesAndShutsDownCleanly();

private:
    /// Starts parley and returns the port from its "listening on" log line, or 0.
    static quint16 start(QProcess &process, const QStringList &arguments);
};

quint16 tst_ConsoleApp::start(QProcess &process, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.remove("QT_LOGGING_RULES");
    env.remove("PARLEY_HEADLESS");
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(PARLEY_BINARY, arguments);
    if (!process.waitForStarted(5000))
        return 0;
    static const QRegularExpression listening(QStringLiteral("listening on ws://[^:]+:(\\d+)"));
    QByteArray log;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        log += process.readAllStandardError();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(log));
        if (match.hasMatch())
            return quint16(match.captured(1).toUInt());
    }
    qWarning("parley did not report listening: %s", log.constData());
    return 0;
}

void tst_ConsoleApp::servesAndShutsDownCleanly_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("system locale") << QString();
    QTest::newRow("--lang de") << QStringLiteral("de");
}

void tst_ConsoleApp::servesAndShutsDownCleanly()
{
    QFETCH(QString, language);
    QProcess process;
    QStringList arguments{"--host", "127.0.0.1", "--port", "0", "--log-level", "info", "--auth-delay", "200"};
    if (!language.isEmpty())
        arguments << "--lang" << language;
    const quint16 port = start(process, arguments);
    QVERIFY(port != 0);

    TestClient client;
    QVERIFY(client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/fishing").arg(port))));
    QVERIFY(client.identifyAndAuthenticate("fishing_beast_5000", 10000));
    client.say("still here with a window open");
    QCOMPARE(client.waitFor("message").value("text").toString(), QString("still here with a window open"));

    process.terminate();
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(client.closeCode(), 1001);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // Log lines stay English whatever the console's language.
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains("stopped"));
}

QTEST_GUILESS_MAIN(tst_ConsoleApp)
#include "tst_consoleapp.moc"
