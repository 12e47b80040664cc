// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "auditentry.h"

#include <QAbstractTableModel>
#include <QList>

/// The moderation audit log as the server last sent it (newest entries, oldest first), one row per entry.
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)

public:
    enum Column { Time, Action, Target, Channel, Reason, ColumnCount };

    explicit AuditModel(QObject *parent = nullptr);

    /// The words the console shows for an audit action ("kick", "clear-history", …); unknown actions as they are.
    static QString actionText(const QString &action);

    /// Replaces the rows; entries have no id, and a log only grows at its end, so a reset is cheap and honest.
    void setEntries(const QList<AuditEntry> &entries);
    const QList<AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AuditEntry &entry, int column) const;
    QVariant sortValue(int row, int column) const;

    QList<AuditEntry> m_entries;
};
