// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>
#include <functional>

/**
 * Gives freed heap memory back to the system once the number of connections has settled after a large
 * change. A connection storm leaves the heap full of freed handshake buffers, and a mass disconnection
 * frees whole connections, but malloc keeps those pages resident unless asked: without this, the server's
 * RSS stays at its high-water mark long after the storm.
 * @note Lives on the network thread; sample() is cheap and meant for a periodic timer.
 */
class HeapTrimmer final
{
public:
    /// A change in connections smaller than this is not worth a trim.
    static constexpr qsizetype MinChange = 256;
    /// Samples in a row that each moved the count by less than SettleBand before it counts as settled.
    static constexpr int SettledSamples = 4;
    static constexpr qsizetype SettleBand = 32;

    /// @p trim returns freed memory to the system; the default asks glibc's malloc_trim().
    explicit HeapTrimmer(std::function<void()> trim = {});

    /// Notes the current number of connections; trims once they have settled far from the last trim.
    void sample(qsizetype connections);

private:
    std::function<void()> m_trim;
    qsizetype m_trimmedAt = 0;
    qsizetype m_last = 0;
    int m_unchanged = 0;
};
