// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "options.h"

#include <cerrno>
#include <cstdlib>

namespace {
bool toInt(const std::string &text, int &out)
{
    char *end = nullptr;
    errno = 0;
    long value = strtol(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || errno != 0 || value < 0 || value > 100000000)
        return false;
    out = int(value);
    return true;
}

bool toDouble(const std::string &text, double &out)
{
    char *end = nullptr;
    double value = strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !(value >= 0) || value > 1e9)
        return false;
    out = value;
    return true;
}
} // namespace

std::string Options::usage()
{
    return "usage: parley-loadgen SCENARIO [options]\n"
           "scenarios:\n"
           "  fanout   --channels C --members M --senders S --rate R --duration D [--max]\n"
           "  idle     --connections N --duration D [--channels C] [--server-pid PID]\n"
           "  connect  --connections N [--in-flight K]\n"
           "common: --host 127.0.0.1 --port P --path-prefix /bench --label NAME --threads T --sources N\n"
           "        --targets P1,P2,... (several nodes of one cluster on --host; members spread round-robin)\n"
           "        --server-pid PID --in-flight K --auth-timeout S --connect-timeout S --drain S --settle S\n"
           "max search (fanout --max): starts at --rate, multiplies by --max-factor until p99 > --max-p99-ms\n"
           "        or a loss, then bisects; at most --max-steps windows\n"
           "Output: one JSON line per measurement on stdout; progress on stderr.\n";
}

bool Options::parse(int argc, char **argv, std::string &error)
{
    if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
        error = usage();
        return false;
    }
    scenario = argv[1];
    if (scenario != "fanout" && scenario != "idle" && scenario != "connect") {
        error = "unknown scenario: " + scenario + "\n" + usage();
        return false;
    }
    for (int i = 2; i < argc; ++i) {
        std::string name = argv[i];
        if (name == "--max") {
            max = true;
            continue;
        }
        if (name.compare(0, 2, "--") != 0 || i + 1 >= argc) {
            error = "expected --option value, got: " + name;
            return false;
        }
        if (!set(name.substr(2), argv[++i], error))
            return false;
    }
    if (threads < 1 || threads > 64 || channels < 1 || members < 1 || connections < 1) {
        error = "--threads must be 1..64; --channels, --members and --connections at least 1";
        return false;
    }
    if (duration > 3600 || maxSteps > 60) {
        error = "--duration is capped at 3600 s and --max-steps at 60, so every run ends by itself";
        return false;
    }
    if (senders > members) {
        error = "--senders cannot exceed --members";
        return false;
    }
    return true;
}

bool Options::set(const std::string &name, const std::string &value, std::string &error)
{
    bool ok = true;
    if (name == "host")
        host = value;
    else if (name == "path-prefix")
        pathPrefix = value;
    else if (name == "label")
        label = value;
    else if (name == "targets")
        targets = value;
    else if (name == "port")
        ok = toInt(value, port);
    else if (name == "channels")
        ok = toInt(value, channels);
    else if (name == "members")
        ok = toInt(value, members);
    else if (name == "senders")
        ok = toInt(value, senders);
    else if (name == "connections")
        ok = toInt(value, connections);
    else if (name == "threads")
        ok = toInt(value, threads);
    else if (name == "sources")
        ok = toInt(value, sources);
    else if (name == "server-pid")
        ok = toInt(value, serverPid);
    else if (name == "in-flight")
        ok = toInt(value, inFlight);
    else if (name == "max-steps")
        ok = toInt(value, maxSteps);
    else if (name == "rate")
        ok = toDouble(value, rate);
    else if (name == "duration")
        ok = toDouble(value, duration);
    else if (name == "auth-timeout")
        ok = toDouble(value, authTimeout);
    else if (name == "connect-timeout")
        ok = toDouble(value, connectTimeout);
    else if (name == "drain")
        ok = toDouble(value, drain);
    else if (name == "settle")
        ok = toDouble(value, settle);
    else if (name == "max-factor")
        ok = toDouble(value, maxFactor);
    else if (name == "max-p99-ms")
        ok = toDouble(value, maxP99Ms);
    else {
        error = "unknown option: --" + name + "\n" + usage();
        return false;
    }
    if (!ok)
        error = "bad value for --" + name + ": " + value;
    return ok;
}
