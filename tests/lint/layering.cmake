# SPDX-FileCopyrightText: 2026 The Parley developers
# SPDX-License-Identifier: MIT
# Fails when a layer reaches past what DESIGN.md allows: common/ and server/ must not include GUI headers,
# gui/ must not touch a socket, and only app/ may know both the server and the console.
function(check_folder folder pattern why)
    file(GLOB_RECURSE files ${ROOT}/${folder}/*.h ${ROOT}/${folder}/*.cpp)
    foreach(file ${files})
        file(STRINGS ${file} hits REGEX "${pattern}")
        if(hits)
            message(SEND_ERROR "${file}: ${why}: ${hits}")
        endif()
    endforeach()
endfunction()

set(gui_headers "#include *<(QtWidgets|QtGui|QWidget|QMainWindow|QApplication|QGuiApplication|QPainter|QLabel)")
check_folder(common "${gui_headers}" "common/ includes a GUI header")
check_folder(server "${gui_headers}" "server/ includes a GUI header")
check_folder(common "#include *[<\"](QtNetwork|QtWebSockets|QWebSocket|QTcpSocket|chatserver\\.h)" "common/ reaches into the network layer")
check_folder(gui "#include *<(QWebSocket|QWebSocketServer|QTcpSocket|QTcpServer)>" "gui/ touches a socket")
