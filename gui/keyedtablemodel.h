// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

/**
 * A table whose rows are values keyed by a stable id, brought up to date from a full list of values at once
 * (a snapshot): rows that vanished are removed, changed rows get one dataChanged per run of rows (or one for the
 * whole table when most rows changed), new rows are appended. Subclasses say how to key and compare values.
 */
template<typename Key, typename Value> class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const Value &valueAt(int row) const { return m_rows.at(row); }
    /// The row holding @p key, or -1.
    int rowOf(const Key &key) const { return m_rowByKey.value(key, -1); }
    const QList<Value> &values() const { return m_rows; }

    void sync(const QList<Value> &fresh)
    {
        QHash<Key, int> incoming;
        incoming.reserve(fresh.size());
        for (int i = 0; i < fresh.size(); ++i)
            incoming.insert(keyOf(fresh.at(i)), i);
        removeVanished(incoming);

        QList<int> changed;
        for (int row = 0; row < m_rows.size(); ++row) {
            const Value &value = fresh.at(incoming.value(keyOf(m_rows.at(row))));
            if (rowChanged(m_rows.at(row), value)) {
                m_rows[row] = value;
                changed.append(row);
            }
        }
        announceChanged(changed);

        QList<Value> added;
        for (int i = 0; i < fresh.size(); ++i) {
            // A key given twice counts once (its last value), as in the update above.
            const Key key = keyOf(fresh.at(i));
            if (!m_rowByKey.contains(key) && incoming.value(key) == i)
                added.append(fresh.at(i));
        }
        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            for (const Value &value : std::as_const(added)) {
                m_rowByKey.insert(keyOf(value), int(m_rows.size()));
                m_rows.append(value);
            }
            endInsertRows();
        }
    }

    void clear()
    {
        if (m_rows.isEmpty())
            return;
        beginResetModel();
        m_rows.clear();
        m_rowByKey.clear();
        endResetModel();
    }

protected:
    virtual Key keyOf(const Value &value) const = 0;
    /// True when @p fresh shows differently from @p old (or sorts differently).
    virtual bool rowChanged(const Value &old, const Value &fresh) const = 0;
    /// Called for each key whose row is about to be removed, so subclasses can drop what they keep beside it.
    virtual void forget(const Key &) {}

private:
    void removeVanished(const QHash<Key, int> &incoming)
    {
        // From the end, one removal per contiguous run, so row numbers above the run stay valid.
        int row = int(m_rows.size()) - 1;
        bool removed = false;
        while (row >= 0) {
            if (incoming.contains(keyOf(m_rows.at(row)))) {
                --row;
                continue;
            }
            const int last = row;
            while (row >= 0 && !incoming.contains(keyOf(m_rows.at(row))))
                --row;
            beginRemoveRows({}, row + 1, last);
            for (int i = row + 1; i <= last; ++i)
                forget(keyOf(m_rows.at(i)));
            m_rows.remove(row + 1, last - row);
            endRemoveRows();
            removed = true;
        }
        if (removed) {
            m_rowByKey.clear();
            for (int i = 0; i < m_rows.size(); ++i)
                m_rowByKey.insert(keyOf(m_rows.at(i)), i);
        }
    }

    void announceChanged(const QList<int> &rows)
    {
        if (rows.isEmpty())
            return;
        const int lastColumn = columnCount() - 1;
        if (rows.size() * 2 > m_rows.size()) {
            Q_EMIT dataChanged(index(rows.first(), 0), index(rows.last(), lastColumn));
            return;
        }
        int start = 0;
        for (int i = 1; i <= rows.size(); ++i) {
            if (i == rows.size() || rows.at(i) != rows.at(i - 1) + 1) {
                Q_EMIT dataChanged(index(rows.at(start), 0), index(rows.at(i - 1), lastColumn));
                start = i;
            }
        }
    }

    QList<Value> m_rows;
    QHash<Key, int> m_rowByKey;
};
