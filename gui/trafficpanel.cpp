// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "trafficpanel.h"

#include "trafficfilter.h"
#include "trafficmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

TrafficPanel::TrafficPanel(TrafficModel *model, QAction *pause, QAction *follow, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_follow(follow)
    , m_filter(new TrafficFilter(this))
    , m_filterEdit(new QLineEdit(this))
    , m_selectedOnly(new QCheckBox(tr("Selected channel only"), this))
    , m_counters(new QLabel(this))
    , m_view(new QTreeView(this))
{
    m_filter->setSourceModel(model);
    m_view->setObjectName(QStringLiteral("trafficView"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(TrafficModel::Time, 90);
    header->resizeSection(TrafficModel::Channel, 150);
    header->resizeSection(TrafficModel::User, 150);

    m_filterEdit->setObjectName(QStringLiteral("trafficFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by channel, user or text"));
    m_filterEdit->setClearButtonEnabled(true);
    m_selectedOnly->setObjectName(QStringLiteral("trafficSelectedOnly"));

    auto *title = new QLabel(tr("Traffic"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_selectedOnly);
    bar->addWidget(buttonFor(pause, this));
    bar->addWidget(buttonFor(follow, this));
    bar->addWidget(m_counters);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &TrafficFilter::setText);
    connect(m_selectedOnly, &QCheckBox::toggled, this, &TrafficPanel::applyChannelScope);
    connect(pause, &QAction::toggled, model, &TrafficModel::setPaused);
    connect(follow, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_view->scrollToBottom();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TrafficPanel::onRowsInserted);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TrafficPanel::updateCounters);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TrafficPanel::updateCounters);
    connect(model, &QAbstractItemModel::modelReset, this, &TrafficPanel::updateCounters);
    connect(model, &TrafficModel::countersChanged, this, &TrafficPanel::updateCounters);
    updateCounters();
}

void TrafficPanel::setSelectedChannel(const QString &channelId)
{
    m_selectedChannel = channelId;
    applyChannelScope();
}

void TrafficPanel::applyChannelScope()
{
    m_filter->setChannel(m_selectedOnly->isChecked() ? m_selectedChannel : QString());
}

void TrafficPanel::onRowsInserted()
{
    // One scroll per burst of insertions, after the view has laid the new rows out.
    if (!m_follow->isChecked() || m_scrollPending)
        return;
    m_scrollPending = true;
    QTimer::singleShot(0, this, [this] {
        m_scrollPending = false;
        m_view->scrollToBottom();
    });
}

void TrafficPanel::updateCounters()
{
    QString text = tr("Rows: %1").arg(m_model->rowCount());
    if (m_model->isPaused())
        text += QStringLiteral(" · ") + tr("Paused, held back: %1").arg(m_model->heldBack());
    if (m_model->omittedTotal() > 0)
        text += QStringLiteral(" · ") + tr("Not shown: %1").arg(m_model->omittedTotal());
    m_counters->setText(text);
}
