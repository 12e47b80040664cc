// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class CoalescingSocket;

/**
 * Collects the sockets written to during one pass of the event loop and flushes each once, just before the
 * loop waits again. Every message of a burst then leaves in one send() per member, and a socket the kernel
 * takes everything from never switches its write notifier on.
 * @note Lives on the network thread.
 */
class OutputBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputBatch)

public:
    explicit OutputBatch(QObject *parent = nullptr);

    /// Flushes @p socket at the end of this pass; returns its slot, which the socket keeps until then.
    qsizetype add(CoalescingSocket *socket);
    /// A socket going away before the flush gives its slot back.
    void forget(qsizetype slot);

private:
    void flush();

    // Plain pointers with slots rather than QPointer: this list is walked for every member on every pass.
    QList<CoalescingSocket *> m_pending;
};
