// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operatorprompter.h"

#include <QPointer>
#include <QWidget>

/// Asks the operator with modal dialogs over @p parent.
class DialogPrompter final : public OperatorPrompter
{
public:
    explicit DialogPrompter(QWidget *parent);

    bool confirm(const QString &title, const QString &question, const QString &acceptText) override;
    std::optional<QString> askText(const QString &title, const QString &label, const QString &acceptText,
                                   bool allowEmpty) override;
    std::optional<BanRequest> askBan(const BanRequest &proposal) override;

private:
    QPointer<QWidget> m_parent;
};
