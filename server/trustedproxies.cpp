// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "trustedproxies.h"

namespace {

// A dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d; subnets are written as a.b.c.d/n.
QHostAddress plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

bool TrustedProxies::parse(const QString &list, QString *error)
{
    m_subnets.clear();
    for (const QString &entry : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString text = entry.trimmed();
        QPair<QHostAddress, int> subnet;
        if (text.contains(QLatin1Char('/'))) {
            subnet = QHostAddress::parseSubnet(text);
        } else if (subnet.first.setAddress(text)) {
            subnet.second = subnet.first.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        }
        if (subnet.first.isNull() || subnet.second < 0) {
            *error = QStringLiteral("--trusted-proxies: '%1' is not an IP address or subnet").arg(text);
            return false;
        }
        m_subnets.append(subnet);
    }
    return true;
}

bool TrustedProxies::contains(const QHostAddress &address) const
{
    const QHostAddress candidate = plain(address);
    for (const auto &subnet : m_subnets) {
        if (candidate.isInSubnet(subnet))
            return true;
    }
    return false;
}

QHostAddress TrustedProxies::clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor) const
{
    if (forwardedFor.isEmpty() || !contains(peer))
        return peer;
    QHostAddress client = peer;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        QHostAddress address;
        // A hop we cannot read ends the chain: whatever stands left of it is unverifiable.
        if (!address.setAddress(QString::fromLatin1(hop->trimmed())))
            break;
        client = address;
        if (!contains(address))
            break;
    }
    return plain(client);
}
