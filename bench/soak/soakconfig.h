// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

// The soak's settings, from the command line (parley-soak --help).
class SoakConfig
{
public:
    std::string host = "127.0.0.1";
    int port = 0;
    int serverPid = 0;
    double durationS = 600;
    std::string results; // append the JSON line here too (empty: stdout only)
    // Well-behaved traffic: channels x members, the first `senders` of each channel send `rate` messages/s.
    int channels = 5;
    int members = 20;
    int senders = 2;
    double rate = 2;
    // A bulk channel of well-behaved members sending big messages: what fills a non-reader's backlog.
    int bulkMembers = 10;
    int bulkSenders = 10;
    double bulkRate = 12;
    int bulkText = 4000;
    // Misbehaving clients, each slot reconnecting for the whole run.
    int churners = 10;
    int garbage = 3;
    int badUtf8 = 1;
    int oversize = 2;
    int flooders = 2;
    double floodRate = 400;
    int nonReaders = 2;
    double stallS = 25; // a non-reader reads nothing for this long, then drains to see the close frame
    bool rawJunk = true;
    double warmupS = 15; // after every member is authenticated, before the start RSS is taken
    double maxRssGrowth = 0.5;
};
