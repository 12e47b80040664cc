# SPDX-FileCopyrightText: 2026 The Parley developers
# SPDX-License-Identifier: MIT
# parley_help_flags(<out-var>): the long flags `${PARLEY} --help` lists, without dashes (port, help-all, ...).
function(parley_help_flags out)
    execute_process(COMMAND ${PARLEY} --help OUTPUT_VARIABLE help ERROR_VARIABLE error RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${PARLEY} --help failed (${result}): ${error}")
    endif()
    # Option lines look like "  --port <port>   TCP port ..." or "  -h, --help   Displays ..."
    string(REGEX MATCHALL "\n  (-[a-zA-Z], )?--[a-z][a-z0-9-]*" lines "\n${help}")
    set(flags)
    foreach(line IN LISTS lines)
        string(REGEX REPLACE ".*--" "" flag "${line}")
        list(APPEND flags ${flag})
    endforeach()
    list(LENGTH flags count)
    if(count LESS 10)
        message(FATAL_ERROR "found only ${count} flags in ${PARLEY} --help:\n${help}")
    endif()
    set(${out} ${flags} PARENT_SCOPE)
endfunction()
