// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "../loadgen/target.h"
#include "soakconfig.h"
#include "soakrunner.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {
const char kUsage[] =
    "Usage: parley-soak --port PORT --server-pid PID [options]\n"
    "Soaks a running Parley on loopback: well-behaved members (every message exactly once, in order) next to\n"
    "churners, garbage, bad UTF-8, oversize frames, flooders, non-readers and raw protocol junk.\n"
    "  --host ADDR          127.0.0.x only (default 127.0.0.1)\n"
    "  --duration S         seconds in all (default 600)\n"
    "  --results FILE       also append the JSON line to FILE\n"
    "  --channels N --members N --senders N --rate R      well-behaved traffic (5 x 20, 2 senders, 2/s)\n"
    "  --bulk-members N --bulk-senders N --bulk-rate R --bulk-text CHARS   the channel non-readers sit in\n"
    "  --churners N --garbage N --bad-utf8 N --oversize N --flooders N --flood-rate R --non-readers N\n"
    "  --stall S            seconds a non-reader reads nothing (default 25)\n"
    "  --no-raw-junk        no binary/protocol junk thread\n"
    "  --warmup S           seconds after authentication before the start RSS (default 15)\n"
    "  --max-rss-growth F   fail when end RSS > start x (1 + F) (default 0.5)\n"
    "Exits 1 when a well-behaved message was lost, the server died, or its RSS grew past the limit.\n";
} // namespace

int main(int argc, char **argv)
{
    signal(SIGPIPE, SIG_IGN);
    SoakConfig config;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            fputs(kUsage, stdout);
            return 0;
        }
        if (arg == "--no-raw-junk") {
            config.rawJunk = false;
            continue;
        }
        if (i + 1 >= argc) {
            fprintf(stderr, "parley-soak: %s needs a value\n%s", arg.c_str(), kUsage);
            return 2;
        }
        const char *value = argv[++i];
        double number = atof(value);
        if (arg == "--host")
            config.host = value;
        else if (arg == "--port")
            config.port = int(number);
        else if (arg == "--server-pid")
            config.serverPid = int(number);
        else if (arg == "--duration")
            config.durationS = number;
        else if (arg == "--results")
            config.results = value;
        else if (arg == "--channels")
            config.channels = int(number);
        else if (arg == "--members")
            config.members = int(number);
        else if (arg == "--senders")
            config.senders = int(number);
        else if (arg == "--rate")
            config.rate = number;
        else if (arg == "--bulk-members")
            config.bulkMembers = int(number);
        else if (arg == "--bulk-senders")
            config.bulkSenders = int(number);
        else if (arg == "--bulk-rate")
            config.bulkRate = number;
        else if (arg == "--bulk-text")
            config.bulkText = int(number);
        else if (arg == "--churners")
            config.churners = int(number);
        else if (arg == "--garbage")
            config.garbage = int(number);
        else if (arg == "--bad-utf8")
            config.badUtf8 = int(number);
        else if (arg == "--oversize")
            config.oversize = int(number);
        else if (arg == "--flooders")
            config.flooders = int(number);
        else if (arg == "--flood-rate")
            config.floodRate = number;
        else if (arg == "--non-readers")
            config.nonReaders = int(number);
        else if (arg == "--stall")
            config.stallS = number;
        else if (arg == "--warmup")
            config.warmupS = number;
        else if (arg == "--max-rss-growth")
            config.maxRssGrowth = number;
        else {
            fprintf(stderr, "parley-soak: unknown option %s\n%s", arg.c_str(), kUsage);
            return 2;
        }
    }
    if (config.port <= 0 || config.serverPid <= 0) {
        fprintf(stderr, "parley-soak: --port and --server-pid are required\n%s", kUsage);
        return 2;
    }
    config.senders = std::min(config.senders, config.members);
    config.bulkSenders = std::min(config.bulkSenders, config.bulkMembers);
    Target target;
    std::string error;
    if (!target.resolve(config.host, config.port, 0, error)) {
        fprintf(stderr, "parley-soak: %s\n", error.c_str());
        return 2;
    }
    SoakRunner runner(config, target);
    return runner.run();
}
