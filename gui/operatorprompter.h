// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "banrequest.h"

#include <QString>

#include <optional>

/**
 * Asks the operator before a command goes to the server: confirmations and the details of a command (a reason,
 * a notice, a ban). The console uses dialogs; tests inject scripted answers instead.
 */
class OperatorPrompter
{
public:
    virtual ~OperatorPrompter() = default;

    /// True when the operator confirms @p question; @p acceptText labels the confirming button.
    virtual bool confirm(const QString &title, const QString &question, const QString &acceptText) = 0;
    /// A line of text, or nothing when the operator cancels. Empty text counts as cancel unless @p allowEmpty.
    virtual std::optional<QString> askText(const QString &title, const QString &label, const QString &acceptText,
                                           bool allowEmpty) = 0;
    /// The ban to apply, starting from @p proposal, or nothing when the operator cancels.
    virtual std::optional<BanRequest> askBan(const BanRequest &proposal) = 0;
};
