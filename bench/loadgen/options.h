// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

// The command line: `parley-loadgen SCENARIO [--option value ...]`.
class Options
{
public:
    // Returns false with a message in error (or the usage text for --help).
    bool parse(int argc, char **argv, std::string &error);
    static std::string usage();

    std::string scenario;
    std::string host = "127.0.0.1";
    int port = 6000;
    std::string targets; // comma-separated ports of several nodes; members are spread round-robin
    std::string pathPrefix = "/bench";
    std::string label = "server";
    int channels = 1;
    int members = 500;
    int senders = 10;
    double rate = 1000;
    double duration = 10;
    int connections = 1000;
    int threads = 1;
    int sources = 0;
    int serverPid = 0;
    int inFlight = 200;
    double authTimeout = 30;
    double connectTimeout = 10;
    double drain = 2;
    double settle = 2;
    bool max = false;
    double maxFactor = 1.5;
    double maxP99Ms = 50;
    int maxSteps = 14;

private:
    bool set(const std::string &name, const std::string &value, std::string &error);
};
