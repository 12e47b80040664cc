// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "namerules.h"

#include <QList>
#include <QStringView>

namespace {

bool hasControlCharacter(QStringView text)
{
    for (const char32_t codePoint : text.toUcs4()) {
        if (QChar::category(codePoint) == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

QString NameRules::display(const QString &requested)
{
    return requested.trimmed().normalized(QString::NormalizationForm_C);
}

bool NameRules::isValid(const QString &displayName)
{
    // Characters are code points: an emoji counts once, as users expect, not as two UTF-16 units.
    const qsizetype length = displayName.toUcs4().size();
    return length >= 1 && length <= MaxLength && !hasControlCharacter(displayName);
}

QString NameRules::key(const QString &displayName)
{
    return displayName.normalized(QString::NormalizationForm_C).toCaseFolded();
}
