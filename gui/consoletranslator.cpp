// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "consoletranslator.h"

#include "logcategories.h"

#include <QCoreApplication>
#include <QLibraryInfo>

ConsoleTranslator::ConsoleTranslator(const QString &language)
    : m_locale(language.isEmpty() ? QLocale::system() : QLocale(language))
    , m_previousDefault(QLocale())
{
    if (!language.isEmpty()) {
        // Dates and numbers in the console follow the chosen language too.
        QLocale::setDefault(m_locale);
    }
    m_loaded = m_parley.load(m_locale, QStringLiteral("parley"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (m_loaded)
        QCoreApplication::installTranslator(&m_parley);
    else if (m_locale.language() != QLocale::English && m_locale.language() != QLocale::C)
        qCInfo(lcGui).noquote() << "no console translation for" << m_locale.name() << "- using English";
    m_qtLoaded = m_qt.load(m_locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded)
        QCoreApplication::installTranslator(&m_qt);
}

ConsoleTranslator::~ConsoleTranslator()
{
    QLocale::setDefault(m_previousDefault);
    if (m_loaded)
        QCoreApplication::removeTranslator(&m_parley);
    if (m_qtLoaded)
        QCoreApplication::removeTranslator(&m_qt);
}
