// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// Behind a reverse proxy (--trusted-proxies): limits and bans see the client's address from X-Forwarded-For,
// and only when the proxy is trusted.
#include "epolltestmain.h"
#include "testclient.h"
#include "testserver.h"

#include <QtTest>

class tst_Proxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perAddressLimitCountsForwardedClients();
    void untrustedPeerCannotForgeItsAddress();
    void addressBanReachesForwardedClient();
    void badProxyListStopsStartup();

private:
    static ServerConfig proxiedConfig(const QString &trusted);
    /// Opens @p client on @p channel as if a proxy forwarded it for @p forwardedFor; true once welcomed.
    static bool openVia(TestServer &server, TestClient &client, const QString &channel, const QByteArray &forwardedFor);
};

ServerConfig tst_Proxy::proxiedConfig(const QString &trusted)
{
    ServerConfig config = TestServer::fastConfig();
    config.trustedProxies = trusted;
    config.maxPerAddress = 1;
    return config;
}

bool tst_Proxy::openVia(TestServer &server, TestClient &client, const QString &channel, const QByteArray &forwardedFor)
{
    QNetworkRequest request(server.url(channel));
    request.setRawHeader("X-Forwarded-For", forwardedFor);
    return client.open(request) && !client.waitFor("connection", 2000).isEmpty();
}

void tst_Proxy::perAddressLimitCountsForwardedClients()
{
    // Every connection comes from 127.0.0.1 (the "proxy"); with one connection per address allowed, two
    // different forwarded clients both get in and a second connection of the first does not.
    TestServer server(proxiedConfig(QStringLiteral("127.0.0.0/8, ::1")));
    TestClient first, second, again;
    QVERIFY(openVia(server, first, "room", "198.51.100.7, 203.0.113.1"));
    QVERIFY(openVia(server, second, "room", "203.0.113.2"));
    QVERIFY(!openVia(server, again, "room", "203.0.113.1"));
    QVERIFY(again.waitForDisconnected());
    QVERIFY(first.isConnected() && second.isConnected());
}

void tst_Proxy::untrustedPeerCannotForgeItsAddress()
{
    TestServer server(proxiedConfig(QStringLiteral("10.0.0.0/8")));
    TestClient first, forged;
    QVERIFY(openVia(server, first, "room", "203.0.113.1"));
    // Not from a trusted proxy: the header is the client's own claim and counts for nothing.
    QVERIFY(!openVia(server, forged, "room", "203.0.113.2"));
    QVERIFY(forged.waitForDisconnected());
}

void tst_Proxy::addressBanReachesForwardedClient()
{
    ServerConfig config = proxiedConfig(QStringLiteral("127.0.0.1"));
    config.maxPerAddress = 0;
    TestServer server(config);
    server.server().banAddress(QStringLiteral("room"), QStringLiteral("203.0.113.9"), 0, QStringLiteral("abuse"));
    TestClient banned, bystander;
    QVERIFY(openVia(server, bystander, "room", "203.0.113.10"));
    QVERIFY(openVia(server, banned, "room", "203.0.113.9"));
    QVERIFY(banned.waitForDisconnected());
    QCOMPARE(banned.closeCode(), 4003);
    QTest::qWait(200);
    QVERIFY(bystander.isConnected());
}

void tst_Proxy::badProxyListStopsStartup()
{
    ServerConfig config = proxiedConfig(QStringLiteral("127.0.0.1, 10.0.0.0/33"));
    ChatServer server(config);
    QString error;
    QVERIFY(!server.listen(&error));
    QVERIFY2(error.startsWith(QLatin1String("--trusted-proxies: '10.0.0.0/33'")), qPrintable(error));
}

PARLEY_EPOLL_TEST_MAIN(tst_Proxy)
#include "tst_proxy.moc"
