// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// Plain HTTP on the WebSocket port: health, metrics, the browser client, and what a bad request gets.
#include "epolltestmain.h"
#include "rawclient.h"
#include "testclient.h"
#include "testserver.h"

#include <QtTest>

class tst_Http : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthz();
    void metricsCountWhatHappens();
    void browserClientIsServed();
    void unknownPathAndMethod();
    void noHttpAnswers426();
    void oversizedHeadIsRefused();
    void websocketStillUpgrades();

private:
    static QByteArray get(quint16 port, const QByteArray &request);
};

QByteArray tst_Http::get(quint16 port, const QByteArray &request)
{
    RawClient client;
    if (!client.connectTo(port))
        return {};
    client.socket().write(request);
    client.waitForDisconnected(5000);
    return client.received();
}

void tst_Http::healthz()
{
    TestServer server;
    const QByteArray answer = get(server.server().port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QVERIFY2(answer.endsWith("\r\n\r\nok\n"), answer.toHex().constData());
}

void tst_Http::metricsCountWhatHappens()
{
    TestServer server;
    TestClient client;
    QVERIFY(client.open(server.url("room")));
    QVERIFY(client.identifyAndAuthenticate("counter"));
    client.say("counted");
    client.sendText("not json");
    QVERIFY(!client.waitFor("error").isEmpty());
    QVERIFY(!client.waitFor("message").isEmpty());
    const QString metrics = QString::fromUtf8(get(server.server().port(), "GET /metrics HTTP/1.1\r\n\r\n"));
    QVERIFY2(metrics.startsWith("HTTP/1.1 200 OK"), qPrintable(metrics));
    QVERIFY(metrics.contains("Content-Type: text/plain; version=0.0.4"));
    for (const char *line :
         {"# TYPE parley_connections gauge", "parley_connections 1\n", "parley_authenticated_users 1\n",
          "parley_messages_accepted_total 1\n", "parley_deliveries_total 1\n",
          "parley_frames_in_total{type=\"message\"} 1\n", "parley_errors_total{code=\"bad_json\"} 1\n",
          "# HELP parley_heartbeat_sweep_seconds", "parley_history_queue ", "parley_slow_client_disconnects_total 0\n"})
        QVERIFY2(metrics.contains(QLatin1String(line)), line);
    client.close();
    QVERIFY(client.waitForDisconnected());
    QTRY_VERIFY(QString::fromUtf8(get(server.server().port(), "GET /metrics HTTP/1.1\r\n\r\n"))
                    .contains("parley_closes_total{code=\"1000\"} 1\n"));
}

void tst_Http::browserClientIsServed()
{
    TestServer server;
    const QByteArray page = get(server.server().port(), "GET / HTTP/1.1\r\n\r\n");
    QVERIFY2(page.startsWith("HTTP/1.1 200 OK"), page.left(200).constData());
    QVERIFY(page.contains("Content-Type: text/html"));
    QVERIFY(page.toLower().contains("<html"));
    const QByteArray script = get(server.server().port(), "GET /app.js HTTP/1.1\r\n\r\n");
    QVERIFY(script.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(script.contains("Content-Type: text/javascript"));
}

void tst_Http::unknownPathAndMethod()
{
    TestServer server;
    QVERIFY(get(server.server().port(), "GET /nope HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 404"));
    QVERIFY(get(server.server().port(), "GET /../etc/passwd HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 404"));
    QVERIFY(get(server.server().port(), "POST /healthz HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 405"));
    const QByteArray head = get(server.server().port(), "HEAD /healthz HTTP/1.1\r\n\r\n");
    QVERIFY(head.startsWith("HTTP/1.1 200"));
    QVERIFY(head.endsWith("\r\n\r\n"));
}

void tst_Http::noHttpAnswers426()
{
    ServerConfig config = TestServer::fastConfig();
    config.noHttp = true;
    TestServer server(config);
    QVERIFY(get(server.server().port(), "GET /healthz HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 426"));
    QVERIFY(get(server.server().port(), "GET /metrics HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 426"));
}

void tst_Http::oversizedHeadIsRefused()
{
    TestServer server;
    QByteArray request = "GET / HTTP/1.1\r\nX-Padding: " + QByteArray(20000, 'a');
    QVERIFY(get(server.server().port(), request).startsWith("HTTP/1.1 431"));
}

void tst_Http::websocketStillUpgrades()
{
    TestServer server;
    RawClient raw;
    QVERIFY(raw.connectTo(server.server().port()));
    QVERIFY(raw.handshake("/room"));
    TestClient client;
    QVERIFY(client.open(server.url("room")));
    QCOMPARE(client.waitFor("connection").value("id").toString(), QStringLiteral("room"));
}

PARLEY_EPOLL_TEST_MAIN(tst_Http)
#include "tst_http.moc"
