// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QString>
#include <QtGlobal>

class Channel;
class CoalescingSocket;
class QTcpSocket;
class QWebSocket;

/**
 * One connection: its socket, channel, name and the times its deadlines are computed from.
 * Plain data with a few helpers; the rules that change it live in ProtocolEngine.
 * @note Lives on the network thread, like its socket; never touched from another thread.
 */
class Client final
{
    Q_DISABLE_COPY_MOVE(Client)

public:
    enum class State { Anonymous, Pending, Authenticated };

    /// @p address: the client's, which behind a trusted proxy is not the socket's peer.
    /// @p maxBacklog: unsent bytes beyond which send() closes the connection as too slow.
    Client(quint64 id, QWebSocket *socket, const QHostAddress &address, qint64 now, qint64 maxBacklog);

    quint64 id() const { return m_id; }
    QWebSocket *socket() const { return m_socket; }
    QHostAddress peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }
    QString peerText() const;

    Channel *channel() const { return m_channel; }
    void setChannel(Channel *channel) { m_channel = channel; }
    /// Index in the channel's member list, kept by Channel for O(1) removal.
    qsizetype memberIndex() const { return m_memberIndex; }
    void setMemberIndex(qsizetype index) { m_memberIndex = index; }

    State state() const { return m_state; }
    bool isAuthenticated() const { return m_state == State::Authenticated; }
    bool hasName() const { return m_state != State::Anonymous; }
    const QString &name() const { return m_name; }
    const QString &nameKey() const { return m_nameKey; }
    /// Holds @p name (display form) and @p key, waiting for the auth delay until @p authAt.
    void reserveName(const QString &name, const QString &key, qint64 authAt);
    void authenticate() { m_state = State::Authenticated; }
    void clearName();
    /// True after the name was released for missed heartbeats, until the next identity.
    bool lostNameToHeartbeat() const { return m_lostNameToHeartbeat; }
    void setLostNameToHeartbeat(bool lost) { m_lostNameToHeartbeat = lost; }
    /// The last name this connection held, kept after it is released.
    const QString &previousName() const { return m_previousName; }
    /// Muted as a connection (an anonymous one, or on top of a muted name).
    bool isMuted() const { return m_muted; }
    /// Waiting for its channel's history to load: live broadcasts skip it until its replay is sent.
    bool isReplayPending() const { return m_replayPending; }
    void setReplayPending(bool pending) { m_replayPending = pending; }
    /// The seq the client resumes after (?since=), or -1 for the last messages.
    qint64 resumeAfter() const { return m_resumeAfter; }
    void setResumeAfter(qint64 seq) { m_resumeAfter = seq; }
    void setMuted(bool muted) { m_muted = muted; }
    qint64 authAt() const { return m_authAt; }

    qint64 connectedAt() const { return m_connectedAt; }
    qint64 lastHeartbeat() const { return m_lastHeartbeat; }
    qint64 lastFrame() const { return m_lastFrame; }
    void noteFrame(qint64 now) { m_lastFrame = now; }
    void noteHeartbeat(qint64 now) { m_lastHeartbeat = now; }
    /// The heartbeat deadline does not pass before this time (see ProtocolEngine::checkDeadlines).
    qint64 heartbeatGraceUntil() const { return m_heartbeatGraceUntil; }
    void setHeartbeatGraceUntil(qint64 at) { m_heartbeatGraceUntil = at; }
    /// Output the server has not handed to the peer yet: what Parley and Qt queue, and what the kernel has not
    /// sent. The peer cannot have answered heartbeats still in there.
    bool hasUndeliveredOutput() const;

    /// When the deadline queue will next look at this client; older queue entries are stale.
    qint64 scheduledCheck() const { return m_scheduledCheck; }
    void setScheduledCheck(qint64 at) { m_scheduledCheck = at; }

    /// Counts an error frame sent at @p now; true when more than @p limit fell within @p windowMs.
    bool countError(qint64 now, int limit, qint64 windowMs);
    quint64 messagesSent() const { return m_messagesSent; }
    void countMessage() { ++m_messagesSent; }

    /// Takes one frame's token from the rate bucket; false when the connection is over its rate.
    bool takeToken(qint64 now, int rate, int burst);

    /// The TCP (or TLS) socket under the WebSocket, for frames encoded once and written as they are; without
    /// it frames go through QWebSocket.
    void setTransport(QTcpSocket *transport);
    /// Queues @p frame; closes with 1008 "too slow" instead when the peer has stopped reading.
    void send(const QString &frame);
    /// As send(), with a frame already encoded by WireFrame.
    void sendWire(const QByteArray &wireFrame);
    /// Starts the closing handshake; frames that arrive afterwards are ignored.
    void close(int code, const QString &reason);
    /// When the server first saw this connection closing (0: not yet); the sweep aborts it after a grace.
    qint64 closingSince() const { return m_closingSince; }
    void setClosingSince(qint64 at) { m_closingSince = at; }
    /// Drops the connection without waiting for the peer's answer to the close frame.
    void abort();
    /// Records that the socket is gone (the peer closed or the connection dropped) so nothing more is sent.
    void markDisconnected(int code);
    bool isClosing() const { return m_closeCode != 0; }
    /// Closed because its unsent data passed the backlog limit.
    bool isTooSlow() const { return m_tooSlow; }
    int closeCode() const { return m_closeCode; }

private:
    /// False when closing, or after closing the connection as too slow.
    bool hasRoomToSend();
    qint64 queuedBytes() const;
    /// Hands everything queued for this connection to the kernel, as far as it takes it.
    void flush();

    const quint64 m_id;
    QWebSocket *const m_socket;
    QTcpSocket *m_transport = nullptr;
    CoalescingSocket *m_coalescing = nullptr; // the transport, when it is one
    const QHostAddress m_peerAddress;
    const quint16 m_peerPort;
    Channel *m_channel = nullptr;
    qsizetype m_memberIndex = -1;
    State m_state = State::Anonymous;
    QString m_name;
    QString m_nameKey;
    const qint64 m_connectedAt;
    qint64 m_lastHeartbeat;
    qint64 m_lastFrame;
    qint64 m_heartbeatGraceUntil = 0;
    qint64 m_authAt = 0;
    qint64 m_scheduledCheck = -1;
    qint64 m_errorWindowStart = 0;
    int m_errorsInWindow = 0;
    quint64 m_messagesSent = 0;
    int m_closeCode = 0;
    bool m_lostNameToHeartbeat = false;
    QString m_previousName;
    bool m_muted = false;
    bool m_tooSlow = false;
    bool m_replayPending = false;
    qint64 m_resumeAfter = -1;
    qint64 m_closingSince = 0;
    const qint64 m_maxBacklog;
    double m_tokens = -1; // -1: full bucket on first use
    qint64 m_tokensAt = 0;
};
