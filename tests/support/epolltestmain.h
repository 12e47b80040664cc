// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "epolleventdispatcher.h"

#include <QCoreApplication>
#include <QtTest>

/// QTEST_GUILESS_MAIN on the event dispatcher of Parley's network thread, so that in-process servers and
/// their test clients run on it as the parley binary does.
#define PARLEY_EPOLL_TEST_MAIN(TestObject)                                                                             \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        QCoreApplication::setEventDispatcher(new EpollEventDispatcher);                                                \
        QCoreApplication app(argc, argv);                                                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                       \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }
