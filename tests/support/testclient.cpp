// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "testclient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

TestClient::TestClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &TestClient::onText);
    connect(&m_socket, &QWebSocket::connected, this, [this] { m_connected = m_everConnected = true; });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] { m_connected = false; });
}

TestClient::~TestClient()
{
    m_socket.abort();
}

bool TestClient::open(const QUrl &url, int timeoutMs)
{
    return open(QNetworkRequest(url), timeoutMs);
}

bool TestClient::open(const QNetworkRequest &request, int timeoutMs)
{
    m_socket.open(request);
    // A server may refuse right after the handshake (bad channel): having been connected is what counts here.
    return QTest::qWaitFor([this] { return m_everConnected; }, timeoutMs);
}

void TestClient::send(const QJsonObject &frame)
{
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void TestClient::sendText(const QString &text)
{
    m_socket.sendTextMessage(text);
}

void TestClient::sendBinary(const QByteArray &data)
{
    m_socket.sendBinaryMessage(data);
}

void TestClient::identify(const QString &name)
{
    send({{QStringLiteral("type"), QStringLiteral("identity")}, {QStringLiteral("user"), name}});
}

void TestClient::say(const QString &text)
{
    send({{QStringLiteral("type"), QStringLiteral("message")}, {QStringLiteral("text"), text}});
}

bool TestClient::identifyAndAuthenticate(const QString &name, int timeoutMs)
{
    identify(name);
    const QJsonObject answer = waitFor(QStringLiteral("identity"), timeoutMs);
    return answer.value(QLatin1String("success")).toBool() && waitForHeartbeat(true, timeoutMs);
}

QJsonObject TestClient::waitFor(const QString &type, int timeoutMs)
{
    QJsonObject found;
    [[maybe_unused]] const bool arrived = QTest::qWaitFor(
        [&] {
            for (qsizetype i = 0; i < m_frames.size(); ++i) {
                if (!m_taken[i] && m_frames[i].value(QLatin1String("type")).toString() == type) {
                    m_taken[i] = true;
                    found = m_frames[i];
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

bool TestClient::waitForHeartbeat(bool authenticated, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QJsonObject beat = waitFor(QStringLiteral("heartbeat"), int(deadline.remainingTime()));
        if (beat.isEmpty())
            return false;
        if (beat.value(QLatin1String("authenticated")).toBool() == authenticated)
            return true;
    }
    return false;
}

QList<QJsonObject> TestClient::framesOfType(const QString &type) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &frame : m_frames) {
        if (frame.value(QLatin1String("type")).toString() == type)
            result.append(frame);
    }
    return result;
}

QList<QJsonObject> TestClient::chatFrames() const
{
    QList<QJsonObject> result;
    for (const QJsonObject &frame : m_frames) {
        if (frame.value(QLatin1String("type")).toString() != QLatin1String("heartbeat"))
            result.append(frame);
    }
    return result;
}

void TestClient::clearFrames()
{
    m_frames.clear();
    m_taken.clear();
}

bool TestClient::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return !m_connected && m_socket.state() == QAbstractSocket::UnconnectedState; },
                           timeoutMs);
}

void TestClient::onText(const QString &text)
{
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    m_frames.append(frame);
    m_taken.append(false);
    if (m_answerHeartbeats && frame.value(QLatin1String("type")).toString() == QLatin1String("heartbeat"))
        m_socket.sendTextMessage(QStringLiteral("{\"type\":\"heartbeat\"}"));
}
