// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "scenario.h"

// N connections that never identify and only answer heartbeats: the server's cost of holding connections
// (RSS per connection above a baseline taken before connecting, CPU while idle) and its heartbeat rate.
class IdleScenario final : public Scenario
{
public:
    using Scenario::Scenario;

protected:
    std::vector<ChatClient::Plan> plans() override;
    int measure() override;
};
