// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

class ChatServer;
class MainWindow;

/**
 * Connects the console to the server: the server's signals to the window's slots, the window's command signals
 * to the server's slots. Every connection is queued, so the server may live on another thread (it does in the
 * app); nothing here calls the server directly. The window's closeRequested() is left to the caller, which owns
 * the shutdown path.
 */
namespace ServerBinding {
void bind(ChatServer *server, MainWindow *window);
} // namespace ServerBinding
