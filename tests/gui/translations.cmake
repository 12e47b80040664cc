# SPDX-FileCopyrightText: 2026 The Parley developers
# SPDX-License-Identifier: MIT
# Fails when a console translation has unfinished or vanished strings (run `update_translations`, then translate).
file(GLOB files ${ROOT}/translations/parley_*.ts)
list(LENGTH files count)
if(count LESS 3)
    message(FATAL_ERROR "expected parley_de.ts, parley_fr.ts and parley_es.ts in ${ROOT}/translations")
endif()
foreach(file ${files})
    file(STRINGS ${file} unfinished REGEX "type=\"(unfinished|vanished|obsolete)\"")
    list(LENGTH unfinished n)
    if(n GREATER 0)
        message(SEND_ERROR "${file}: ${n} strings unfinished or vanished")
    endif()
endforeach()
