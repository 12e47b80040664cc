// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// Drives a few real chat clients into a few channels of a running Parley, for screenshots and manual checks of the
// console: parley_democlients ws://localhost:8080 [seconds]. It stops by itself (default after 60 s).
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct Person
{
    const char *channel;
    const char *name; // empty: never identifies
    int identifyAfterMs;
    int stopHeartbeatsAfterMs; // 0: keeps answering
};

const Person People[] = {
    {"fishing", "fishing_beast_5000", 0, 0},
    {"fishing", "alice", 0, 0},
    {"fishing", "bob", 0, 0},
    {"fishing", "", 0, 0},
    {"fishing", "sleepy_sam", 0, 8000},
    {"lakes/erie", "carol", 0, 0},
    {"lakes/erie", "dave", 0, 0},
    {"lakes/erie", "erin", 0, 0},
    {"support", "frank", 0, 0},
    {"support", "grace", 14000, 0},
    {"support", "", 0, 0},
    {"random", "heidi", 0, 0},
};

const char *Lines[] = {
    "I heard you have the best luck fishing in the morning",
    "Anyone tried the north shore this week?",
    "Caught a 3 kg pike yesterday!",
    "The wind is picking up, careful out there",
    "Does anyone know when the bait shop opens?",
    "Water temperature is 14 °C today",
    "Walleye are biting near the breakwall",
    "Can someone help me reset my password?",
    "Good morning everyone",
    "See you at the lake",
};

void send(QWebSocket &socket, const QJsonObject &frame)
{
    socket.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

struct Client
{
    Person person;
    std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>();
    bool answerHeartbeats = true;
    bool authenticated = false;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: parley_democlients ws://HOST:PORT [seconds]\n");
        return 2;
    }
    QString base = args.at(1);
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const int seconds = args.size() > 2 ? args.at(2).toInt() : 60;

    std::vector<std::unique_ptr<Client>> clients;
    for (const Person &person : People) {
        auto client = std::make_unique<Client>();
        client->person = person;
        Client *c = client.get();
        QObject::connect(c->socket.get(), &QWebSocket::textMessageReceived, c->socket.get(), [c](const QString &text) {
            const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
            if (frame.value(QLatin1String("type")).toString() == QLatin1String("heartbeat")) {
                c->authenticated = frame.value(QLatin1String("authenticated")).toBool();
                if (c->answerHeartbeats)
                    send(*c->socket, QJsonObject{{"type", "heartbeat"}});
            }
        });
        QObject::connect(c->socket.get(), &QWebSocket::connected, c->socket.get(), [c] {
            if (*c->person.name == '\0')
                return;
            QTimer::singleShot(c->person.identifyAfterMs, c->socket.get(), [c] {
                send(*c->socket, QJsonObject{{"type", "identity"}, {"user", QString::fromUtf8(c->person.name)}});
            });
            if (c->person.stopHeartbeatsAfterMs > 0)
                QTimer::singleShot(c->person.stopHeartbeatsAfterMs, c->socket.get(),
                                   [c] { c->answerHeartbeats = false; });
        });
        c->socket->open(QUrl(base + QLatin1Char('/') + QString::fromUtf8(person.channel)));
        clients.push_back(std::move(client));
    }

    QTimer chatter;
    chatter.setInterval(350);
    QObject::connect(&chatter, &QTimer::timeout, &app, [&clients] {
        QRandomGenerator *random = QRandomGenerator::global();
        Client &c = *clients.at(random->bounded(int(clients.size())));
        if (!c.authenticated || !c.answerHeartbeats)
            return;
        const QString line = QString::fromUtf8(Lines[random->bounded(int(std::size(Lines)))]);
        send(*c.socket, QJsonObject{{"type", "message"}, {"text", line}});
    });
    chatter.start();
    QTimer::singleShot(seconds * 1000, &app, [&clients, &app] {
        for (auto &client : clients)
            client->socket->close();
        QTimer::singleShot(500, &app, &QCoreApplication::quit);
    });
    return app.exec();
}
