// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "connectscenario.h"
#include "fanoutscenario.h"
#include "idlescenario.h"
#include "options.h"

#include <sys/resource.h>

#include <cstdio>
#include <memory>

namespace {
// Tens of thousands of sockets need the hard limit, not the usual soft 1024.
void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}
} // namespace

int main(int argc, char **argv)
{
    Options options;
    std::string error;
    if (!options.parse(argc, argv, error)) {
        fprintf(stderr, "%s%s", error.c_str(), error.empty() || error.back() == '\n' ? "" : "\n");
        return 2;
    }
    raiseFileLimit();
    std::unique_ptr<Scenario> scenario;
    if (options.scenario == "fanout")
        scenario = std::make_unique<FanoutScenario>(options);
    else if (options.scenario == "idle")
        scenario = std::make_unique<IdleScenario>(options);
    else
        scenario = std::make_unique<ConnectScenario>(options);
    return scenario->exec();
}
