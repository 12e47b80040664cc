// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeView;
class TrafficFilter;
class TrafficModel;

/// The traffic log: recent messages and events of every channel or of the selected one, filterable, pausable.
class TrafficPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficPanel)

public:
    /// @p pause and @p follow are checkable actions owned elsewhere (they also sit in the View menu).
    TrafficPanel(TrafficModel *model, QAction *pause, QAction *follow, QWidget *parent = nullptr);

    /// The channel selected in the console; the log shows only it while "Selected channel only" is checked.
    void setSelectedChannel(const QString &channelId);
    QTreeView *view() const { return m_view; }
    TrafficFilter *filter() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QCheckBox *selectedOnlyBox() const { return m_selectedOnly; }

private:
    void applyChannelScope();
    void onRowsInserted();
    void updateCounters();

    TrafficModel *m_model;
    QAction *m_follow;
    TrafficFilter *m_filter;
    QLineEdit *m_filterEdit;
    QCheckBox *m_selectedOnly;
    QLabel *m_counters;
    QTreeView *m_view;
    QString m_selectedChannel;
    bool m_scrollPending = false;
};
