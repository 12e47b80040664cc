// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "clock.h"

#include <QDateTime>

Clock::Clock()
{
    m_started.start();
}

qint64 Clock::monotonicMs() const
{
    return m_started.elapsed();
}

qint64 Clock::wallMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}
