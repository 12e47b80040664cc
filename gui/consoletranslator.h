// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QTranslator>

/**
 * Installs the console's translations (embedded under :/i18n) and Qt's own for one language while it lives.
 * Only the console is translated: log lines and protocol text stay English.
 */
class ConsoleTranslator final
{
    Q_DISABLE_COPY_MOVE(ConsoleTranslator)

public:
    /// @p language is a code such as "de"; empty follows the system locale.
    explicit ConsoleTranslator(const QString &language = QString());
    ~ConsoleTranslator();

    /// True when a Parley translation was found and installed (English needs none).
    bool isLoaded() const { return m_loaded; }
    QLocale locale() const { return m_locale; }

private:
    QLocale m_locale;
    QLocale m_previousDefault;
    QTranslator m_parley;
    QTranslator m_qt;
    bool m_loaded = false;
    bool m_qtLoaded = false;
};
