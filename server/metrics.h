// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "clientframe.h"
#include "errorcode.h"
#include "serverstatus.h"

#include <QMap>
#include <QString>
#include <array>

/**
 * Counters for /metrics, in Prometheus' text format with names prefixed parley_. Incrementing is a plain
 * add on the network thread: no locks, no allocation on the hot path.
 * @note Lives on the network thread.
 */
class Metrics final
{
public:
    void countFrameIn(ClientFrame::Type type) { ++m_framesIn[size_t(type)]; }
    void countFramesOut(quint64 frames) { m_framesOut += frames; }
    void countError(ErrorCode code) { ++m_errors[size_t(code)]; }
    void countClose(int code) { ++m_closes[code]; }
    void countSlowClient() { ++m_slowClients; }
    void setHeartbeatSweepSeconds(double seconds) { m_sweepSeconds = seconds; }

    /// Every metric, with # HELP and # TYPE lines.
    QString render(const ServerStatus &status) const;

private:
    std::array<quint64, size_t(ClientFrame::Type::Message) + 1> m_framesIn{};
    quint64 m_framesOut = 0;
    std::array<quint64, size_t(ErrorCode::ChannelLocked) + 1> m_errors{};
    QMap<int, quint64> m_closes;
    quint64 m_slowClients = 0;
    double m_sweepSeconds = 0;
};
