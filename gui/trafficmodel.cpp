// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "trafficmodel.h"

#include "consoleformat.h"
#include "modelroles.h"

#include <QColor>
#include <QFont>
#include <QIcon>

namespace {

constexpr int MaxDisplayedText = 300;

QString iconFor(TrafficEvent::Kind kind)
{
    switch (kind) {
    case TrafficEvent::Kind::Message:
        return {};
    case TrafficEvent::Kind::Join:
        return QStringLiteral(":/parley/icons/join.svg");
    case TrafficEvent::Kind::Leave:
        return QStringLiteral(":/parley/icons/leave.svg");
    case TrafficEvent::Kind::Notice:
        return QStringLiteral(":/parley/icons/announce.svg");
    case TrafficEvent::Kind::Kick:
        return QStringLiteral(":/parley/icons/kick.svg");
    case TrafficEvent::Kind::Ban:
        return QStringLiteral(":/parley/icons/ban-name.svg");
    case TrafficEvent::Kind::Unban:
        return QStringLiteral(":/parley/icons/unban.svg");
    case TrafficEvent::Kind::Mute:
        return QStringLiteral(":/parley/icons/mute.svg");
    case TrafficEvent::Kind::Unmute:
        return QStringLiteral(":/parley/icons/unmute.svg");
    case TrafficEvent::Kind::Lock:
        return QStringLiteral(":/parley/icons/lock.svg");
    case TrafficEvent::Kind::Unlock:
        return QStringLiteral(":/parley/icons/unlock.svg");
    case TrafficEvent::Kind::ChannelClosed:
        return QStringLiteral(":/parley/icons/close-channel.svg");
    }
    return {};
}

QColor colorFor(TrafficEvent::Kind kind)
{
    switch (kind) {
    case TrafficEvent::Kind::Message:
        return {};
    case TrafficEvent::Kind::Join:
        return QColor(0x2e, 0x7d, 0x32);
    case TrafficEvent::Kind::Leave:
    case TrafficEvent::Kind::Unban:
    case TrafficEvent::Kind::Unmute:
    case TrafficEvent::Kind::Unlock:
        return QColor(0x5d, 0x62, 0x6b);
    case TrafficEvent::Kind::Notice:
        return QColor(0x15, 0x65, 0xc0);
    case TrafficEvent::Kind::Kick:
    case TrafficEvent::Kind::Ban:
    case TrafficEvent::Kind::Mute:
    case TrafficEvent::Kind::Lock:
    case TrafficEvent::Kind::ChannelClosed:
        return QColor(0xb7, 0x1c, 0x1c);
    }
    return {};
}

QString withReason(const QString &what, const QString &reason)
{
    return reason.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, reason);
}

} // namespace

TrafficModel::TrafficModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{
}

TrafficModel::Row TrafficModel::makeRow(const TrafficEvent &event)
{
    Row row{m_nextSeq++, event, 0};
    if (row.event.text.size() > MaxStoredText)
        row.event.text.truncate(MaxStoredText);
    return row;
}

void TrafficModel::append(const QList<TrafficEvent> &events, int omitted)
{
    std::deque<Row> incoming;
    if (omitted > 0) {
        m_omittedTotal += quint64(omitted);
        Row marker{m_nextSeq++, TrafficEvent(), omitted};
        marker.event.timestamp = events.isEmpty() ? 0 : events.first().timestamp;
        incoming.push_back(marker);
    }
    for (const TrafficEvent &event : events)
        incoming.push_back(makeRow(event));
    if (incoming.empty())
        return;

    if (m_paused) {
        for (Row &row : incoming)
            m_held.push_back(std::move(row));
        while (int(m_held.size()) > m_capacity) {
            m_held.pop_front();
            ++m_omittedTotal;
        }
        Q_EMIT countersChanged();
        return;
    }
    insertRows(std::move(incoming));
    if (omitted > 0)
        Q_EMIT countersChanged();
}

void TrafficModel::insertRows(std::deque<Row> &&rows)
{
    while (int(rows.size()) > m_capacity)
        rows.pop_front();
    const int overflow = int(m_rows.size() + rows.size()) - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + overflow);
        endRemoveRows();
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (Row &row : rows)
        m_rows.push_back(std::move(row));
    endInsertRows();
}

void TrafficModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused && !m_held.empty())
        insertRows(std::exchange(m_held, {}));
    Q_EMIT countersChanged();
}

void TrafficModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_held.clear();
    m_omittedTotal = 0;
    Q_EMIT countersChanged();
}

QString TrafficModel::describe(const TrafficEvent &event)
{
    switch (event.kind) {
    case TrafficEvent::Kind::Message:
        return event.text;
    case TrafficEvent::Kind::Join:
        return tr("joined");
    case TrafficEvent::Kind::Leave:
        return tr("left");
    case TrafficEvent::Kind::Notice:
        return withReason(tr("Notice"), event.text);
    case TrafficEvent::Kind::Kick:
        return withReason(tr("kicked"), event.text);
    case TrafficEvent::Kind::Ban:
        return withReason(tr("banned"), event.text);
    case TrafficEvent::Kind::Unban:
        return tr("unbanned");
    case TrafficEvent::Kind::Mute:
        return tr("muted");
    case TrafficEvent::Kind::Unmute:
        return tr("unmuted");
    case TrafficEvent::Kind::Lock:
        return tr("channel locked");
    case TrafficEvent::Kind::Unlock:
        return tr("channel unlocked");
    case TrafficEvent::Kind::ChannelClosed:
        return withReason(tr("channel closed"), event.text);
    }
    return {};
}

int TrafficModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrafficModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Text ? display(row, Text) : QVariant();
    case ModelRoles::SortRole:
        return index.column() == Time ? QVariant(row.event.timestamp) : display(row, index.column());
    case ModelRoles::KeyRole:
        return row.seq;
    case ModelRoles::KindRole:
        return row.omitted > 0 ? OmittedKind : int(row.event.kind);
    case ModelRoles::ChannelRole:
        return row.event.channel;
    default:
        return styled(row, index.column(), role);
    }
}

QVariant TrafficModel::display(const Row &row, int column) const
{
    switch (column) {
    case Time:
        return row.event.timestamp > 0 ? ConsoleFormat::timeOfDay(row.event.timestamp) : QString();
    case Channel:
        if (row.omitted > 0)
            return QString();
        return row.event.channel.isEmpty() ? tr("(every channel)") : row.event.channel;
    case User:
        return row.event.user;
    case Text: {
        if (row.omitted > 0)
            return tr("Events not shown (too many to list): %1").arg(row.omitted);
        QString text = describe(row.event);
        if (text.size() > MaxDisplayedText)
            text = text.left(MaxDisplayedText) + QChar(0x2026);
        // One line per row: the view keeps rows of uniform height.
        return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    default:
        return {};
    }
}

QVariant TrafficModel::styled(const Row &row, int column, int role) const
{
    const bool isEvent = row.omitted > 0 || row.event.kind != TrafficEvent::Kind::Message;
    if (!isEvent)
        return {};
    switch (role) {
    case Qt::ForegroundRole:
        return row.omitted > 0 ? QColor(Qt::darkGray) : colorFor(row.event.kind);
    case Qt::FontRole: {
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::DecorationRole: {
        if (row.omitted > 0 || column != Text)
            return {};
        auto it = m_icons.find(int(row.event.kind));
        if (it == m_icons.end())
            it = m_icons.insert(int(row.event.kind), QIcon(iconFor(row.event.kind)));
        return *it;
    }
    default:
        return {};
    }
}

QVariant TrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Channel:
        return tr("Channel");
    case User:
        return tr("User");
    case Text:
        return tr("Message or event");
    default:
        return {};
    }
}
