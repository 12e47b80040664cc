// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "bandialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

constexpr int MaxMinutes = 60 * 24 * 365;
constexpr qint64 MsPerMinute = 60 * 1000;

} // namespace

BanDialog::BanDialog(const BanRequest &proposal, QWidget *parent)
    : QDialog(parent)
    , m_channel(proposal.channel)
    , m_target(new QComboBox(this))
    , m_value(new QLineEdit(proposal.value, this))
    , m_thisChannel(new QRadioButton(this))
    , m_everyChannel(new QRadioButton(tr("In every channel"), this))
    , m_minutes(new QSpinBox(this))
    , m_reason(new QLineEdit(proposal.reason, this))
    , m_accept(nullptr)
{
    setWindowTitle(tr("Ban"));
    m_target->addItem(tr("User name"), int(BanInfo::Target::Name));
    m_target->addItem(tr("IP address"), int(BanInfo::Target::Address));
    m_target->setCurrentIndex(m_target->findData(int(proposal.target)));
    m_thisChannel->setText(m_channel.isEmpty() ? tr("In this channel") : tr("Only in “%1”").arg(m_channel));
    m_thisChannel->setEnabled(!m_channel.isEmpty());
    (m_channel.isEmpty() ? m_everyChannel : m_thisChannel)->setChecked(true);
    m_minutes->setRange(0, MaxMinutes);
    m_minutes->setValue(int(proposal.durationMs / MsPerMinute));
    m_minutes->setSpecialValueText(tr("forever"));
    m_minutes->setSuffix(tr(" min"));
    m_reason->setPlaceholderText(tr("Sent to the banned client"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(tr("Ban"), QDialogButtonBox::AcceptRole);
    m_accept->setDefault(true);

    auto *scope = new QVBoxLayout;
    scope->addWidget(m_thisChannel);
    scope->addWidget(m_everyChannel);
    auto *form = new QFormLayout;
    form->addRow(tr("Ban by:"), m_target);
    form->addRow(tr("Name or address:"), m_value);
    form->addRow(tr("Where:"), scope);
    form->addRow(tr("Duration:"), m_minutes);
    form->addRow(tr("Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_value, &QLineEdit::textChanged, this, &BanDialog::updateAcceptable);
    updateAcceptable();
    resize(440, sizeHint().height());
}

BanRequest BanDialog::request() const
{
    BanRequest request;
    request.target = BanInfo::Target(m_target->currentData().toInt());
    request.value = m_value->text().trimmed();
    request.channel = m_thisChannel->isChecked() ? m_channel : QString();
    request.durationMs = qint64(m_minutes->value()) * MsPerMinute;
    request.reason = m_reason->text().trimmed();
    return request;
}

void BanDialog::updateAcceptable()
{
    m_accept->setEnabled(!m_value->text().trimmed().isEmpty());
}
