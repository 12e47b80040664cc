// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "scenario.h"

// C channels x M members, S senders per channel at an aggregate rate R for D seconds; every member must
// receive every message of its channel. With --max, repeats the send window on the same connections with a
// rising rate until p99 or losses give out, then bisects, and reports the highest clean rate.
class FanoutScenario final : public Scenario
{
public:
    using Scenario::Scenario;

protected:
    std::vector<ChatClient::Plan> plans() override;
    int measure() override;

private:
    struct StepResult
    {
        double rate = 0;
        int64_t sent = 0;
        int64_t delivered = 0;
        int64_t lost = 0;
        double deliveriesPerS = 0;
        double p99Ms = 0;
        bool clean = false;
    };

    bool connectAndAuthenticate();
    StepResult runStep(int step, double rate);
    void searchMax();
    void waitForQuiet();
};
