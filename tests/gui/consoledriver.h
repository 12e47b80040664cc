// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class MainWindow;
class QAction;
class QTreeView;

/// Reads and drives the console the way an operator would: through its views, selections and actions.
class ConsoleDriver final
{
public:
    explicit ConsoleDriver(MainWindow &window);

    QTreeView *view(const char *objectName) const;
    QAction *action(const char *objectName) const;

    /// The view row (in display order) whose column @p column shows @p text, or -1.
    int rowWith(const char *view, const QString &text, int column = 0) const;
    /// The text shown in @p column of the row whose first column shows @p key, or a null string.
    QString cell(const char *view, const QString &key, int column) const;
    /// Makes the row whose first column shows @p key current; false when there is none.
    bool select(const char *view, const QString &key);
    /// True when some traffic row shows @p text in its last column.
    bool trafficShows(const QString &text) const;
    /// The text of the status bar label @p objectName.
    QString statusText(const char *objectName) const;

private:
    MainWindow &m_window;
};
