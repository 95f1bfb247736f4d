import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * The folders one browser launch owns: its profile, and a temp folder of its own that Chromium gets as TMPDIR.
 * Chromium puts its singleton socket (`org.chromium.Chromium.XXXXXX/`) and its temp files
 * (`.org.chromium.Chromium.XXXXXX`) in TMPDIR and removes them only on a clean exit; in a folder of our own they go
 * with it, however the browser died, and nothing of anyone else's in the user's TMPDIR is ever touched.
 */
export interface ProfileDirs {
  /** The profile (--user-data-dir), directly in the user's temp folder. */
  profile: string;
  /** Chromium's TMPDIR; undefined when no short enough folder could be made (Chromium then uses the user's). */
  tmp: string | undefined;
  /** What salesplan made, and so removes: the profile, and the temp folder when it is not inside the profile. */
  owned: string[];
}

/**
 * A Unix socket's path holds at most 107 bytes, and Chromium's is `$TMPDIR/org.chromium.Chromium.XXXXXX/SingletonSocket`:
 * with a longer TMPDIR Chromium stops at a CHECK on startup.
 */
export const MAX_CHROMIUM_TMPDIR = 107 - '/org.chromium.Chromium.XXXXXX/SingletonSocket'.length;

const fits = (dir: string) => Buffer.byteLength(dir) <= MAX_CHROMIUM_TMPDIR;

/** Synchronous: the caller makes these where no interrupt can come between making them and knowing them. */
export function makeProfileDirs(parent = os.tmpdir()): ProfileDirs {
  const profile = mkdtempSync(path.join(parent, 'salesplan-chromium-'));
  const inside = path.join(profile, 'tmp');
  if (fits(inside)) {
    mkdirSync(inside);
    return { profile, tmp: inside, owned: [profile] };
  }
  // Decision: a deep TMPDIR (macOS's is about 49 characters, a test's may be more) gets Chromium's temp folder
  // in /tmp instead, made and removed the same way; where even that cannot be made, Chromium keeps the user's.
  try {
    const short = mkdtempSync('/tmp/salesplan-');
    if (fits(short)) return { profile, tmp: short, owned: [profile, short] };
    rmSync(short, { recursive: true, force: true });
  } catch {
    // no /tmp (or not writable): fall through
  }
  return { profile, tmp: undefined, owned: [profile] };
}

/** Once the browser's whole process group is gone, so that no helper can write into them again. */
export async function removeProfileDirs(dirs: ProfileDirs): Promise<void> {
  await Promise.all(dirs.owned.map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })));
}

/** removeProfileDirs at once, for an interrupt (the browser's process group was just killed). */
export function removeProfileDirsSync(dirs: ProfileDirs): void {
  for (const dir of dirs.owned) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
}
