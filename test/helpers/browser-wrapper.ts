import { watch } from 'node:fs';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findBrowser } from '../../src/browser/find-browser.ts';

/**
 * A browser for fault tests that misbehaves on an event, never on a timer: a Node script standing in for Chromium
 * (set it as CHROME_PATH) that runs the real one and relays the DevTools pipe (fds 3 and 4, which puppeteer uses
 * with `pipe: true`), watching the commands go by.
 *
 * - `crashOn`: when that command arrives, the whole browser (its process group: this script, Chromium and its
 *   helpers) dies with SIGKILL, as a crashed browser does; on the launches listed in `crashLaunches` (1 = the
 *   first; default every launch), counted in a file beside the script.
 * - `hangOn`: the browser hangs in that command: Chromium gets it and is stopped (SIGSTOP) right after, and nothing
 *   more passes either way: a print or render in flight that never finishes, in a browser that answers nothing,
 *   not even Browser.close, and does not exit when its pipe closes. Only a kill ends it. `hangOn: 'launch'`: Chromium
 *   starts and writes its profile, but its first answer is held back and it is stopped, so puppeteer's launch
 *   never completes and never hands over the process (a launch slow on a loaded machine, for as long as it takes).
 *   Chromium runs in a session of its own, beyond the process group puppeteer kills when a launch is aborted: only
 *   a clean-up that finds the browser by its profile, not by the process a launch hands over, stops it.
 *
 * What it saw goes to `events` (one line each: `launch 1`, `hang Page.printToPDF`, `hang launch`, `crash Target.createTarget`,
 * `unanswered Browser.close` for a command that came while it hung),
 * which a test waits on with waitForEvent.
 */
export type BrowserCommand = 'page' | 'render' | 'print';

export interface WrapperOptions {
  crashOn?: BrowserCommand;
  crashLaunches?: number[];
  hangOn?: BrowserCommand | 'launch';
}

export interface WrappedBrowser {
  /** The executable to pass as CHROME_PATH. */
  executable: string;
  /** The wrapper's event log. */
  events: string;
}

const CHROMIUM = findBrowser() ?? '/usr/bin/chromium';

export async function wrappedBrowser(dir: string, options: WrapperOptions): Promise<WrappedBrowser> {
  const executable = path.join(dir, 'chromium-wrapper.mjs');
  const events = path.join(dir, 'chromium-events.log');
  const config = { chromium: CHROMIUM, events, launches: path.join(dir, 'chromium-launches'), ...options };
  await writeFile(executable, `#!${process.execPath}\nconst config = ${JSON.stringify(config)};\n${WRAPPER}`);
  await chmod(executable, 0o755);
  return { executable, events };
}

const WRAPPER = String.raw`
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';

const log = (line) => appendFileSync(config.events, line + '\n');
const launch = (existsSync(config.launches) ? Number(readFileSync(config.launches, 'utf8')) : 0) + 1;
writeFileSync(config.launches, String(launch));
log('launch ' + launch);
const crashing = config.crashOn && (!config.crashLaunches || config.crashLaunches.includes(launch));

const is = (what, message) => {
  if (what === 'page') return message.method === 'Target.createTarget';
  if (what === 'print') return message.method === 'Page.printToPDF';
  if (what === 'render') return message.method === 'Runtime.callFunctionOn' && String(message.params?.functionDeclaration).includes('salesplanRender');
  return false;
};

const chromium = spawn(config.chromium, process.argv.slice(2), {
  stdio: ['inherit', 'inherit', 'inherit', 'pipe', 'pipe'],
  detached: config.hangOn === 'launch',
});
chromium.on('exit', (code) => process.exit(code ?? 1));
const fromDriver = new net.Socket({ fd: 3, readable: true, writable: false });
const toDriver = new net.Socket({ fd: 4, readable: false, writable: true });
let hanging = false;

/** Calls onMessage with each NUL-terminated message of a stream, as a Buffer. */
function messages(stream, onMessage) {
  let rest = Buffer.alloc(0);
  stream.on('data', (chunk) => {
    rest = Buffer.concat([rest, chunk]);
    let end;
    while ((end = rest.indexOf(0)) >= 0) {
      const raw = rest.subarray(0, end + 1);
      rest = rest.subarray(end + 1);
      onMessage(raw);
    }
  });
}

messages(fromDriver, (raw) => {
  const message = JSON.parse(raw.subarray(0, -1).toString('utf8'));
  if (hanging) {
    log('unanswered ' + message.method);
    return;
  }
  if (crashing && is(config.crashOn, message)) {
    log('crash ' + message.method);
    process.kill(-process.pid, 'SIGKILL');
  }
  chromium.stdio[3].write(raw);
  if (config.hangOn && is(config.hangOn, message)) {
    hanging = true;
    process.kill(chromium.pid, 'SIGSTOP');
    log('hang ' + message.method);
  }
});
fromDriver.on('end', () => chromium.stdio[3].end());

messages(chromium.stdio[4], (raw) => {
  if (config.hangOn === 'launch' && !hanging) {
    hanging = true;
    process.kill(chromium.pid, 'SIGSTOP');
    log('hang launch');
  }
  if (!hanging) toDriver.write(raw);
});
`;

/** Resolves once `file` has a line containing `text`; woken by the folder's change events, not by polling. */
export async function waitForEvent(file: string, text: string): Promise<string> {
  const read = async () => (await readFile(file, 'utf8').catch(() => '')).split('\n').find((line) => line.includes(text));
  return new Promise((resolve, reject) => {
    const watcher = watch(path.dirname(file), () => void look());
    watcher.on('error', reject);
    let done = false;
    const look = async () => {
      const line = await read();
      if (line !== undefined && !done) {
        done = true;
        watcher.close();
        resolve(line);
      }
    };
    void look();
  });
}
