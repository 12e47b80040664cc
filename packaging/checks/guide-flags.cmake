# SPDX-FileCopyrightText: 2026 The Parley developers
# SPDX-License-Identifier: MIT
# Fails naming every flag of `parley --help` that docs/operators-guide.md does not mention as `--flag`.
# cmake -DPARLEY=<parley binary> -DGUIDE=<operators-guide.md> -P guide-flags.cmake
cmake_minimum_required(VERSION 3.22)
include(${CMAKE_CURRENT_LIST_DIR}/help-flags.cmake)
parley_help_flags(flags)
if(NOT EXISTS ${GUIDE})
    message(FATAL_ERROR "${GUIDE} does not exist")
endif()
file(READ ${GUIDE} guide)
set(missing)
foreach(flag IN LISTS flags)
    # --rate must appear on its own, not only as the start of --rate-burst.
    if(NOT guide MATCHES "--${flag}([^a-z0-9-]|$)")
        list(APPEND missing --${flag})
    endif()
endforeach()
list(LENGTH flags count)
if(missing)
    list(JOIN missing " " shown)
    message(FATAL_ERROR "docs/operators-guide.md does not document: ${shown}")
endif()
message(STATUS "docs/operators-guide.md documents all ${count} flags of parley --help")
