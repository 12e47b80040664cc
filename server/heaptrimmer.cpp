// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "heaptrimmer.h"

#include "logcategories.h"

#include <QElapsedTimer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

void trimMalloc()
{
#ifdef __GLIBC__
    QElapsedTimer timer;
    timer.start();
    malloc_trim(0);
    qCDebug(lcServer) << "heap trimmed in" << timer.nsecsElapsed() / 1000 << "us";
#endif
}

} // namespace

HeapTrimmer::HeapTrimmer(std::function<void()> trim)
    : m_trim(trim ? std::move(trim) : trimMalloc)
{
}

void HeapTrimmer::sample(qsizetype connections)
{
    m_unchanged = qAbs(connections - m_last) < SettleBand ? m_unchanged + 1 : 0;
    m_last = connections;
    if (m_unchanged < SettledSamples || qAbs(connections - m_trimmedAt) < MinChange)
        return;
    m_trimmedAt = connections;
    m_trim();
}
