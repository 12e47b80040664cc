// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "trafficevent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

#include <deque>

/**
 * Recent traffic of every channel, oldest first, as a bounded ring: when full, the oldest rows are removed before
 * new ones are inserted, so memory stays flat however busy the server is. While paused, new events are held back
 * (within the same bound) and shown on resume.
 */
class TrafficModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficModel)

public:
    enum Column { Time, Channel, User, Text, ColumnCount };

    static constexpr int DefaultCapacity = 10000;
    /// Longer message texts are cut when stored: the console shows traffic, it does not archive it.
    static constexpr int MaxStoredText = 1024;
    /// KindRole's value for a row that stands for events the server left out of its batches.
    static constexpr int OmittedKind = -1;

    explicit TrafficModel(int capacity = DefaultCapacity, QObject *parent = nullptr);

    /// Appends @p events (oldest first); @p omitted events before them were left out by the server.
    void append(const QList<TrafficEvent> &events, int omitted = 0);
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void clear();

    int capacity() const { return m_capacity; }
    /// Events held back while paused.
    int heldBack() const { return int(m_held.size()); }
    /// Events never shown: left out by the server, or dropped while paused.
    quint64 omittedTotal() const { return m_omittedTotal; }

    /// The text the console shows for an event (a message's own text, or a description).
    static QString describe(const TrafficEvent &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The number of held-back or omitted events changed.
    void countersChanged();

private:
    struct Row
    {
        quint64 seq = 0;
        TrafficEvent event;
        int omitted = 0; // > 0: a marker row for events left out
    };

    void insertRows(std::deque<Row> &&rows);
    Row makeRow(const TrafficEvent &event);
    QVariant display(const Row &row, int column) const;
    QVariant styled(const Row &row, int column, int role) const;

    const int m_capacity;
    std::deque<Row> m_rows;
    std::deque<Row> m_held;
    quint64 m_nextSeq = 1;
    quint64 m_omittedTotal = 0;
    bool m_paused = false;
    mutable QHash<int, QIcon> m_icons; // built on first use: a QIcon needs the GUI application
};
