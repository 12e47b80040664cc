# SPDX-FileCopyrightText: 2026 The Parley developers
# SPDX-License-Identifier: MIT
# Fails when a C++ file differs from what .clang-format makes of it.
file(GLOB_RECURSE files ${ROOT}/common/*.[ch]* ${ROOT}/server/*.[ch]* ${ROOT}/gui/*.[ch]* ${ROOT}/app/*.[ch]*
     ${ROOT}/tests/*.[ch]* ${ROOT}/bench/*.[ch]*)
list(FILTER files INCLUDE REGEX "\\.(h|cpp)$")
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files} RESULT_VARIABLE result ERROR_VARIABLE out)
if(NOT result EQUAL 0)
    string(SUBSTRING "${out}" 0 4000 shown)
    message(FATAL_ERROR "clang-format would change these files (run clang-format -i):\n${shown}")
endif()
