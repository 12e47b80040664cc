// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "channelid.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringList>

namespace {

bool decodeUtf8Strictly(const QByteArray &bytes, QString *out)
{
    // ConvertInitialBom: a leading U+FEFF is part of the id, not a byte-order mark to drop.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

ChannelId::PathResult ChannelId::fromPath(const QByteArray &encodedPath, QString *id)
{
    QByteArray path = encodedPath;
    if (path.startsWith('/'))
        path.remove(0, 1);
    if (path.isEmpty())
        return PathResult::Fresh;
    // Decode before splitting: "%2F" is a segment separator like "/", as the original's decodeURIComponent did.
    QByteArray decoded = QByteArray::fromPercentEncoding(path);
    if (decoded.endsWith('/'))
        decoded.chop(1);
    QString text;
    if (!decodeUtf8Strictly(decoded, &text) || !isValid(text))
        return PathResult::Invalid;
    *id = text;
    return PathResult::Valid;
}

bool ChannelId::isValid(const QString &id)
{
    const qsizetype bytes = id.toUtf8().size();
    if (bytes < 1 || bytes > MaxBytes)
        return false;
    for (const char32_t codePoint : id.toUcs4()) {
        if (QChar::category(codePoint) == QChar::Other_Control)
            return false;
    }
    return !id.split(QLatin1Char('/')).contains(QString());
}

QString ChannelId::random(const std::function<bool(const QString &)> &inUse)
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString id(RandomLength, Qt::Uninitialized);
    do {
        for (QChar &c : id)
            c = QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]);
    } while (inUse(id));
    return id;
}
