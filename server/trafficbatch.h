// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "trafficevent.h"

#include <QList>
#include <QMetaType>

/**
 * What happened since the previous batch, aggregated on the network thread (at most ~10 batches a second).
 * Events are a bounded sample: at high rates the oldest beyond the bound are counted in `omitted` instead.
 */
struct TrafficBatch
{
    static constexpr int MaxEvents = 500;

    QList<TrafficEvent> events; // oldest first
    int omitted = 0;
};
Q_DECLARE_METATYPE(TrafficBatch)
