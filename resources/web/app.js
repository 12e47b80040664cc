// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// Parley's browser test client: one channel, one name, the wire protocol of docs/protocol.md.
// No build step and no libraries; server text only ever reaches the page through textContent.
'use strict';

(function () {
    const MAX_ITEMS = 1000; // messages kept in the list
    const BACKOFF_FIRST_MS = 500;
    const BACKOFF_MAX_MS = 30000;

    const CLOSE_TEXT = {
        1000: 'closed normally',
        1001: 'server shutting down',
        1006: 'connection lost',
        1007: 'invalid UTF-8',
        1008: 'policy: too many errors, too slow or bad channel',
        1009: 'frame too large',
        1011: 'server error',
        1013: 'server full, try again later',
        4000: 'idle timeout',
        4001: 'kicked',
        4003: 'banned',
        4004: 'channel closed',
    };
    // After these the server does not want this client back as it is: wait for the user.
    const NO_RECONNECT = new Set([1007, 1008, 1009, 4001, 4003, 4004]);
    const IDENTITY_TEXT = {
        taken: 'That name is taken in this channel.',
        invalid: 'That name is not valid (1–32 characters, no control characters).',
        banned: 'That name is banned here.',
    };

    const $ = (id) => document.getElementById(id);
    const ui = {
        connectForm: $('connect-form'), server: $('server'), serverHint: $('server-hint'), channel: $('channel'),
        connect: $('connect'), disconnect: $('disconnect'), connectionState: $('connection-state'),
        connectionPill: $('connection-pill'), countdown: $('countdown'),
        identityForm: $('identity-form'), name: $('name'), identityState: $('identity-state'),
        channelId: $('channel-id'), authState: $('auth-state'), heartbeats: $('heartbeats'), lastSeq: $('last-seq'),
        log: $('message-log'), messages: $('messages'), messageForm: $('message-form'), text: $('text'), send: $('send'),
        users: $('users'), userCount: $('user-count'),
    };

    const state = {
        ws: null,
        wantConnected: false, // the user asked to be connected: reconnect after a loss
        attempt: 0, // reconnect attempts since the last good connection
        reconnectTimer: null,
        countdownTimer: null,
        serverBase: '', // ws://host:port, no trailing slash
        requestedChannel: '', // what the channel field said at Connect
        channelId: null, // the channel the server confirmed (private channels get theirs here)
        lastSeq: null, // seq of the newest message seen in channelId
        seen: new Set(), // seq|timestamp of shown messages, so a replay never shows one twice
        heldName: null, // the name the server accepted
        pendingName: null, // a name asked for and not yet answered
        authenticated: false,
        wasAuthenticated: false,
        heartbeats: 0,
        users: new Set(),
    };

    // ----- start-up -----

    const params = new URLSearchParams(location.search);
    ui.server.value = params.get('server') || defaultServer();
    ui.serverHint.textContent = location.protocol.startsWith('http')
        ? 'Defaults to the server that served this page.'
        : 'Opened from a file: give the server, e.g. ws://127.0.0.1:8080 (browsers refuse port 6000).';
    ui.channel.value = params.get('channel') || 'lobby';
    if (params.get('name')) {
        ui.name.value = params.get('name');
        state.pendingName = params.get('name').trim() || null; // asked for once connected
    }

    ui.connectForm.addEventListener('submit', (event) => {
        event.preventDefault();
        startConnecting();
    });
    ui.disconnect.addEventListener('click', () => disconnect('Disconnected.'));
    ui.identityForm.addEventListener('submit', (event) => {
        event.preventDefault();
        identify(ui.name.value);
    });
    ui.messageForm.addEventListener('submit', (event) => {
        event.preventDefault();
        sendMessage();
    });
    window.addEventListener('online', () => {
        if (state.wantConnected && !state.ws)
            reconnectNow();
    });
    if (params.has('channel') || params.has('autoconnect'))
        startConnecting();

    function defaultServer() {
        if (location.protocol === 'https:')
            return 'wss://' + location.host;
        if (location.protocol === 'http:')
            return 'ws://' + location.host;
        return 'ws://127.0.0.1:8080';
    }

    // ----- connection -----

    function normalizeServer(text) {
        let value = text.trim().replace(/\/+$/, '');
        if (!/^[a-z]+:\/\//i.test(value))
            value = (location.protocol === 'https:' ? 'wss://' : 'ws://') + value;
        const url = new URL(value.replace(/^http/i, 'ws'));
        if (url.protocol !== 'ws:' && url.protocol !== 'wss:')
            throw new Error('the server address must start with ws:// or wss://');
        return url.protocol + '//' + url.host;
    }

    function channelPath(channel) {
        return channel.split('/').filter((part) => part.length > 0).map(encodeURIComponent).join('/');
    }

    function startConnecting() {
        let base;
        try {
            base = normalizeServer(ui.server.value);
        } catch (error) {
            addLine('error', 'Cannot connect: ' + error.message);
            ui.server.focus();
            return;
        }
        const channel = ui.channel.value.trim().replace(/^\/+|\/+$/g, '');
        if (base !== state.serverBase || channel !== (state.channelId || '')) {
            // Another channel or server: its history and seq numbers are not ours.
            state.channelId = null;
            state.lastSeq = null;
            state.seen.clear();
            ui.messages.replaceChildren();
            renderSeq();
        }
        state.serverBase = base;
        state.requestedChannel = channel;
        state.wantConnected = true;
        state.attempt = 0;
        clearReconnect();
        closeSocket();
        open();
    }

    function open() {
        const channel = state.channelId !== null ? state.channelId : state.requestedChannel;
        let url = state.serverBase + '/' + channelPath(channel);
        if (state.lastSeq !== null)
            url += '?since=' + encodeURIComponent(state.lastSeq);
        if (/:6000$/.test(state.serverBase) && state.attempt === 0)
            addLine('notice', 'Browsers refuse port 6000: run Parley on another port (e.g. --port 8080).');
        setConnection('connecting', 'Connecting to ' + url + ' …');
        let ws;
        try {
            ws = new WebSocket(url);
        } catch (error) {
            addLine('error', 'Cannot connect to ' + url + ': ' + error.message);
            state.wantConnected = false;
            setConnection('disconnected', 'Disconnected');
            return;
        }
        state.ws = ws;
        ws.addEventListener('open', () => {
            if (ws !== state.ws)
                return;
            setConnection('open', 'Connected, waiting for the server…');
            updateControls();
        });
        ws.addEventListener('message', (event) => {
            if (ws !== state.ws)
                return;
            if (typeof event.data === 'string')
                onFrame(event.data);
            else if (event.data && typeof event.data.text === 'function')
                event.data.text().then((text) => ws === state.ws && onFrame(text));
        });
        ws.addEventListener('close', (event) => {
            if (ws === state.ws)
                onClose(event);
        });
        updateControls();
    }

    function onClose(event) {
        state.ws = null;
        const meaning = CLOSE_TEXT[event.code] || 'closed';
        const reason = event.reason && event.reason.toLowerCase() !== meaning ? ' "' + event.reason + '"' : '';
        addLine('closed', 'Connection closed: ' + event.code + ' ' + meaning + reason + '.');
        setAuthenticated(false);
        state.wasAuthenticated = false;
        if (state.wantConnected && NO_RECONNECT.has(event.code)) {
            state.wantConnected = false;
            addLine('notice', 'Not reconnecting after "' + meaning + '"; press Connect to try again.');
        }
        if (state.wantConnected)
            scheduleReconnect();
        else
            setConnection('disconnected', 'Disconnected (' + event.code + ' ' + meaning + ')');
        updateControls();
    }

    function scheduleReconnect() {
        const exponential = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * Math.pow(2, state.attempt));
        const delay = Math.round(exponential * (0.8 + Math.random() * 0.4)); // jitter: not every client at once
        state.attempt += 1;
        const due = Date.now() + delay;
        // The countdown is outside the status region, so a screen reader hears "reconnecting" once, not every second.
        const show = () => {
            ui.countdown.textContent = 'in ' + Math.max(0, Math.ceil((due - Date.now()) / 1000)) + ' s';
        };
        setConnection('reconnecting', 'Reconnecting (attempt ' + state.attempt + ')');
        show();
        state.countdownTimer = setInterval(show, 1000);
        state.reconnectTimer = setTimeout(reconnectNow, delay);
    }

    function reconnectNow() {
        clearReconnect();
        if (state.wantConnected)
            open();
    }

    function clearReconnect() {
        clearTimeout(state.reconnectTimer);
        clearInterval(state.countdownTimer);
        state.reconnectTimer = null;
        state.countdownTimer = null;
        ui.countdown.textContent = '';
    }

    function closeSocket() {
        const ws = state.ws;
        state.ws = null;
        if (ws && ws.readyState <= WebSocket.OPEN)
            ws.close(1000, 'client closed');
    }

    function disconnect(text) {
        state.wantConnected = false;
        clearReconnect();
        closeSocket();
        setAuthenticated(false);
        setConnection('disconnected', text);
        updateControls();
    }

    function send(frame) {
        if (!state.ws || state.ws.readyState !== WebSocket.OPEN)
            return false;
        state.ws.send(JSON.stringify(frame));
        return true;
    }

    // ----- frames -----

    function onFrame(text) {
        let frame;
        try {
            frame = JSON.parse(text);
        } catch (error) {
            addLine('error', 'The server sent something that is not JSON.');
            return;
        }
        if (!frame || typeof frame !== 'object')
            return;
        switch (frame.type) {
        case 'connection': return onConnection(frame);
        case 'heartbeat': return onHeartbeat(frame);
        case 'identity': return onIdentity(frame);
        case 'message': return onMessage(frame);
        case 'users': return onUsers(frame);
        case 'join': return onPresence(frame, true);
        case 'leave': return onPresence(frame, false);
        case 'notice': return addLine(frame.gap ? 'notice gap' : 'notice', String(frame.text || ''), frame.timestamp);
        case 'error': return onError(frame);
        case 'kicked': return onKicked(frame);
        default: return; // a newer server's frame: ignore it
        }
    }

    function onConnection(frame) {
        const resumed = state.channelId !== null;
        state.channelId = String(frame.id);
        state.attempt = 0;
        ui.channelId.textContent = state.channelId;
        if (!ui.channel.value.trim())
            ui.channel.value = state.channelId; // a private channel: reconnect to the same one
        state.users.clear();
        renderUsers();
        setConnection('connected', 'Connected to ' + state.channelId);
        addLine('connected', (resumed ? 'Reconnected to ' : 'Connected to ') + state.channelId + '.');
        const name = state.pendingName || state.heldName;
        if (name) {
            state.heldName = null;
            state.pendingName = name;
            send({ type: 'identity', user: name });
            setIdentity('pending', 'Asking for "' + name + '"…');
        }
        updateControls();
    }

    function onHeartbeat(frame) {
        send({ type: 'heartbeat' });
        state.heartbeats += 1;
        ui.heartbeats.textContent = String(state.heartbeats);
        const authenticated = frame.authenticated === true;
        if (state.wasAuthenticated && !authenticated && state.heldName) {
            // Our heartbeats were late (a sleeping tab): the server released the name. Ask again.
            const name = state.heldName;
            state.heldName = null;
            state.wasAuthenticated = false;
            addLine('notice', 'The server released "' + name + '" (heartbeats were late); asking for it again.');
            identify(name);
        }
        setAuthenticated(authenticated);
    }

    function identify(raw) {
        const name = raw.trim();
        if (!name) {
            setIdentity('invalid', 'Type a name first.');
            ui.name.focus();
            return;
        }
        state.pendingName = name;
        if (send({ type: 'identity', user: name }))
            setIdentity('pending', 'Asking for "' + name + '"…');
        else
            setIdentity('pending', '"' + name + '" will be asked for once connected.');
    }

    function onIdentity(frame) {
        const name = state.pendingName;
        state.pendingName = null;
        if (frame.success === true) {
            if (!state.heldName || state.heldName.toLowerCase() !== String(name).toLowerCase()) {
                state.authenticated = false; // a new name starts the auth delay again
                state.wasAuthenticated = false;
            }
            state.heldName = name;
            setIdentity('success', 'You are "' + name + '". ' +
                (state.authenticated ? 'Authenticated.' : 'Waiting for authentication…'));
            if (ui.identityForm.contains(document.activeElement) && !ui.text.disabled)
                ui.text.focus();
            setAuthenticated(state.authenticated);
        } else {
            const reason = frame.reason || 'refused';
            const text = IDENTITY_TEXT[reason] || 'The server refused that name (' + reason + ').';
            setIdentity(reason in IDENTITY_TEXT ? reason : 'refused',
                text + (state.heldName ? ' You are still "' + state.heldName + '".' : ''));
        }
        updateControls();
    }

    function onMessage(frame) {
        const seq = Number.isInteger(frame.seq) ? frame.seq : null;
        if (seq !== null) {
            const key = seq + '|' + frame.timestamp;
            if (state.seen.has(key))
                return;
            state.seen.add(key);
            state.lastSeq = seq;
            renderSeq();
        }
        const item = document.createElement('li');
        item.className = 'message';
        item.dataset.type = 'message';
        if (seq !== null)
            item.dataset.seq = String(seq);
        item.append(timeElement(frame.timestamp));
        const user = document.createElement('span');
        user.className = 'user';
        user.textContent = String(frame.user || '');
        if (state.heldName && user.textContent.toLowerCase() === state.heldName.toLowerCase())
            item.classList.add('own');
        const text = document.createElement('span');
        text.className = 'text';
        text.textContent = String(frame.text || '');
        item.append(user, text);
        if (seq !== null) {
            const number = document.createElement('span');
            number.className = 'seq';
            number.textContent = '#' + seq;
            number.setAttribute('aria-label', 'message number ' + seq);
            item.append(number);
        }
        append(item);
    }

    function onUsers(frame) {
        state.users = new Set(Array.isArray(frame.users) ? frame.users.map(String) : []);
        renderUsers();
    }

    function onPresence(frame, joined) {
        const name = String(frame.user || '');
        if (joined)
            state.users.add(name);
        else
            state.users.delete(name);
        renderUsers();
        addLine(joined ? 'join' : 'leave', name + (joined ? ' joined.' : ' left.'), frame.timestamp);
    }

    function onError(frame) {
        const code = String(frame.code || 'error');
        addLine('error', 'Error ' + code + ': ' + String(frame.message || ''));
    }

    function onKicked(frame) {
        state.wantConnected = false; // the close (4001 or 4003) follows
        addLine('kicked', 'You were removed from the channel' + (frame.reason ? ': ' + frame.reason : '') + '.');
    }

    function sendMessage() {
        const text = ui.text.value;
        if (!text.trim())
            return;
        if (send({ type: 'message', text: text }))
            ui.text.value = '';
        else
            addLine('error', 'Not connected: the message was not sent.');
    }

    // ----- rendering -----

    function timeElement(timestamp) {
        const time = document.createElement('time');
        const date = Number.isFinite(timestamp) ? new Date(timestamp) : new Date();
        time.dateTime = date.toISOString();
        time.textContent = date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
        return time;
    }

    function addLine(type, text, timestamp) {
        const item = document.createElement('li');
        item.className = 'event ' + type;
        item.dataset.type = type.split(' ')[0];
        item.append(timeElement(timestamp));
        const body = document.createElement('span');
        body.className = 'text';
        body.textContent = text;
        item.append(body);
        append(item);
    }

    function append(item) {
        const log = ui.log;
        const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
        ui.messages.append(item);
        while (ui.messages.children.length > MAX_ITEMS)
            ui.messages.firstElementChild.remove();
        if (atBottom)
            log.scrollTop = log.scrollHeight; // follow new lines unless the reader scrolled up
    }

    function renderUsers() {
        const names = Array.from(state.users).sort((a, b) => a.localeCompare(b));
        ui.users.replaceChildren(...names.map((name) => {
            const item = document.createElement('li');
            item.textContent = name;
            return item;
        }));
        ui.userCount.textContent = String(names.length);
    }

    function renderSeq() {
        ui.lastSeq.textContent = state.lastSeq === null ? '–' : String(state.lastSeq);
    }

    function setConnection(kind, text) {
        ui.connectionPill.dataset.state = kind;
        ui.connectionState.textContent = text;
    }

    function setIdentity(kind, text) {
        ui.identityState.dataset.state = kind;
        ui.identityState.textContent = text;
    }

    function setAuthenticated(authenticated) {
        if (authenticated && !state.authenticated && state.heldName)
            setIdentity('success', 'You are "' + state.heldName + '". Authenticated.');
        state.authenticated = authenticated;
        if (authenticated)
            state.wasAuthenticated = true;
        const text = authenticated ? 'yes' : (state.heldName ? 'waiting…' : 'no');
        if (ui.authState.textContent !== text) {
            ui.authState.textContent = text;
            ui.authState.dataset.state = authenticated ? 'yes' : (state.heldName ? 'waiting' : 'no');
        }
    }

    function updateControls() {
        const open = !!state.ws && state.ws.readyState === WebSocket.OPEN;
        ui.disconnect.disabled = !state.wantConnected && !state.ws;
        ui.text.disabled = !open;
        ui.send.disabled = !open;
        if (!state.ws && !state.wantConnected)
            ui.channelId.textContent = state.channelId || '–';
    }
})();
