// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// wss:// with a certificate made at test time, https on the same port, every TLS start-up error, and the
// origin check.
#include "epolltestmain.h"
#include "testclient.h"
#include "testserver.h"

#include <QNetworkRequest>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

class tst_Tls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wssHappyPath();
    void httpsOnTheSamePort_data();
    void httpsOnTheSamePort();
    void stalledTlsHandshakeIsDropped();
    void startupErrors_data();
    void startupErrors();
    void allowedOriginConnects_data();
    void allowedOriginConnects();

private:
    bool makeCertificate(const QString &name);
    ServerConfig tlsConfig() const;
    QString path(const QString &file) const { return m_dir.filePath(file); }

    QTemporaryDir m_dir;
};

bool tst_Tls::makeCertificate(const QString &name)
{
    QProcess openssl;
    openssl.start("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                              "-keyout", path(name + "-key.pem"), "-out", path(name + "-cert.pem")});
    return openssl.waitForFinished(30000) && openssl.exitCode() == 0;
}

void tst_Tls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(makeCertificate("a"), "the openssl command is needed to make test certificates");
    QVERIFY(makeCertificate("b"));
    QFile garbage(path("garbage.pem"));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
}

ServerConfig tst_Tls::tlsConfig() const
{
    ServerConfig config = TestServer::fastConfig();
    config.tlsCert = path("a-cert.pem");
    config.tlsKey = path("a-key.pem");
    return config;
}

void tst_Tls::wssHappyPath()
{
    TestServer server(tlsConfig());
    QVERIFY(server.isListening());
    QCOMPARE(server.server().url().scheme(), QStringLiteral("wss"));
    TestClient client;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // self-signed for the test
    client.socket().setSslConfiguration(tls);
    QVERIFY(client.open(QUrl(QStringLiteral("wss://127.0.0.1:%1/secret").arg(server.server().port()))));
    QCOMPARE(client.waitFor("connection").value("id").toString(), QStringLiteral("secret"));
    QVERIFY(client.identifyAndAuthenticate("secure"));
    client.say("over TLS");
    QCOMPARE(client.waitFor("message").value("text").toString(), QStringLiteral("over TLS"));

    // A plain ws:// client cannot talk to the wss:// port.
    TestClient plain;
    QVERIFY(!plain.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/secret").arg(server.server().port())), 2000));
}

void tst_Tls::httpsOnTheSamePort_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("health") << QByteArray("/healthz") << QByteArray("200 OK") << QByteArray("ok");
    QTest::newRow("metrics") << QByteArray("/metrics") << QByteArray("200 OK") << QByteArray("parley_connections ");
    QTest::newRow("browser client") << QByteArray("/") << QByteArray("200 OK") << QByteArray("<!DOCTYPE html>");
}

void tst_Tls::httpsOnTheSamePort()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, body);
    TestServer server(tlsConfig());
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone); // self-signed for the test
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.server().port());
    // The server shares this thread: wait in the event loop, not in a blocking waitFor call.
    QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), 5000);
    socket.write("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QByteArray response;
    QTRY_VERIFY_WITH_TIMEOUT((response += socket.readAll()).contains(body), 5000);
    QVERIFY2(response.startsWith("HTTP/1.1 " + status), response.left(200).constData());
}

void tst_Tls::stalledTlsHandshakeIsDropped()
{
    // A peer that opens TCP and never starts TLS must not keep a socket past the handshake timeout.
    ServerConfig config = tlsConfig();
    config.handshakeTimeout = 300;
    TestServer server(config);
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), server.server().port());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 3000);
}

void tst_Tls::startupErrors_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("named");
    QTest::newRow("missing certificate") << "nonexistent.pem"
                                         << "a-key.pem"
                                         << "--tls-cert";
    QTest::newRow("missing key") << "a-cert.pem"
                                 << "nonexistent.pem"
                                 << "--tls-key";
    QTest::newRow("key of another certificate") << "a-cert.pem"
                                                << "b-key.pem"
                                                << "--tls-key";
    QTest::newRow("garbage certificate") << "garbage.pem"
                                         << "a-key.pem"
                                         << "--tls-cert";
    QTest::newRow("certificate as key") << "a-cert.pem"
                                        << "a-cert.pem"
                                        << "--tls-key";
    QTest::newRow("certificate without key") << "a-cert.pem"
                                             << ""
                                             << "--tls-cert";
}

void tst_Tls::startupErrors()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, named);
    ServerConfig config = TestServer::fastConfig();
    config.tlsCert = cert.isEmpty() ? QString() : path(cert);
    config.tlsKey = key.isEmpty() ? QString() : path(key);
    ChatServer server(config);
    QString error;
    QVERIFY(!server.listen(&error));
    QVERIFY2(error.startsWith(named), qPrintable(error));
    QVERIFY(!server.url().isValid());
}

void tst_Tls::allowedOriginConnects_data()
{
    QTest::addColumn<QString>("origin");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("listed") << "https://chat.example" << true;
    QTest::newRow("second listed") << "http://localhost:8080" << true;
    QTest::newRow("not listed") << "https://evil.example" << false;
    QTest::newRow("no origin (not a browser)") << "" << true;
}

void tst_Tls::allowedOriginConnects()
{
    QFETCH(QString, origin);
    QFETCH(bool, accepted);
    ServerConfig config = TestServer::fastConfig();
    config.allowedOrigins = QStringLiteral("https://chat.example, http://localhost:8080");
    TestServer server(config);
    TestClient client;
    QNetworkRequest request(server.url("room"));
    if (!origin.isEmpty())
        request.setRawHeader("Origin", origin.toUtf8());
    client.socket().open(request);
    if (accepted) {
        QCOMPARE(client.waitFor("connection").value("id").toString(), QStringLiteral("room"));
    } else {
        QTest::qWait(500);
        QCOMPARE(client.countOfType("connection"), 0);
        QVERIFY(!client.isConnected());
    }
}

PARLEY_EPOLL_TEST_MAIN(tst_Tls)
#include "tst_tls.moc"
