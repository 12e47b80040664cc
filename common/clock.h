// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

/**
 * The server's source of time: a monotonic clock for deadlines and the wall clock for timestamps on the wire.
 * Injected so that tests can control both.
 * @note Thread-safe: both reads are const and lock-free.
 */
class Clock
{
public:
    Clock();
    virtual ~Clock() = default;
    /// Milliseconds since an arbitrary fixed point; never goes backwards.
    virtual qint64 monotonicMs() const;
    /// Milliseconds since the Unix epoch (UTC), for `timestamp` fields.
    virtual qint64 wallMs() const;

private:
    QElapsedTimer m_started;
};
