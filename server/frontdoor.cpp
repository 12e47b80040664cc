// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "frontdoor.h"

#include "logcategories.h"
#include "tcplistener.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr int ListenBacklog = 4096;

bool wantsWebSocket(const QByteArray &head)
{
    // Header names and the token are case-insensitive; browsers send "Upgrade: websocket".
    return head.toLower().contains("\nupgrade: websocket") || head.toLower().contains("\nupgrade:websocket");
}

} // namespace

FrontDoor::FrontDoor(int handshakeTimeoutMs, HttpHandler http, QObject *parent)
    : QObject(parent)
    , m_server(nullptr)
    , m_handshakeTimeoutMs(handshakeTimeoutMs)
    , m_http(std::move(http))
{
    adopt(new TcpListener(this));
}

void FrontDoor::adopt(QTcpServer *server)
{
    delete m_server;
    m_server = server;
    // The default of 50 overflows under a connect storm and costs clients a 1 s SYN retransmit.
    m_server->setListenBacklogSize(ListenBacklog);
    m_server->setMaxPendingConnections(ListenBacklog);
    // Not newConnection: a TLS server emits that at accept, before the handshake has made the socket usable.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FrontDoor::onNewConnection);
}

void FrontDoor::useTls(const QSslConfiguration &tls)
{
    auto *server = new QSslServer(this);
    server->setSslConfiguration(tls);
    // A peer that stalls in the TLS handshake is dropped as one that stalls in the HTTP head.
    server->setHandshakeTimeout(m_handshakeTimeoutMs);
    connect(server, &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError) {
        qCDebug(lcServer).noquote() << "TLS handshake failed:" << socket->errorString();
    });
    adopt(server);
}

bool FrontDoor::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

void FrontDoor::close()
{
    m_server->close();
}

bool FrontDoor::isListening() const
{
    return m_server->isListening();
}

quint16 FrontDoor::port() const
{
    return m_server->serverPort();
}

QString FrontDoor::errorString() const
{
    return m_server->errorString();
}

void FrontDoor::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        // Chat frames are small and latency matters: no waiting for more data to fill a segment.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // Slowloris: a connection that has not sent its whole request head by then is dropped.
        QTimer::singleShot(m_handshakeTimeoutMs, socket, [socket] {
            if (socket->property("parley.handedOver").isNull())
                socket->abort();
        });
        // The TLS handshake may have brought the request head along before we were listening for it.
        if (socket->bytesAvailable() > 0)
            inspect(socket);
    }
}

void FrontDoor::inspect(QTcpSocket *socket)
{
    const QByteArray head = socket->peek(MaxHeadBytes);
    if (!head.contains("\r\n\r\n")) {
        if (head.size() >= MaxHeadBytes) {
            socket->write("HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        }
        return;
    }
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    if (wantsWebSocket(head)) {
        socket->setProperty("parley.handedOver", true);
        disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        Q_EMIT upgradeRequested(socket);
        return;
    }
    answer(socket, head);
}

void FrontDoor::answer(QTcpSocket *socket, const QByteArray &head)
{
    const QList<QByteArray> requestLine = head.split('\n').first().trimmed().split(' ');
    const QByteArray method = requestLine.value(0);
    const QByteArray path = requestLine.value(1);
    Response response{"426 Upgrade Required", "text/plain; charset=utf-8", "This is a WebSocket server.\n"};
    if (method != "GET" && method != "HEAD")
        response = {"405 Method Not Allowed", "text/plain; charset=utf-8", "Only GET and HEAD.\n"};
    else if (m_http)
        response = m_http(method, path);
    qCDebug(lcServer) << "http" << method << path.left(200) << response.status;
    QByteArray out = "HTTP/1.1 " + response.status + "\r\nContent-Type: " + response.contentType +
                     "\r\nContent-Length: " + QByteArray::number(response.body.size()) +
                     "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
    if (method != "HEAD")
        out += response.body;
    socket->write(out);
    socket->disconnectFromHost();
}
