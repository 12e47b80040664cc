// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "namerules.h"

#include <QList>
#include <QStringView>

namespace {

// Characters that draw nothing or reorder text: a name made with them can pose as another ("server" plus a
// zero-width space). The zero-width joiner stays allowed: emoji sequences need it.
bool isInvisible(char32_t c)
{
    return (c >= 0x200B && c <= 0x200F && c != 0x200D) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF || c == 0x00AD || c == 0x180E;
}

bool hasForbiddenCharacter(QStringView text)
{
    for (const char32_t codePoint : text.toUcs4()) {
        const QChar::Category category = QChar::category(codePoint);
        // toUcs4() turns a lone surrogate into itself: it has no character to show.
        if (category == QChar::Other_Control || category == QChar::Other_Surrogate || isInvisible(codePoint))
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
    return length >= 1 && length <= MaxLength && !hasForbiddenCharacter(displayName);
}

QString NameRules::key(const QString &displayName)
{
    return displayName.normalized(QString::NormalizationForm_C).toCaseFolded();
}
