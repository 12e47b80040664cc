// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "soakrunner.h"

#include "../loadgen/monoclock.h"
#include "../loadgen/processprobe.h"
#include "../loadgen/target.h"
#include "rawjunkclient.h"

#include <sys/epoll.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <thread>

namespace {
const int64_t kSecondUs = 1000 * 1000;
const int64_t kHousekeepingUs = 100 * 1000;
const int64_t kConnectTimeoutUs = 10 * kSecondUs;
const int64_t kClosingTimeoutUs = 2 * kSecondUs;
const int64_t kAuthTimeoutUs = 30 * kSecondUs;
const int64_t kDrainUs = 4 * kSecondUs;
const size_t kScratchSize = 256 * 1024;

using Role = SoakClient::Role;

std::string nowText()
{
    char text[32];
    time_t t = time(nullptr);
    strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", gmtime(&t));
    return text;
}
} // namespace

SoakRunner::SoakRunner(const SoakConfig &config, const Target &target)
    : m_config(config)
    , m_target(target)
    , m_epollFd(epoll_create1(EPOLL_CLOEXEC))
    , m_scratch(kScratchSize)
{
}

SoakRunner::~SoakRunner()
{
    m_clients.clear();
    if (m_epollFd >= 0)
        ::close(m_epollFd);
}

void SoakRunner::addMembers()
{
    const SoakConfig &c = m_config;
    m_sent.assign(size_t(c.channels * c.senders + c.bulkSenders), 0);
    for (int channel = 0; channel < c.channels; ++channel) {
        for (int i = 0; i < c.members; ++i) {
            SoakClient::Plan plan;
            plan.path = "/soak-" + std::to_string(channel);
            plan.name = "m" + std::to_string(channel) + "_" + std::to_string(i);
            plan.firstSender = channel * c.senders;
            plan.senders = c.senders;
            if (i < c.senders)
                plan.senderId = plan.firstSender + i;
            plan.rate = c.rate;
            m_clients.push_back(std::make_unique<SoakClient>(plan, m_tally, m_sent));
        }
    }
    for (int i = 0; i < c.bulkMembers; ++i) {
        SoakClient::Plan plan;
        plan.path = "/soak-bulk";
        plan.name = "bulk" + std::to_string(i);
        plan.firstSender = c.channels * c.senders;
        plan.senders = c.bulkSenders;
        if (i < c.bulkSenders)
            plan.senderId = plan.firstSender + i;
        plan.rate = c.bulkRate;
        plan.textSize = c.bulkText;
        m_clients.push_back(std::make_unique<SoakClient>(plan, m_tally, m_sent));
    }
    for (size_t i = 0; i < m_clients.size(); ++i)
        startClient(i);
}

SoakClient::Plan SoakRunner::probePlan(Role role, int slot)
{
    SoakClient::Plan plan;
    plan.role = role;
    std::string wellBehavedChannel = "/soak-" + std::to_string(slot % std::max(1, m_config.channels));
    switch (role) {
    case Role::Member:
        break;
    case Role::Churner:
        plan.path = wellBehavedChannel;
        plan.name = "churn" + std::to_string(m_names++);
        break;
    case Role::Garbage:
    case Role::BadUtf8:
        plan.path = "/soak-garbage";
        break;
    case Role::Oversize:
        plan.path = "/soak-oversize";
        plan.lifetimeS = 10;
        break;
    case Role::Flooder:
        plan.path = wellBehavedChannel; // what gets through the rate limit lands among the members
        plan.name = "flood" + std::to_string(m_names++);
        plan.rate = m_config.floodRate;
        break;
    case Role::NonReader:
        plan.path = "/soak-bulk";
        plan.lifetimeS = m_config.stallS;
        break;
    }
    return plan;
}

void SoakRunner::addProbes()
{
    const std::pair<Role, int> slots[] = {
        {Role::Churner, m_config.churners},  {Role::Garbage, m_config.garbage},  {Role::BadUtf8, m_config.badUtf8},
        {Role::Oversize, m_config.oversize}, {Role::Flooder, m_config.flooders}, {Role::NonReader, m_config.nonReaders},
    };
    for (const auto &slot : slots) {
        for (int i = 0; i < slot.second; ++i) {
            m_clients.push_back(std::make_unique<SoakClient>(probePlan(slot.first, i), m_tally, m_sent));
            startClient(m_clients.size() - 1);
        }
    }
}

void SoakRunner::startClient(size_t index)
{
    uint64_t seed = m_seed++ ^ uint64_t(MonoClock::nowUs()) << 20;
    m_clients[index]->start(m_epollFd, m_target, seed);
}

void SoakRunner::turn(int64_t nowUs, bool sending, bool reconnect)
{
    epoll_event events[512];
    int n = epoll_wait(m_epollFd, events, 512, 2);
    for (int i = 0; i < n; ++i)
        static_cast<SoakClient *>(events[i].data.ptr)
            ->handleEvents(events[i].events, m_scratch.data(), m_scratch.size());
    nowUs = MonoClock::nowUs();
    for (auto &client : m_clients) {
        if (client->plan().role == Role::NonReader)
            client->pollOwn(nowUs, m_scratch.data(), m_scratch.size());
        client->tick(nowUs, sending);
    }
    if (nowUs >= m_nextHousekeepingUs) {
        housekeeping(nowUs, reconnect);
        m_nextHousekeepingUs = nowUs + kHousekeepingUs;
    }
}

void SoakRunner::housekeeping(int64_t nowUs, bool reconnect)
{
    for (size_t i = 0; i < m_clients.size(); ++i) {
        SoakClient &client = *m_clients[i];
        if (client.awaitingConnection() && nowUs - client.startedUs() > kConnectTimeoutUs)
            client.abort("no connection frame before the connect timeout");
        else if (client.state() == WsConnection::State::Closing && nowUs - client.stateSinceUs() > kClosingTimeoutUs)
            client.abort(nullptr);
        Role role = client.plan().role;
        if (!reconnect || role == Role::Member || !client.isClosed())
            continue;
        int64_t pauseUs = role == Role::Churner ? kSecondUs / 5 : kSecondUs;
        if (nowUs - client.closedUs() < pauseUs)
            continue;
        SoakClient::Plan plan = client.plan();
        if (!plan.name.empty())
            plan.name = (role == Role::Churner ? "churn" : "flood") + std::to_string(m_names++);
        m_clients[i] = std::make_unique<SoakClient>(plan, m_tally, m_sent);
        startClient(i);
    }
}

bool SoakRunner::sampleRss(int64_t nowUs)
{
    if (nowUs < m_nextRssUs)
        return true;
    m_nextRssUs = nowUs + kSecondUs;
    int64_t rss = ProcessProbe::rssKib(m_config.serverPid);
    if (rss < 0)
        return false; // gone (or a zombie: no VmRSS)
    m_rssLast = rss;
    m_rssPeak = std::max(m_rssPeak, rss);
    ++m_rssSamples;
    return true;
}

void SoakRunner::runRawJunk()
{
    RawJunkClient client(m_target, m_junkTally);
    uint64_t n = 0;
    while (!m_stopJunk.load()) {
        client.run(n % 2 ? RawJunkClient::Kind::Protocol : RawJunkClient::Kind::Binary, n / 2);
        ++n;
        for (int i = 0; i < 5 && !m_stopJunk.load(); ++i)
            usleep(100 * 1000);
    }
}

int SoakRunner::run()
{
    const SoakConfig &c = m_config;
    int64_t startUs = MonoClock::nowUs();
    int64_t endUs = startUs + int64_t(c.durationS * 1e6);
    bool crashed = false;
    addMembers();
    size_t members = m_clients.size();
    fprintf(stderr, "soak: %zu well-behaved members connecting\n", members);

    // Every member identified and authenticated before anything else starts.
    int64_t now = MonoClock::nowUs();
    while (now - startUs < kAuthTimeoutUs) {
        turn(now, false, false);
        now = MonoClock::nowUs();
        if (!sampleRss(now)) {
            crashed = true;
            break;
        }
        size_t ready = size_t(std::count_if(m_clients.begin(), m_clients.end(),
                                            [](const auto &client) { return client->isAuthenticated(); }));
        if (ready == members)
            break;
    }
    size_t ready = size_t(std::count_if(m_clients.begin(), m_clients.end(),
                                        [](const auto &client) { return client->isAuthenticated(); }));
    fprintf(stderr, "soak: %zu/%zu members authenticated after %.1f s; misbehaving clients start\n", ready, members,
            double(now - startUs) / 1e6);

    std::thread junk;
    if (!crashed) {
        addProbes();
        if (c.rawJunk)
            junk = std::thread([this] { runRawJunk(); });
    }
    int64_t rssStartAtUs = now + int64_t(c.warmupS * 1e6);
    int64_t sendEndUs = std::max(now + kSecondUs, endUs - kDrainUs);
    int64_t nextProgressUs = now + 10 * kSecondUs;
    while (!crashed && now < sendEndUs) {
        turn(now, true, true);
        now = MonoClock::nowUs();
        if (!sampleRss(now))
            crashed = true;
        if (m_rssStart < 0 && now >= rssStartAtUs)
            m_rssStart = m_rssLast;
        if (now >= nextProgressUs) {
            nextProgressUs += 10 * kSecondUs;
            fprintf(stderr, "soak: %3.0f s  rss %lld KiB  connections %lld  delivered %lld  sent %lld\n",
                    double(now - startUs) / 1e6, static_cast<long long>(m_rssLast),
                    static_cast<long long>(m_tally.connections + m_junkTally.connections),
                    static_cast<long long>(m_tally.delivered), static_cast<long long>(m_tally.wellBehavedSent));
        }
    }
    m_stopJunk.store(true);
    if (junk.joinable())
        junk.join();
    if (m_rssStart < 0)
        m_rssStart = m_rssLast;

    // Senders stop; what is in flight arrives.
    int64_t drainEndUs = now + kDrainUs;
    while (!crashed && now < drainEndUs) {
        turn(now, false, false);
        now = MonoClock::nowUs();
        if (!sampleRss(now))
            crashed = true;
    }
    int64_t lost = 0;
    for (size_t i = 0; i < members; ++i)
        lost += m_clients[i]->lost();

    for (auto &client : m_clients)
        client->finish();
    int64_t closeEndUs = now + 3 * kSecondUs;
    while (now < closeEndUs &&
           std::any_of(m_clients.begin(), m_clients.end(), [](const auto &client) { return !client->isClosed(); })) {
        turn(now, false, false);
        now = MonoClock::nowUs();
    }
    for (auto &client : m_clients)
        client->abort(nullptr);
    double elapsedS = double(now - startUs) / 1e6;
    // The end RSS: with every client gone and the server given 2 s to free what they held.
    for (int i = 0; i < 20 && !crashed; ++i) {
        usleep(100 * 1000);
        if (!sampleRss(MonoClock::nowUs()))
            crashed = true;
    }
    m_rssEnd = ProcessProbe::rssKib(c.serverPid);
    if (m_rssEnd < 0)
        crashed = true;
    return report(lost, crashed, elapsedS);
}

int SoakRunner::report(int64_t lost, bool crashed, double elapsedS)
{
    SoakTally all = m_tally;
    all.merge(m_junkTally);
    double growth = m_rssStart > 0 && m_rssEnd > 0 ? double(m_rssEnd - m_rssStart) / double(m_rssStart) : 0;
    bool rssOk = growth <= m_config.maxRssGrowth;
    bool pass = lost == 0 && !crashed && rssOk && all.wellBehavedClosed == 0 && all.duplicates == 0;

    printf("Parley soak, %.0f s\n", elapsedS);
    printf("  connections handled      %lld (failed to connect: %lld)\n", static_cast<long long>(all.connections),
           static_cast<long long>(all.failedConnects));
    printf("  messages delivered       %lld (well-behaved sent: %lld)\n", static_cast<long long>(all.delivered),
           static_cast<long long>(all.wellBehavedSent));
    printf("  lost (well-behaved)      %lld   must be 0\n", static_cast<long long>(lost));
    printf("  duplicate/out of order   %lld   seq jumps %lld\n", static_cast<long long>(all.duplicates),
           static_cast<long long>(all.seqJumps));
    printf("  members closed by server %lld   errors to members %lld\n", static_cast<long long>(all.wellBehavedClosed),
           static_cast<long long>(all.wellBehavedErrors));
    printf("  garbage frames %lld, flood frames %lld, rate_limited %lld, churn cycles %lld, error frames %lld\n",
           static_cast<long long>(all.garbageFrames), static_cast<long long>(all.floodFrames),
           static_cast<long long>(all.rateLimited), static_cast<long long>(all.churnCycles),
           static_cast<long long>(all.errorFrames));
    printf("  close codes (none = socket ended without a close frame, 0 = server never closed it):\n%s",
           all.closeCodesText().c_str());
    printf("  server RSS KiB           start %lld  peak %lld  end %lld  (%+.0f %%, %d samples)\n",
           static_cast<long long>(m_rssStart), static_cast<long long>(m_rssPeak), static_cast<long long>(m_rssEnd),
           growth * 100, m_rssSamples);
    printf("  server crashed           %s\n", crashed ? "YES" : "no");
    printf("  result                   %s\n", pass ? "PASS" : "FAIL");
    fflush(stdout);

    std::string text = "{\"date\":\"" + nowText() + "\"";
    auto add = [&text](const char *key, int64_t value) {
        text += ",\"" + std::string(key) + "\":" + std::to_string(value);
    };
    add("duration_s", int64_t(elapsedS + 0.5));
    add("connections", all.connections);
    add("failed_connects", all.failedConnects);
    add("delivered", all.delivered);
    add("well_behaved_sent", all.wellBehavedSent);
    add("lost", lost);
    add("duplicates", all.duplicates);
    add("seq_jumps", all.seqJumps);
    add("members_closed", all.wellBehavedClosed);
    add("member_errors", all.wellBehavedErrors);
    add("garbage_frames", all.garbageFrames);
    add("flood_frames", all.floodFrames);
    add("rate_limited", all.rateLimited);
    add("churn_cycles", all.churnCycles);
    add("rss_start_kib", m_rssStart);
    add("rss_peak_kib", m_rssPeak);
    add("rss_end_kib", m_rssEnd);
    text += std::string(",\"crashed\":") + (crashed ? "true" : "false");
    text += std::string(",\"pass\":") + (pass ? "true" : "false");
    text += ",\"close_codes\":" + all.closeCodesJson() + "}";
    printf("%s\n", text.c_str());
    if (!m_config.results.empty()) {
        if (FILE *file = fopen(m_config.results.c_str(), "a")) {
            fprintf(file, "%s\n", text.c_str());
            fclose(file);
        } else {
            fprintf(stderr, "soak: cannot append to %s\n", m_config.results.c_str());
        }
    }
    return pass ? 0 : 1;
}
