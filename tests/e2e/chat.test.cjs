// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// The browser test client (resources/web) in a real Chromium against a real headless parley:
// two pages identify, one sends, the other shows it, a taken and an invalid name are refused; then the
// server restarts and both pages reconnect, resume with ?since and get the next message exactly once.
// Run by run-e2e.sh (which sets NODE_PATH).
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { chromium } = require('playwright-core');

const PARLEY = required('PARLEY_BIN');
const SOURCE_DIR = required('PARLEY_SOURCE_DIR');
const ARTIFACTS = process.env.E2E_ARTIFACTS || path.join(process.cwd(), 'e2e-artifacts');
const CHROMIUM = process.env.PARLEY_CHROMIUM || '/usr/bin/chromium';
const STEP_TIMEOUT_MS = 15000;
const CHANNEL = 'e2e/lobby';

function required(name) {
    if (!process.env[name])
        throw new Error(`${name} is not set`);
    return process.env[name];
}

function log(...parts) {
    console.log('[e2e]', ...parts);
}

function freePort() {
    return new Promise((resolve, reject) => {
        const probe = net.createServer();
        probe.on('error', reject);
        probe.listen(0, '127.0.0.1', () => {
            const { port } = probe.address();
            probe.close(() => resolve(port));
        });
    });
}

// A parley child process on 127.0.0.1:port, started with fast timers; resolves once it logs "listening on".
class Parley {
    constructor(port, dataDir) {
        this.port = port;
        this.dataDir = dataDir;
        this.stderr = '';
        this.exit = null;
    }

    start() {
        const env = Object.fromEntries(
            Object.entries(process.env).filter(([key]) => !key.startsWith('PARLEY_') && key !== 'PORT'));
        const args = ['--headless', '--host', '127.0.0.1', '--port', String(this.port), '--auth-delay', '300',
                      '--heartbeat-interval', '200', '--data-dir', this.dataDir];
        log('starting', PARLEY, args.join(' '));
        this.child = spawn(PARLEY, args, { cwd: this.dataDir, env, stdio: ['ignore', 'inherit', 'pipe'] });
        this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => {
            this.exit = { code, signal };
            resolve(this.exit);
        }));
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`parley did not start:\n${this.stderr}`)), 10000);
            this.child.stderr.on('data', (chunk) => {
                this.stderr += chunk;
                if (/listening on/.test(this.stderr)) {
                    clearTimeout(timer);
                    resolve();
                }
            });
            this.exited.then((exit) => {
                clearTimeout(timer);
                reject(new Error(`parley exited (${JSON.stringify(exit)}) before listening:\n${this.stderr}`));
            });
        });
    }

    async stop() {
        if (this.exit)
            return this.exit;
        this.child.kill('SIGTERM');
        const timeout = new Promise((resolve) => setTimeout(resolve, 5000, 'timeout'));
        if ((await Promise.race([this.exited, timeout])) === 'timeout') {
            this.child.kill('SIGKILL');
            throw new Error('parley did not exit within 5 s of SIGTERM');
        }
        return this.exit;
    }
}

// Where the client page is: served by parley itself at / once that lands, else the file in the source tree.
async function clientUrl(port) {
    const served = `http://127.0.0.1:${port}/`;
    try {
        const response = await fetch(served, { signal: AbortSignal.timeout(3000) });
        const body = await response.text();
        if (response.ok && body.includes('id="messages"')) {
            log('parley serves the client page at', served);
            return served;
        }
        log(`GET ${served} answered ${response.status}; loading the page from a file`);
    } catch (error) {
        log(`GET ${served} failed (${error.cause ? error.cause.code || error.cause.message : error.message});`,
            'loading the page from a file');
    }
    const file = pathToFileURL(path.join(SOURCE_DIR, 'resources', 'web', 'index.html'));
    file.search = `?server=${encodeURIComponent(`ws://127.0.0.1:${port}`)}`;
    return file.href;
}

async function join(page, url, name) {
    await page.goto(url);
    await page.getByLabel('Channel', { exact: true }).fill(CHANNEL);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.locator('#connection-pill[data-state="connected"]').waitFor();
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Name', { exact: true }).press('Enter');
    await page.locator('#identity-state[data-state="success"]').waitFor();
    await page.locator('#auth-state[data-state="yes"]').waitFor();
    log(name, 'is connected, identified and authenticated');
}

async function send(page, text) {
    await page.getByLabel('Message', { exact: true }).fill(text);
    await page.getByLabel('Message', { exact: true }).press('Enter');
}

// The one message frame on `page` whose text is `text`: checks it shows user, time and seq, and returns seq.
async function expectMessage(page, user, text) {
    const item = page.locator('#messages li[data-type="message"]').filter({ hasText: text });
    await item.first().waitFor();
    const count = await item.count();
    if (count !== 1)
        throw new Error(`"${text}" is shown ${count} times`);
    const shownUser = await item.locator('.user').textContent();
    if (shownUser !== user)
        throw new Error(`"${text}" is shown from "${shownUser}", expected "${user}"`);
    const time = await item.locator('time').getAttribute('datetime');
    if (!time || Number.isNaN(Date.parse(time)))
        throw new Error(`"${text}" has no time`);
    const seq = Number(await item.getAttribute('data-seq'));
    if (!Number.isInteger(seq) || seq < 1)
        throw new Error(`"${text}" has no seq`);
    return seq;
}

async function main() {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-e2e-'));
    let port = await freePort();
    while (port === 6000) // browsers refuse 6000
        port = await freePort();

    let parley = new Parley(port, scratch);
    let context;
    let pages = [];
    try {
        await parley.start();
        const url = await clientUrl(port);

        context = await chromium.launchPersistentContext(path.join(scratch, 'profile'), {
            executablePath: CHROMIUM,
            headless: true,
            viewport: { width: 1100, height: 780 },
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                   '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        });
        context.setDefaultTimeout(STEP_TIMEOUT_MS);
        const alice = context.pages()[0] || await context.newPage();
        const bob = await context.newPage();
        pages = [['alice', alice], ['bob', bob]];
        const pageErrors = [];
        for (const [name, page] of pages)
            page.on('pageerror', (error) => pageErrors.push(`${name}'s page threw: ${error.message}`));

        await join(alice, url, 'alice');
        await join(bob, url, 'bob');
        await alice.locator('#users li', { hasText: 'bob' }).waitFor();
        await alice.locator('#messages li[data-type="join"]', { hasText: 'bob joined.' }).waitFor();

        await send(alice, 'Morning is best for fishing, café ouvert');
        const seq = await expectMessage(bob, 'alice', 'Morning is best for fishing, café ouvert');
        if ((await expectMessage(alice, 'alice', 'Morning is best for fishing, café ouvert')) !== seq)
            throw new Error('alice and bob show different seq for the same message');
        await send(bob, 'On my way');
        await expectMessage(alice, 'bob', 'On my way');
        log('bob received alice\'s message with seq', seq, 'and alice received bob\'s reply');
        await bob.screenshot({ path: path.join(ARTIFACTS, 'chat.png'), fullPage: true });
        log('screenshot:', path.join(ARTIFACTS, 'chat.png'));

        // Names the server refuses: bob keeps his own and is told why.
        for (const [name, state] of [['ALICE', 'taken'], ['x'.repeat(33), 'invalid']]) {
            await bob.getByLabel('Name', { exact: true }).fill(name);
            await bob.getByRole('button', { name: 'Use name' }).click();
            await bob.locator(`#identity-state[data-state="${state}"]`, { hasText: 'still "bob"' }).waitFor();
        }
        log('bob was refused a taken and an invalid name and stayed bob');

        // The server goes away and comes back on the same port with the same data: both pages reconnect on
        // their own, resume with ?since (no replayed duplicates), name themselves again and go on chatting.
        const resumed = [];
        bob.on('websocket', (ws) => resumed.push(ws.url()));
        const stopped = await parley.stop();
        if (stopped.code !== 0)
            throw new Error(`parley exited with ${JSON.stringify(stopped)} on SIGTERM, expected 0`);
        await bob.locator('#messages li[data-type="closed"]', { hasText: '1001' }).waitFor();
        await bob.locator('#connection-pill[data-state="reconnecting"]').waitFor();
        parley = new Parley(port, scratch);
        await parley.start();
        for (const [name, page] of pages) {
            await page.locator('#messages li[data-type="connected"]', { hasText: 'Reconnected' }).waitFor();
            await page.locator('#auth-state[data-state="yes"]').waitFor();
            log(name, 'reconnected and is authenticated again');
        }
        if (!resumed.some((wsUrl) => wsUrl.endsWith(`?since=${seq + 1}`)))
            throw new Error(`bob did not resume with ?since=${seq + 1}: ${resumed.join(', ')}`);
        await send(alice, 'Still here after the restart');
        if ((await expectMessage(bob, 'alice', 'Still here after the restart')) !== seq + 2)
            throw new Error('the message after the restart does not carry the next seq');
        await expectMessage(bob, 'alice', 'Morning is best for fishing, café ouvert'); // exactly once
        await bob.screenshot({ path: path.join(ARTIFACTS, 'chat-resumed.png'), fullPage: true });
        log('both pages resumed after the restart without duplicates');

        if (pageErrors.length)
            throw new Error(pageErrors.join('\n'));
        await context.close();
        context = null;
        const exit = await parley.stop();
        if (exit.code !== 0)
            throw new Error(`parley exited with ${JSON.stringify(exit)} on SIGTERM, expected 0`);
        log('PASS');
    } catch (error) {
        for (const [name, page] of pages) {
            const file = path.join(ARTIFACTS, `failure-${name}.png`);
            await page.screenshot({ path: file, fullPage: true }).catch(() => {});
            log('failure screenshot:', file);
        }
        console.error(`[e2e] parley's log:\n${parley.stderr}`);
        throw error;
    } finally {
        if (context)
            await context.close().catch(() => {});
        await parley.stop().catch(() => {});
        fs.rmSync(scratch, { recursive: true, force: true });
    }
}

const watchdog = setTimeout(() => {
    console.error('[e2e] FAIL: no result after 120 s');
    process.exit(1);
}, 120000);
watchdog.unref();
main().then(() => process.exit(0), (error) => {
    console.error('[e2e] FAIL:', error && error.stack ? error.stack : error);
    process.exit(1);
});
