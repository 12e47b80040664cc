// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QSslConfiguration>
#include <QString>

/**
 * Loads the certificate chain and private key for wss:// and checks, before anything listens, that both
 * files are readable, parse, and belong together.
 * @note Reentrant.
 */
class TlsConfiguration
{
public:
    /// Fills @p out from the PEM files; on failure returns false with one line in @p error naming the flag.
    static bool load(const QString &certPath, const QString &keyPath, QSslConfiguration *out, QString *error);

private:
    static bool keyMatchesCertificate(const QByteArray &certPem, const QByteArray &keyPem);
};
