// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

/**
 * A real WebSocket chat client for tests: it records every frame the server sends, answers heartbeats unless
 * told not to, and waits for frames by type.
 */
class TestClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestClient)

public:
    explicit TestClient(QObject *parent = nullptr);
    ~TestClient() override;

    /// Connects to @p url and waits for the handshake; true when connected.
    bool open(const QUrl &url, int timeoutMs = 5000);
    /// As open(url), with the request's headers (Origin, X-Forwarded-For...).
    bool open(const QNetworkRequest &request, int timeoutMs = 5000);
    void send(const QJsonObject &frame);
    void sendText(const QString &text);
    void sendBinary(const QByteArray &data);
    void identify(const QString &name);
    void say(const QString &text);
    /// Sends identity, expects success and waits for a heartbeat saying authenticated:true.
    bool identifyAndAuthenticate(const QString &name, int timeoutMs = 5000);

    /// The first not yet taken frame of @p type, waiting up to @p timeoutMs; empty object on timeout.
    QJsonObject waitFor(const QString &type, int timeoutMs = 5000);
    /// Waits for a heartbeat whose `authenticated` equals @p authenticated.
    bool waitForHeartbeat(bool authenticated, int timeoutMs = 5000);
    /// Every frame received so far, taken or not.
    const QList<QJsonObject> &frames() const { return m_frames; }
    QList<QJsonObject> framesOfType(const QString &type) const;
    /// Every frame except heartbeats, in arrival order.
    QList<QJsonObject> chatFrames() const;
    int countOfType(const QString &type) const { return int(framesOfType(type).size()); }
    void clearFrames();

    void setAnswerHeartbeats(bool answer) { m_answerHeartbeats = answer; }
    bool isConnected() const { return m_connected; }
    bool waitForDisconnected(int timeoutMs = 5000);
    /// The close code the server sent (valid after disconnection).
    int closeCode() const { return m_socket.closeCode(); }
    QString closeReason() const { return m_socket.closeReason(); }
    void close() { m_socket.close(); }
    QWebSocket &socket() { return m_socket; }

private:
    void onText(const QString &text);

    QWebSocket m_socket;
    QList<QJsonObject> m_frames;
    QList<bool> m_taken;
    bool m_answerHeartbeats = true;
    bool m_connected = false;
    bool m_everConnected = false;
};
