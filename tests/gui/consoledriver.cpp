// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "consoledriver.h"

#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QTreeView>

ConsoleDriver::ConsoleDriver(MainWindow &window)
    : m_window(window)
{
}

QTreeView *ConsoleDriver::view(const char *objectName) const
{
    return m_window.findChild<QTreeView *>(QLatin1String(objectName));
}

QAction *ConsoleDriver::action(const char *objectName) const
{
    return m_window.findChild<QAction *>(QLatin1String(objectName));
}

int ConsoleDriver::rowWith(const char *viewName, const QString &text, int column) const
{
    const QAbstractItemModel *model = view(viewName)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

QString ConsoleDriver::cell(const char *viewName, const QString &key, int column) const
{
    const int row = rowWith(viewName, key);
    return row < 0 ? QString() : view(viewName)->model()->index(row, column).data().toString();
}

bool ConsoleDriver::select(const char *viewName, const QString &key)
{
    const int row = rowWith(viewName, key);
    if (row < 0)
        return false;
    QTreeView *target = view(viewName);
    target->selectionModel()->setCurrentIndex(target->model()->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

bool ConsoleDriver::trafficShows(const QString &text) const
{
    const QAbstractItemModel *model = view("trafficView")->model();
    const int last = model->columnCount() - 1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, last).data().toString() == text)
            return true;
    }
    return false;
}

QString ConsoleDriver::statusText(const char *objectName) const
{
    const QLabel *label = m_window.findChild<QLabel *>(QLatin1String(objectName));
    return label ? label->text() : QString();
}
