// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "sparklinedelegate.h"

#include "channelmodel.h"
#include "modelroles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {

constexpr int GraphWidth = 90;
constexpr int Margin = 3;
// Rows of the channel table grow by this much, so the graph has some height to show.
constexpr int ExtraHeight = 8;

} // namespace

SparklineDelegate::SparklineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QList<float> rates = index.data(ModelRoles::RateHistoryRole).value<QList<float>>();
    const QRect area = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const int textWidth = opt.fontMetrics.horizontalAdvance(text) + 2 * Margin;
    const QRect graph(area.left(), area.top(), qMin(GraphWidth, area.width() - textWidth), area.height());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor line = selected ? opt.palette.color(QPalette::HighlightedText) : QColor(0x15, 0x65, 0xc0);
    if (graph.width() > 10 && rates.size() > 1) {
        const float peak = qMax(1.0f, *std::max_element(rates.begin(), rates.end()));
        const double step = double(graph.width()) / double(ChannelModel::HistoryLength - 1);
        // The newest sample sits at the right edge, so a young channel's graph grows from the right.
        const double x0 = graph.right() - step * double(rates.size() - 1);
        QPainterPath path;
        for (int i = 0; i < rates.size(); ++i) {
            const QPointF point(x0 + step * i, graph.bottom() - double(rates.at(i)) / peak * graph.height());
            if (i == 0)
                path.moveTo(point);
            else
                path.lineTo(point);
        }
        QPainterPath fill = path;
        fill.lineTo(graph.right(), graph.bottom());
        fill.lineTo(x0, graph.bottom());
        fill.closeSubpath();
        QColor area = line;
        area.setAlpha(50);
        painter->fillPath(fill, area);
        painter->setPen(QPen(line, 1.2));
        painter->drawPath(path);
    } else if (graph.width() > 10) {
        painter->setPen(QPen(line, 1.0, Qt::DotLine));
        painter->drawLine(graph.left(), graph.bottom(), graph.right(), graph.bottom());
    }
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area, int(Qt::AlignRight | Qt::AlignVCenter), text);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {base.width() + GraphWidth + 2 * Margin, base.height() + ExtraHeight};
}
