// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "tablepanel.h"

#include "modelroles.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

TablePanel::TablePanel(QAbstractItemModel *model, Filter filter, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_top(new QHBoxLayout)
    , m_filter(filter == Filter::Text ? new QLineEdit(this) : nullptr)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ModelRoles::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    m_top->addWidget(m_title);
    m_top->addStretch();
    if (m_filter) {
        m_filter->setClearButtonEnabled(true);
        m_filter->setMaximumWidth(260);
        m_top->addWidget(m_filter);
        connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    }
    layout->addLayout(m_top);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TablePanel::currentRowChanged);
}

void TablePanel::setTitle(const QString &title)
{
    m_title->setText(title);
}

void TablePanel::setFilterPlaceholder(const QString &text)
{
    if (m_filter)
        m_filter->setPlaceholderText(text);
}

void TablePanel::addTool(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    m_top->addWidget(button);
}

int TablePanel::currentSourceRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void TablePanel::setCurrentSourceRow(int sourceRow)
{
    const QModelIndex index = m_proxy->mapFromSource(m_proxy->sourceModel()->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void TablePanel::fitColumnToHeader(int column)
{
    constexpr int MinimumWidth = 70;
    constexpr int Padding = 12;
    QHeaderView *header = m_view->header();
    header->resizeSection(column, qMax(MinimumWidth, header->sectionSizeHint(column) + Padding));
}

void TablePanel::selectFirstRow()
{
    const QModelIndex index = m_proxy->index(0, 0);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}
