// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <functional>

class QSslConfiguration;
class QTcpServer;
class QTcpSocket;

/**
 * The listening socket Parley owns: it accepts TCP connections, tunes them (no Nagle delay, a deep accept
 * backlog), reads the request head without consuming it, and passes WebSocket upgrades on; a plain HTTP
 * GET is answered here (health, metrics, the browser client) instead of being refused. With TLS on, the
 * same happens after the TLS handshake, so https and wss share the port as http and ws do.
 * @note Lives on the network thread.
 */
class FrontDoor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrontDoor)

public:
    /// An HTTP answer: status line text (e.g. "200 OK"), content type and body.
    struct Response
    {
        QByteArray status;
        QByteArray contentType;
        QByteArray body;
    };
    using HttpHandler = std::function<Response(const QByteArray &method, const QByteArray &path)>;

    static constexpr int MaxHeadBytes = 16 * 1024;

    /// @p http answers plain requests; when empty, plain requests get 426 Upgrade Required.
    FrontDoor(int handshakeTimeoutMs, HttpHandler http, QObject *parent = nullptr);

    /// Makes every later connection TLS (wss and https); call before listen().
    void useTls(const QSslConfiguration &tls);
    bool listen(const QHostAddress &address, quint16 port);
    void close();
    bool isListening() const;
    quint16 port() const;
    QString errorString() const;

Q_SIGNALS:
    /// A connection asked for a WebSocket upgrade; its request is still unread in the socket.
    void upgradeRequested(QTcpSocket *socket);

private:
    void adopt(QTcpServer *server);
    void onNewConnection();
    void inspect(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &head);

    QTcpServer *m_server;
    int m_handshakeTimeoutMs;
    HttpHandler m_http;
};
