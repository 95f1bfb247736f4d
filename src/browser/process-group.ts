import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Chromium's process group: puppeteer starts the browser as the leader of a group of its own, and its zygotes,
 * renderers and GPU helper join it. When the main process exits, a helper or two may still be running for a moment
 * (and may write into the profile folder, making it again after it was removed). What is waited for here is that
 * condition itself, not a fixed time.
 */

/** Not yet reaped: until then its pid (and so its process group id) cannot belong to another process. */
export function isRunning(child: ChildProcess): boolean {
  return child.pid !== undefined && child.exitCode === null && child.signalCode === null;
}

/** SIGKILL to the whole group (the child itself if the group cannot be signalled). */
export function killGroup(child: ChildProcess): void {
  const pid = child.pid;
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/**
 * Whether a process of the group is still alive. Zombies do not count: they run nothing, and where the container's
 * init does not reap orphans (seen here) a helper's zombie stays for good and would make the wait last its bound.
 */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false; // ESRCH: no member left at all, not even a zombie
  }
  if (process.platform !== 'linux') return true;
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return true;
  }
  for (const name of names) {
    if (name.charCodeAt(0) > 57) continue; // not a pid
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'latin1');
    } catch {
      continue; // gone meanwhile
    }
    // pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses, so read after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') return true;
  }
  return false;
}

/**
 * After the group's leader exited: kills what is left of the group (helpers on their way out: the browser is
 * closed, nothing of theirs is needed) and waits until none of it runs, at most `ms`. The leader is reaped by then,
 * but its pid cannot be given to a new process while a member of its group remains, and once none remains a
 * signal to the group fails with ESRCH: so the kill reaches only the browser's own helpers.
 */
export async function groupGone(pgid: number, ms = 2_000): Promise<void> {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    return; // no member left
  }
  const deadline = performance.now() + ms;
  // Polls the condition, a little less often each time: the kernel tears a killed process down in milliseconds.
  for (let wait = 1; groupAlive(pgid) && performance.now() < deadline; wait = Math.min(wait * 2, 25)) {
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/**
 * The process groups of every live process started with this profile (`--user-data-dir=<profile>`), read from
 * /proc (Linux; elsewhere none is found). An interrupt can come while puppeteer is still launching, before it hands
 * over the browser's process: this finds that browser all the same, so its group can be killed and waited for
 * before the profile is removed, instead of trusting a launch to settle in some fixed time.
 */
export function groupsUsingProfile(profile: string): number[] {
  if (process.platform !== 'linux') return [];
  const flag = `--user-data-dir=${profile}`;
  const groups = new Set<number>();
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  for (const name of names) {
    if (name.charCodeAt(0) > 57) continue; // not a pid
    try {
      if (!readFileSync(`/proc/${name}/cmdline`, 'latin1').split('\0').includes(flag)) continue;
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] !== 'Z' && fields[0] !== 'X') groups.add(Number(fields[2]));
    } catch {
      // gone meanwhile
    }
  }
  return [...groups];
}
