// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "banrequest.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

/// Asks for the details of a ban: name or address, this channel or every channel, duration and reason.
class BanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BanDialog)

public:
    explicit BanDialog(const BanRequest &proposal, QWidget *parent = nullptr);

    BanRequest request() const;

private:
    void updateAcceptable();

    QString m_channel;
    QComboBox *m_target;
    QLineEdit *m_value;
    QRadioButton *m_thisChannel;
    QRadioButton *m_everyChannel;
    QSpinBox *m_minutes;
    QLineEdit *m_reason;
    QPushButton *m_accept;
};
