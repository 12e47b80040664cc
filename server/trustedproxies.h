// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

/**
 * The reverse proxies whose X-Forwarded-For header Parley believes (--trusted-proxies). Behind a proxy every
 * connection comes from the proxy's address; per-address limits and address bans need the client's.
 * @note Reentrant.
 */
class TrustedProxies final
{
public:
    /// Reads a comma-separated list of addresses and subnets (10.0.0.5, 10.0.0.0/8, ::1, fd00::/8). On a bad
    /// entry returns false with one line in @p error naming the flag.
    bool parse(const QString &list, QString *error);
    bool isEmpty() const { return m_subnets.isEmpty(); }
    bool contains(const QHostAddress &address) const;
    /// The address a connection speaks for: @p peer itself unless it is a trusted proxy; then the right-most
    /// X-Forwarded-For entry that is not a trusted proxy (entries further left could be forged by the client).
    QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor) const;

private:
    QList<QPair<QHostAddress, int>> m_subnets;
};
