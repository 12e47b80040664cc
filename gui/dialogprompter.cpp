// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "dialogprompter.h"

#include "bandialog.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

DialogPrompter::DialogPrompter(QWidget *parent)
    : m_parent(parent)
{
}

bool DialogPrompter::confirm(const QString &title, const QString &question, const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, m_parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

std::optional<QString> DialogPrompter::askText(const QString &title, const QString &label, const QString &acceptText,
                                               bool allowEmpty)
{
    QInputDialog dialog(m_parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setOkButtonText(acceptText);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.resize(480, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QString text = dialog.textValue().trimmed();
    if (text.isEmpty() && !allowEmpty)
        return std::nullopt;
    return text;
}

std::optional<BanRequest> DialogPrompter::askBan(const BanRequest &proposal)
{
    BanDialog dialog(proposal, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.request();
}
