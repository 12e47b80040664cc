// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// The composition root: the one place that knows both the server and the console.
#include "chatserver.h"
#include "configloader.h"
#include "consoletranslator.h"
#include "epolleventdispatcher.h"
#include "logcategories.h"
#include "mainwindow.h"
#include "serverbinding.h"
#include "unixsignalwatcher.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

// Q_INIT_RESOURCE may not be used inside a namespace.
static void initConsoleResources()
{
    Q_INIT_RESOURCE(parley);
}

namespace {

constexpr int ShutdownDeadlineMs = 2000;

bool displayAvailable()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

// Decided before any application object exists, because it decides which one to create.
bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--headless") == 0)
            return true;
    }
    const QByteArray env = qgetenv("PARLEY_HEADLESS").trimmed().toLower();
    if (env == "1" || env == "true" || env == "yes" || env == "on")
        return true;
    return !displayAvailable();
}

void printLine(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", qPrintable(text));
    std::fflush(stream);
}

int run(QCoreApplication &app, const ServerConfig &config, bool headless)
{
    QThread networkThread;
    networkThread.setObjectName(QStringLiteral("network"));
    // Qt's own dispatchers cost time per open connection on every wake-up; this one per ready connection.
    networkThread.setEventDispatcher(new EpollEventDispatcher);
    auto *server = new ChatServer(config);
    server->moveToThread(&networkThread);
    QObject::connect(&networkThread, &QThread::finished, server, &QObject::deleteLater);
    networkThread.start();

    bool listening = false;
    QString error;
    QUrl listenUrl;
    QMetaObject::invokeMethod(
        server,
        [&] {
            listening = server->listen(&error);
            listenUrl = server->url();
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        printLine(stderr, QStringLiteral("parley: ") + error);
        networkThread.quit();
        networkThread.wait();
        return 1;
    }

    auto requestShutdown = [server, &app] {
        QMetaObject::invokeMethod(server, &ChatServer::shutdown, Qt::QueuedConnection);
        // A safety net: quit even if the network thread never reports back.
        QTimer::singleShot(ShutdownDeadlineMs, &app, &QCoreApplication::quit);
    };
    QObject::connect(server, &ChatServer::stopped, &app, &QCoreApplication::quit);
    UnixSignalWatcher signals;
    QObject::connect(&signals, &UnixSignalWatcher::terminationRequested, &app, requestShutdown);

    std::unique_ptr<ConsoleTranslator> translator;
    std::unique_ptr<MainWindow> window;
    if (!headless) {
        initConsoleResources();
        translator = std::make_unique<ConsoleTranslator>(config.language);
        // Closing the window is a shutdown request like SIGTERM: the app quits on stopped(), not before.
        QApplication::setQuitOnLastWindowClosed(false);
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/parley/parley.svg")));
        window = std::make_unique<MainWindow>();
        ServerBinding::bind(server, window.get());
        QObject::connect(window.get(), &MainWindow::closeRequested, &app, requestShutdown);
        window->showListening(listenUrl);
        window->show();
    }

    const int code = app.exec();
    window.reset();
    networkThread.quit();
    networkThread.wait();
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    const bool headless = wantsHeadless(argc, argv);
    std::unique_ptr<QCoreApplication> app =
        headless ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parley"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARLEY_VERSION));
    Logging::installMessagePattern();

    ConfigLoader loader(QProcessEnvironment::systemEnvironment(), QDir::currentPath());
    switch (loader.load(QCoreApplication::arguments())) {
    case ConfigLoader::Outcome::Help:
        printLine(stdout, loader.helpText());
        return 0;
    case ConfigLoader::Outcome::Version:
        printLine(stdout, QStringLiteral("parley ") + QCoreApplication::applicationVersion());
        return 0;
    case ConfigLoader::Outcome::Error:
        printLine(stderr, QStringLiteral("parley: ") + loader.errorText());
        return 2;
    case ConfigLoader::Outcome::Run:
        break;
    }
    Logging::applyLevel(loader.config().logLevel);
    if (loader.config().logFormat == QLatin1String("json"))
        Logging::installJsonFormat();
    if (headless && !loader.config().headless && !displayAvailable())
        qCInfo(lcServer) << "no display found: running headless";
    return run(*app, loader.config(), headless);
}
