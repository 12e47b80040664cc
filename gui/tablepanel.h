// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

/// A titled, sortable table over one of the console's models, optionally with a filter box.
class TablePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TablePanel)

public:
    enum class Filter { None, Text };

    TablePanel(QAbstractItemModel *model, Filter filter, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setFilterPlaceholder(const QString &text);
    /// Adds a button for @p action beside the filter box (the action stays owned elsewhere).
    void addTool(QAction *action);
    QTreeView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }

    /// The model row of the current item, or -1.
    int currentSourceRow() const;
    /// Makes @p sourceRow the current (and selected) row.
    void setCurrentSourceRow(int sourceRow);
    /// Sizes @p column to its (translated) header text. Not ResizeToContents: that measures up to a thousand rows
    /// on every update.
    void fitColumnToHeader(int column);
    /// Makes the top row, as sorted and filtered, the current one.
    void selectFirstRow();

Q_SIGNALS:
    /// The current row changed (to another row, or to none).
    void currentRowChanged();

private:
    QLabel *m_title;
    QHBoxLayout *m_top;
    QLineEdit *m_filter;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
};
