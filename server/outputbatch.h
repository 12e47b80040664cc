// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <functional>

class Client;

/**
 * Collects the connections written to during one pass of the event loop and flushes each once, just before
 * the loop waits again. Every message of a burst then leaves in one write per member, and the socket's write
 * notifier is switched on and off within the pass, which costs the kernel nothing (see EpollEventDispatcher).
 * @note Lives on the network thread.
 */
class OutputBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputBatch)

public:
    /// @p lookup finds a connection by id, or nullptr once it is gone.
    explicit OutputBatch(std::function<Client *(quint64)> lookup, QObject *parent = nullptr);

    /// Queues @p client's output for the flush; once per pass, however often it is written to.
    void add(Client *client);

private:
    void flush();

    std::function<Client *(quint64)> m_lookup;
    QList<quint64> m_pending;
};
