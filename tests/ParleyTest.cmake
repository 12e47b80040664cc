# SPDX-FileCopyrightText: 2026 The Parley developers
# SPDX-License-Identifier: MIT
# parley_add_test(<name> SOURCES <files...> LIBS <targets...> LABEL <label>)
function(parley_add_test name)
    cmake_parse_arguments(ARG "" "LABEL" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABEL}" TIMEOUT 120
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;QT_LOGGING_RULES=parley.*.info=false")
endfunction()
