// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operatorprompter.h"

#include <QStringList>

/**
 * Answers the console's questions without dialogs: confirms (or refuses), gives a fixed text, and turns a ban
 * proposal into a ban with the scope, duration and reason set here. Records every question asked.
 */
class ScriptedPrompter final : public OperatorPrompter
{
public:
    struct Script
    {
        bool confirm = true;
        std::optional<QString> text = QString();
        bool banEveryChannel = false;
        qint64 banDurationMs = 0;
        QString banReason;
    };

    explicit ScriptedPrompter(Script *script, QStringList *asked)
        : m_script(script)
        , m_asked(asked)
    {
    }

    bool confirm(const QString &title, const QString &, const QString &) override
    {
        m_asked->append(title);
        return m_script->confirm;
    }

    std::optional<QString> askText(const QString &title, const QString &, const QString &, bool allowEmpty) override
    {
        m_asked->append(title);
        if (m_script->text && m_script->text->isEmpty() && !allowEmpty)
            return std::nullopt;
        return m_script->text;
    }

    std::optional<BanRequest> askBan(const BanRequest &proposal) override
    {
        m_asked->append(QStringLiteral("ban %1").arg(proposal.value));
        if (!m_script->confirm)
            return std::nullopt;
        BanRequest ban = proposal;
        if (m_script->banEveryChannel)
            ban.channel.clear();
        ban.durationMs = m_script->banDurationMs;
        ban.reason = m_script->banReason;
        return ban;
    }

private:
    Script *m_script;
    QStringList *m_asked;
};
