import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic-file.ts';
import { readFileInside, readFileInsideSync, RefusedFileError, refusalText } from './confined-read.ts';

/**
 * A cache entry that verifies itself: one header line with the content's length and SHA-256, then the content.
 *
 *   salesplan-cache/1 sha256=<64 hex> bytes=<n>\n<content>
 *
 * Written atomically (a temp file renamed), so a build killed halfway leaves no half entry; read back only if the
 * content matches its header, so a damaged or tampered entry (truncated, random bytes, content edited without
 * its hash) is never used: it is removed, reported through `onDamage`, and the caller makes it again. The hash
 * guards against damage and careless edits, not against someone who can write the cache and recompute it.
 */
const MAGIC = 'salesplan-cache/1';
const HEADER = /^salesplan-cache\/1 sha256=([0-9a-f]{64}) bytes=(\d+)\n/;

/** A damaged entry: its file and why it could not be used ("its content does not match its hash"). */
export interface CacheDamage {
  file: string;
  reason: string;
}
export type OnCacheDamage = (damage: CacheDamage) => void;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export async function writeSealed(file: string, contents: string | Uint8Array): Promise<void> {
  const body = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : Buffer.from(contents.buffer, contents.byteOffset, contents.byteLength);
  const header = Buffer.from(`${MAGIC} sha256=${sha256(body)} bytes=${body.length}\n`, 'ascii');
  await writeFileAtomic(file, Buffer.concat([header, body]));
}

/** The entry's content when it is whole and unchanged; undefined when there is none or it was damaged. */
export async function readSealed(file: string, onDamage?: OnCacheDamage): Promise<Buffer | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFileInside(file, path.dirname(file));
  } catch (error) {
    if (error instanceof RefusedFileError && error.reason.kind !== 'missing') return discard(file, `it ${refusalText(error.reason, 'its folder')}`, onDamage);
    // No entry yet (or an unreadable cache folder): a miss, like any other.
    return undefined;
  }
  const reason = damageIn(bytes);
  if (reason) return discard(file, reason, onDamage);
  return bytes.subarray(bytes.indexOf(0x0a) + 1);
}

/**
 * readSealed for a caller that cannot wait (the site's render loop reads one page entry at a time): the same
 * checks, the same clean-up and report of a damaged entry.
 */
export function readSealedSync(file: string, onDamage?: OnCacheDamage): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileInsideSync(file, path.dirname(file));
  } catch (error) {
    if (error instanceof RefusedFileError && error.reason.kind !== 'missing') return discardSync(file, `it ${refusalText(error.reason, 'its folder')}`, onDamage);
    return undefined;
  }
  const reason = damageIn(bytes);
  if (reason) return discardSync(file, reason, onDamage);
  return bytes.subarray(bytes.indexOf(0x0a) + 1);
}

function discardSync(file: string, reason: string, onDamage: OnCacheDamage | undefined): undefined {
  try {
    rmSync(file, { force: true });
  } catch {
    // Left in place: it fails its check again next time, and is made again then too.
  }
  onDamage?.({ file, reason });
  return undefined;
}

function damageIn(bytes: Buffer): string | undefined {
  const newline = bytes.indexOf(0x0a);
  const match = newline < 0 || newline > 200 ? null : HEADER.exec(bytes.subarray(0, newline + 1).toString('latin1'));
  if (!match) return 'it has no valid header';
  const body = bytes.subarray(newline + 1);
  const expected = Number(match[2]);
  if (body.length < expected) return `it is truncated (${body.length} of ${expected} bytes)`;
  if (body.length > expected) return `it is longer than written (${body.length} bytes, not ${expected})`;
  if (sha256(body) !== match[1]) return 'its content does not match its hash';
  return undefined;
}

async function discard(file: string, reason: string, onDamage: OnCacheDamage | undefined): Promise<undefined> {
  // The entry itself goes (a link, not what it points at); the caller writes a fresh one.
  await rm(file, { force: true }).catch(() => {});
  onDamage?.({ file, reason });
  return undefined;
}
