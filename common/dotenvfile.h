// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

/**
 * A `.env` file as the original server read it with dotenv: `KEY=VALUE` lines, `#` comments, optional quotes
 * and an optional `export ` prefix.
 * @note Reentrant.
 */
class DotEnvFile
{
public:
    /// Reads @p path; a missing file is empty, not an error (most deployments have none).
    static QHash<QString, QString> read(const QString &path);
    static QHash<QString, QString> parse(const QByteArray &content);
};
