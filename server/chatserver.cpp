// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "chatserver.h"

#include "channel.h"
#include "channelid.h"
#include "client.h"
#include "logcategories.h"
#include "namerules.h"
#include "serverframes.h"
#include "tlsconfiguration.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMetaMethod>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketCorsAuthenticator>
#include <QWebSocketServer>

namespace {

constexpr int StatusIntervalMs = 250;
constexpr int SnapshotIntervalMs = 250;
constexpr int TrafficIntervalMs = 100;
constexpr int ShutdownGraceMs = 500;
// A peer that never answers our close frame would otherwise keep its socket until TCP gives up.
constexpr int CloseGraceMs = 5000;

QHostAddress listenAddress(const QString &host, bool *ok)
{
    *ok = true;
    if (host.isEmpty())
        return QHostAddress::Any;
    if (host == QLatin1String("localhost"))
        return QHostAddress::LocalHost;
    QHostAddress address;
    *ok = address.setAddress(host);
    return address;
}

} // namespace

ChatServer::ChatServer(const ServerConfig &config, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock ? *clock : m_systemClock)
    // Non-secure even with TLS on: FrontDoor ends TLS and hands over sockets that already speak plain text.
    , m_server(new QWebSocketServer(QStringLiteral("Parley/" PARLEY_VERSION), QWebSocketServer::NonSecureMode, this))
    , m_frontDoor(new FrontDoor(
          config.handshakeTimeout, [this](const QByteArray &, const QByteArray &path) { return answerHttp(path); },
          this))
    , m_deadlines(
          m_clock, [this](quint64 id, qint64 at) { onDeadline(id, at); }, this)
    , m_history(m_config, this)
    , m_engine(m_config, m_clock, m_deadlines, m_moderation, m_traffic, m_metrics)
    , m_snapshots(m_clock, m_moderation, m_engine)
    , m_channels(m_config.historyKeep)
    , m_commands(m_clients, m_channels, m_engine, m_moderation, m_history, m_traffic, m_clock, m_cluster)
    , m_cluster(m_config, m_clock, m_clients, m_channels, m_engine, this)
    , m_heartbeatTimer(this)
    , m_statusTimer(this)
    , m_shutdownTimer(this)
    , m_snapshotTimer(this)
    , m_trafficTimer(this)
    , m_startedAt(m_clock.monotonicMs())
{
    qRegisterMetaType<ServerStatus>();
    qRegisterMetaType<ServerSnapshot>();
    qRegisterMetaType<TrafficBatch>();
    // Qt's default of 30 pending connections drops handshakes under a connect storm; the loop drains them anyway.
    m_server->setMaxPendingConnections(10000);
    if (m_cluster.isEnabled()) {
        // Clustered, history lives in Redis streams; the database keeps bans, mutes, locks and the audit log.
        m_engine.setCluster(&m_cluster);
        m_snapshots.setCluster(&m_cluster);
        m_cluster.setControlHandler([this](const QJsonObject &event) { m_commands.apply(event); });
        connect(&m_cluster, &ClusterBus::recentLoaded, this, &ChatServer::onRecentLoaded);
        connect(&m_cluster, &ClusterBus::decisionsLoaded, this,
                [this](const auto &decisions) { m_commands.restore(decisions); });
    } else {
        m_engine.setMessageSink([this](StoredMessage message) { m_history.record(std::move(message)); });
    }
    connect(&m_history, &HistoryService::recentLoaded, this, &ChatServer::onRecentLoaded);
    connect(&m_history, &HistoryService::auditLoaded, this, &ChatServer::auditLoaded);
    m_server->setHandshakeTimeout(m_config.handshakeTimeout);
    connect(m_frontDoor, &FrontDoor::upgradeRequested, this, &ChatServer::onUpgradeRequested);
    connect(m_server, &QWebSocketServer::newConnection, this, &ChatServer::onNewConnection);
    for (const QString &origin : m_config.allowedOrigins.split(QLatin1Char(','), Qt::SkipEmptyParts))
        m_allowedOrigins.insert(origin.trimmed());
    if (!m_allowedOrigins.isEmpty())
        connect(m_server, &QWebSocketServer::originAuthenticationRequired, this, &ChatServer::onOriginAuthentication);
    m_heartbeatTimer.setInterval(m_config.heartbeatInterval);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &ChatServer::onHeartbeatTick);
    m_statusTimer.setInterval(StatusIntervalMs);
    connect(&m_statusTimer, &QTimer::timeout, this, &ChatServer::onStatusTick);
    m_shutdownTimer.setSingleShot(true);
    m_shutdownTimer.setInterval(ShutdownGraceMs);
    connect(&m_shutdownTimer, &QTimer::timeout, this, &ChatServer::finishShutdown);
    m_snapshotTimer.setInterval(SnapshotIntervalMs);
    connect(&m_snapshotTimer, &QTimer::timeout, this, &ChatServer::onSnapshotTick);
    m_trafficTimer.setInterval(TrafficIntervalMs);
    connect(&m_trafficTimer, &QTimer::timeout, this, &ChatServer::onTrafficTick);
}

ChatServer::~ChatServer()
{
    const QHash<quint64, Client *> clients = std::exchange(m_clients, {});
    for (Client *client : clients) {
        // Not through onDisconnected: the channels and the engine are being torn down with us.
        client->socket()->disconnect(this);
        delete client->socket();
        delete client;
    }
}

bool ChatServer::listen(QString *error)
{
    bool addressOk = false;
    const QHostAddress address = listenAddress(m_config.host, &addressOk);
    if (!addressOk) {
        *error = QStringLiteral("--host: '%1' is not an IP address").arg(m_config.host);
        return false;
    }
    if (!m_proxies.parse(m_config.trustedProxies, error))
        return false;
    if (isSecure()) {
        QSslConfiguration tls;
        if (!TlsConfiguration::load(m_config.tlsCert, m_config.tlsKey, &tls, error))
            return false;
        m_frontDoor->useTls(tls);
    }
    if (!m_historyOpen) {
        StoredState state;
        if (!m_history.open(&state, error))
            return false;
        m_historyOpen = true;
        m_moderation.restore(state);
    }
    if (!m_frontDoor->listen(address, quint16(m_config.port))) {
        *error = QStringLiteral("--port: cannot listen on %1 port %2: %3")
                     .arg(m_config.host.isEmpty() ? QStringLiteral("all interfaces") : m_config.host)
                     .arg(m_config.port)
                     .arg(m_frontDoor->errorString());
        return false;
    }
    m_heartbeatTimer.start();
    m_statusTimer.start();
    m_snapshotTimer.start();
    m_trafficTimer.start();
    if (m_cluster.nodeName().isEmpty())
        m_cluster.start(port());
    qCInfo(lcServer).noquote() << "listening on" << url().toString()
                               << (m_config.host.isEmpty() ? "(all interfaces)" : "")
                               << (m_config.strict ? "strict mode" : "");
    Q_EMIT listening(url());
    return true;
}

QUrl ChatServer::url() const
{
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(isSecure() ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(m_config.host.isEmpty() ? QStringLiteral("localhost") : m_config.host);
    url.setPort(port());
    return url;
}

quint16 ChatServer::port() const
{
    return m_frontDoor->port();
}

bool ChatServer::isSecure() const
{
    return !m_config.tlsCert.isEmpty();
}

bool ChatServer::isListening() const
{
    return m_frontDoor->isListening();
}

FrontDoor::Response ChatServer::answerHttp(const QByteArray &path) const
{
    if (m_config.noHttp)
        return {"426 Upgrade Required", "text/plain; charset=utf-8", "This is a WebSocket server.\n"};
    // Qt 6's left() gives an empty array for a negative length: split instead of indexOf.
    const QByteArray route = path.split('?').first();
    if (route == "/healthz")
        return {"200 OK", "text/plain; charset=utf-8", "ok\n"};
    if (route == "/metrics")
        return {"200 OK", "text/plain; version=0.0.4; charset=utf-8", m_metrics.render(status()).toUtf8()};
    const QString file =
        route == "/" ? QStringLiteral(":/web/index.html") : QStringLiteral(":/web") + QString::fromUtf8(route);
    QFile resource(file);
    if (!route.contains("..") && QFileInfo(file).isFile() && resource.open(QIODevice::ReadOnly)) {
        const QByteArray type = file.endsWith(QLatin1String(".js"))    ? "text/javascript; charset=utf-8"
                                : file.endsWith(QLatin1String(".css")) ? "text/css; charset=utf-8"
                                                                       : "text/html; charset=utf-8";
        return {"200 OK", type, resource.readAll()};
    }
    return {"404 Not Found", "text/plain; charset=utf-8", "Not found. Chat clients connect with a WebSocket.\n"};
}

ServerStatus ChatServer::status() const
{
    ServerStatus status;
    status.connections = int(m_clients.size());
    status.authenticated = m_engine.authenticatedCount();
    status.channels = m_channels.count();
    status.messagesAccepted = m_engine.messagesAccepted();
    status.deliveries = m_engine.deliveries();
    status.uptimeMs = m_clock.monotonicMs() - m_startedAt;
    status.listening = isListening();
    status.url = url().toString();
    status.historyPending = m_history.pendingWrites();
    status.historyFailed = m_history.failedWrites();
    status.databaseBytes = m_history.databaseBytes();
    status.node = m_cluster.nodeName();
    status.clusterUp = m_cluster.isUp();
    return status;
}

void ChatServer::onUpgradeRequested(QTcpSocket *socket)
{
    // QWebSocket does not show the socket it wraps; remember it to write broadcast frames to it directly.
    const QString key = transportKey(socket->peerAddress(), socket->peerPort());
    m_transports.insert(key, socket);
    connect(socket, &QObject::destroyed, this, [this, key, socket] {
        if (m_transports.value(key) == socket)
            m_transports.remove(key);
    });
    m_server->handleConnection(socket);
}

QString ChatServer::transportKey(const QHostAddress &address, quint16 port)
{
    return addressKey(address) + QLatin1Char(' ') + QString::number(port);
}

void ChatServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection())
        accept(socket);
}

void ChatServer::refuse(QWebSocket *socket, int code, const QString &reason, const QString &errorFrame)
{
    if (!errorFrame.isEmpty())
        socket->sendTextMessage(errorFrame);
    socket->close(QWebSocketProtocol::CloseCode(code), reason);
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    // A peer that ignores our close frame must not keep the socket.
    QTimer::singleShot(CloseGraceMs, socket, &QWebSocket::abort);
}

QString ChatServer::refusal(const QHostAddress &address) const
{
    if (m_shuttingDown)
        return QStringLiteral("server shutting down");
    if (m_config.maxConnections > 0 && m_clients.size() >= m_config.maxConnections)
        return QStringLiteral("server full");
    if (m_config.maxPerAddress > 0 && m_perAddress.value(addressKey(address)) >= m_config.maxPerAddress)
        return QStringLiteral("too many connections from your address");
    return {};
}

QString ChatServer::addressKey(const QHostAddress &address)
{
    // One key for an IPv4 peer however the socket reports it (a.b.c.d or ::ffff:a.b.c.d).
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

void ChatServer::accept(QWebSocket *socket)
{
    socket->setParent(this);
    socket->setMaxAllowedIncomingMessageSize(quint64(m_config.maxFrame));
    socket->setMaxAllowedIncomingFrameSize(quint64(m_config.maxFrame));
    const QHostAddress address =
        m_proxies.clientAddress(socket->peerAddress(), socket->request().rawHeader("X-Forwarded-For"));
    const QString refused = refusal(address);
    if (!refused.isEmpty()) {
        qCInfo(lcServer).noquote() << "refused" << address.toString() << ":" << refused;
        refuse(socket, m_shuttingDown ? QWebSocketProtocol::CloseCodeGoingAway : 1013, refused);
        return;
    }
    QString channelId;
    const QByteArray path = socket->requestUrl().path(QUrl::FullyEncoded).toLatin1();
    const ChannelId::PathResult result = ChannelId::fromPath(path, &channelId);
    if (result == ChannelId::PathResult::Invalid) {
        qCInfo(lcServer) << "refused" << address.toString() << ": bad channel id" << path.left(200);
        refuse(socket, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("bad channel"),
               ServerFrames::error(ErrorCode::BadChannel, QStringLiteral("invalid channel id")));
        return;
    }
    if (result == ChannelId::PathResult::Fresh)
        channelId = m_channels.freshId();
    bool hasSince = false;
    const qint64 since = QUrlQuery(socket->requestUrl()).queryItemValue(QStringLiteral("since")).toLongLong(&hasSince);
    addClient(socket, address, channelId, hasSince && since >= 0 ? since : -1);
}

void ChatServer::addClient(QWebSocket *socket, const QHostAddress &address, const QString &channelId,
                           qint64 resumeAfter)
{
    const qint64 now = m_clock.monotonicMs();
    auto *client = new Client(m_nextClientId++, socket, address, now, m_config.maxBacklog);
    QTcpSocket *transport = m_transports.take(transportKey(socket->peerAddress(), socket->peerPort()));
    // The WebSocket server stays subscribed to an upgraded socket's signals, and on each disconnection its
    // slot asks QObject::sender(), which walks every connection it holds: with 19,500 clients leaving at once
    // that was most of a core for seconds. It has no business with the socket once the upgrade is done.
    if (transport) {
        QObject::disconnect(transport, nullptr, m_server, nullptr);
        QObject::disconnect(transport, &QObject::destroyed, this, nullptr); // its m_transports entry is gone
    }
    client->setTransport(transport);
    m_clients.insert(client->id(), client);
    ++m_perAddress[addressKey(client->peerAddress())];
    client->setResumeAfter(resumeAfter);
    bool created = false;
    Channel *channel = m_channels.acquire(channelId, now, &created);
    if (created && m_cluster.isEnabled())
        m_cluster.prepare(channel);
    else if (created)
        m_history.prepare(channel);
    channel->addMember(client);
    connect(socket, &QWebSocket::textMessageReceived, socket,
            [this, client](const QString &message) { m_engine.handleFrame(client, message.toUtf8()); });
    connect(socket, &QWebSocket::binaryMessageReceived, socket,
            [this, client](const QByteArray &message) { m_engine.handleFrame(client, message); });
    // Queued: a close from inside a broadcast (a member too slow) may disconnect at once, and the member must
    // not be deleted while the broadcast loop still holds it.
    connect(
        socket, &QWebSocket::disconnected, this, [this, client] { onDisconnected(client); }, Qt::QueuedConnection);
    qCInfo(lcServer).noquote() << "open channel=" + channelId << "peer=" + client->peerText();
    m_engine.welcome(client);
    if (m_moderation.isAddressBanned(channelId, client->peerAddress(), m_clock.wallMs())) {
        qCInfo(lcServer).noquote() << "refused banned address" << client->peerText() << "in" << channelId;
        m_engine.closeClient(client, 4003, QStringLiteral("banned"));
    }
}

void ChatServer::onOriginAuthentication(QWebSocketCorsAuthenticator *authenticator)
{
    // Browsers always send Origin; other clients send none and are not what origin checks protect against.
    const QString origin = authenticator->origin();
    const bool allowed = origin.isEmpty() || m_allowedOrigins.contains(origin);
    if (!allowed)
        qCInfo(lcServer).noquote() << "refused origin" << origin;
    authenticator->setAllowed(allowed);
}

void ChatServer::onDisconnected(Client *client)
{
    QWebSocket *socket = client->socket();
    client->markDisconnected(socket->closeCode());
    m_metrics.countClose(client->closeCode());
    if (client->isTooSlow())
        m_metrics.countSlowClient();
    m_engine.releaseName(client);
    Channel *channel = client->channel();
    channel->removeMember(client);
    if (channel->isEmpty())
        channel->setEmptySince(m_clock.monotonicMs());
    m_clients.remove(client->id());
    const QString address = addressKey(client->peerAddress());
    if (--m_perAddress[address] <= 0)
        m_perAddress.remove(address);
    const double seconds = double(m_clock.monotonicMs() - client->connectedAt()) / 1000.0;
    qCInfo(lcServer).noquote() << "close channel=" + channel->id() << "peer=" + client->peerText()
                               << QStringLiteral("duration=%1s").arg(seconds, 0, 'f', 1)
                               << "code=" + QString::number(client->closeCode());
    socket->disconnect(this);
    socket->deleteLater();
    delete client;
    if (m_shuttingDown && m_clients.isEmpty())
        finishShutdown();
}

void ChatServer::onDeadline(quint64 id, qint64 scheduledAt)
{
    Client *client = m_clients.value(id);
    if (!client || client->scheduledCheck() != scheduledAt)
        return;
    client->setScheduledCheck(-1);
    m_engine.checkDeadlines(client);
}

void ChatServer::onHeartbeatTick()
{
    QElapsedTimer sweep;
    sweep.start();
    const qint64 now = m_clock.monotonicMs();
    QList<Client *> unresponsive;
    for (Client *client : std::as_const(m_clients)) {
        if (!client->isClosing()) {
            client->sendWire(m_engine.heartbeatFrame(client->isAuthenticated()));
        } else if (client->closingSince() == 0) {
            client->setClosingSince(now);
        } else if (now - client->closingSince() >= CloseGraceMs) {
            unresponsive.append(client);
        }
    }
    // Aborting disconnects at once, which removes the client: never inside the loop over m_clients.
    m_metrics.setHeartbeatSweepSeconds(double(sweep.nsecsElapsed()) / 1e9);
    for (Client *client : unresponsive) {
        qCInfo(lcServer).noquote() << "dropping" << client->peerText() << ": the close handshake did not finish";
        client->abort();
    }
    for (const quint64 id : m_moderation.expireBans(m_clock.wallMs()))
        m_history.removeBan(id);
    m_cluster.sweep();
    const int forgotten =
        m_channels.forgetLingering(m_clock.monotonicMs(), m_config.channelLinger, [this](const Channel *channel) {
            m_history.forget(channel);
            m_cluster.forget(channel);
        });
    if (forgotten > 0)
        qCDebug(lcServer) << "forgot" << forgotten << "empty channels";
}

void ChatServer::onStatusTick()
{
    m_heapTrimmer.sample(m_clients.size());
    const ServerStatus current = status();
    if (current != m_lastStatus) {
        m_lastStatus = current;
        Q_EMIT statusSampled(current);
    }
}

void ChatServer::announce(const QString &channelId, const QString &text)
{
    m_commands.announce(channelId, text);
}

void ChatServer::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_server->close();
    m_frontDoor->close();
    qCInfo(lcServer) << "shutting down:" << m_clients.size() << "connections to close";
    for (Client *client : std::as_const(m_clients))
        m_engine.closeClient(client, QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server shutting down"));
    if (m_clients.isEmpty())
        QMetaObject::invokeMethod(this, &ChatServer::finishShutdown, Qt::QueuedConnection);
    else
        m_shutdownTimer.start();
}

void ChatServer::finishShutdown()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_shutdownTimer.stop();
    m_heartbeatTimer.stop();
    m_statusTimer.stop();
    m_snapshotTimer.stop();
    m_trafficTimer.stop();
    m_deadlines.clear();
    m_history.close();
    qCInfo(lcServer) << "stopped";
    Q_EMIT stopped();
}

bool ChatServer::isWatched(const QMetaMethod &signal) const
{
    return isSignalConnected(signal);
}

void ChatServer::onSnapshotTick()
{
    static const QMetaMethod signal = QMetaMethod::fromSignal(&ChatServer::snapshotSampled);
    if (!isWatched(signal))
        return;
    m_cluster.sampleDirectory();
    Q_EMIT snapshotSampled(m_snapshots.build(status(), m_channels, m_watchedChannel));
}

void ChatServer::onTrafficTick()
{
    // Nobody watching: record nothing, so a headless server pays nothing for the console.
    static const QMetaMethod signal = QMetaMethod::fromSignal(&ChatServer::trafficSampled);
    m_traffic.setEnabled(isWatched(signal));
    if (m_traffic.hasPending())
        Q_EMIT trafficSampled(m_traffic.takeBatch());
}

void ChatServer::watchChannel(const QString &channelId)
{
    m_watchedChannel = channelId;
}

void ChatServer::stopListening()
{
    if (!isListening())
        return;
    m_server->close();
    m_frontDoor->close();
    qCInfo(lcServer) << "stopped listening; existing connections go on";
    Q_EMIT listeningStopped();
}

void ChatServer::startListening()
{
    if (isListening() || m_shuttingDown)
        return;
    QString error;
    if (!listen(&error))
        qCWarning(lcServer).noquote() << error;
}

void ChatServer::onRecentLoaded(const QString &channelId, const QList<StoredMessage> &messages)
{
    Channel *channel = m_channels.find(channelId);
    if (!channel || channel->history().isReady())
        return;
    channel->history().load(messages);
    for (Client *member : channel->members()) {
        if (member->isReplayPending())
            m_engine.finishWelcome(member);
    }
}

void ChatServer::requestHistory(const QString &channelId)
{
    Channel *channel = m_channels.find(channelId);
    Q_EMIT historySampled(channelId, channel ? channel->history().last(m_config.historyKeep) : QList<StoredMessage>());
}

void ChatServer::clearHistory(const QString &channelId)
{
    m_commands.clearHistory(channelId);
}

void ChatServer::requestAudit(int limit)
{
    m_history.requestAudit(limit);
}

void ChatServer::kickClient(quint64 clientId, const QString &reason)
{
    m_commands.kickClient(clientId, reason);
}

void ChatServer::banName(const QString &channelId, const QString &name, qint64 durationMs, const QString &reason)
{
    m_commands.banName(channelId, name, durationMs, reason);
}

void ChatServer::banAddress(const QString &channelId, const QString &address, qint64 durationMs, const QString &reason)
{
    m_commands.banAddress(channelId, address, durationMs, reason);
}

void ChatServer::unban(quint64 banId)
{
    m_commands.unban(banId);
}

void ChatServer::setClientMuted(quint64 clientId, bool muted)
{
    m_commands.setClientMuted(clientId, muted);
}

void ChatServer::unmuteName(const QString &channelId, const QString &nameKey)
{
    m_commands.unmuteName(channelId, nameKey);
}

void ChatServer::setChannelLocked(const QString &channelId, bool locked)
{
    m_commands.setChannelLocked(channelId, locked);
}

void ChatServer::closeChannel(const QString &channelId, const QString &reason)
{
    m_commands.closeChannel(channelId, reason);
}
