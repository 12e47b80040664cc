// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "scenario.h"

// N connections opened with bounded concurrency, each timed from connect() to the server's `connection`
// frame and then closed: handshakes per second and handshake latency.
class ConnectScenario final : public Scenario
{
public:
    using Scenario::Scenario;

protected:
    std::vector<ChatClient::Plan> plans() override;
    int measure() override;
};
