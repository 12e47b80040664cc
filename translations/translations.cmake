# SPDX-FileCopyrightText: 2026 The Parley developers
# SPDX-License-Identifier: MIT
# Included from app/CMakeLists.txt: compiles the console's translations and embeds them in the executable
# under :/i18n. `cmake --build build --target update_translations` runs lupdate over the console's sources.
set(PARLEY_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/parley_de.ts
    ${PROJECT_SOURCE_DIR}/translations/parley_fr.ts
    ${PROJECT_SOURCE_DIR}/translations/parley_es.ts
)
file(GLOB PARLEY_TR_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/gui/*.cpp ${PROJECT_SOURCE_DIR}/gui/*.h)
qt_add_translations(parley
    TS_FILES ${PARLEY_TS_FILES}
    SOURCES ${PARLEY_TR_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/gui
    LUPDATE_OPTIONS -no-obsolete -locations none
)
