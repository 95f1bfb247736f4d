import { constants } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * How salesplan knows a folder is its own, so it replaces or writes into only folders it made. Every output
 * folder a build writes holds OUTPUT_MARKER; the cache folder holds a CACHEDIR.TAG (the Cache Directory Tagging
 * Specification, https://bford.info/cachedir/, which backup tools honour too).
 */
export const OUTPUT_MARKER = '.salesplan-output';
const OUTPUT_SIGNATURE = 'salesplan-output/1';
export const OUTPUT_MARKER_TEXT = `${OUTPUT_SIGNATURE}\n# Written by salesplan build, which replaces this folder whole on every build: keep nothing else here.\n`;

export const CACHE_TAG = 'CACHEDIR.TAG';
const CACHE_SIGNATURE = 'Signature: 8a477f597d28d172789f06886806bc55';
export const CACHE_TAG_TEXT = `${CACHE_SIGNATURE}\n# This file is a cache directory tag created by salesplan.\n# For information about cache directory tags see https://bford.info/cachedir/\n`;

/** An existing folder as salesplan sees it: made by it (`marked`), free to take (`empty`, `legacy`), or not its own. */
export type FolderOwner = 'marked' | 'empty' | 'legacy' | 'foreign';

export async function outputFolderOwner(dir: string): Promise<FolderOwner> {
  if (await startsWith(path.join(dir, OUTPUT_MARKER), OUTPUT_SIGNATURE)) return 'marked';
  const names = await readdir(dir);
  if (names.length === 0) return 'empty';
  return (await looksLikeOldOutput(dir, names)) ? 'legacy' : 'foreign';
}

export async function cacheFolderOwner(dir: string): Promise<FolderOwner> {
  if (await startsWith(path.join(dir, CACHE_TAG), CACHE_SIGNATURE)) return 'marked';
  const names = await readdir(dir);
  if (names.length === 0) return 'empty';
  return names.every((name) => OLD_CACHE_ENTRY.test(name)) ? 'legacy' : 'foreign';
}

/**
 * Decision: an output folder written by a salesplan older than the marker is adopted (replaced, and marked from
 * then on) when everything at its top is a name a build writes and at least one file carries salesplan's own
 * signature: a page's `<meta name="generator" content="salesplan">` or numbers.json's `salesplan-numbers/`
 * format. Every page at the top must carry it, so a hand-made site of index.html and assets/ is never taken for
 * one. Anything else (a PDF-only output included: a PDF holds no signature to read cheaply) has to be removed by
 * hand once; the refusal says so.
 */
async function looksLikeOldOutput(dir: string, names: string[]): Promise<boolean> {
  let signed = false;
  for (const name of names) {
    const file = path.join(dir, name);
    if (name.endsWith('.html')) {
      if (!(await contains(file, GENERATOR_META))) return false;
      signed = true;
    } else if (name === 'numbers.json') {
      if (await contains(file, '"format": "salesplan-numbers/')) signed = true;
      else return false;
    } else if (!OLD_OUTPUT_ENTRIES.has(name)) return false;
  }
  return signed;
}

const GENERATOR_META = '<meta name="generator" content="salesplan">';
const OLD_OUTPUT_ENTRIES = new Set(['assets', 'handbook.pdf', 'handbooks', 'numbers.csv', 'numbers.xlsx', 'numbers']);
/** What older caches hold: diagram SVGs by key, the parse, page and PDF caches, dev's folders, temp files. */
const OLD_CACHE_ENTRY = /^(?:[0-9a-f]{64}\.svg|parsed|pages|pdf|dev|\..+\.tmp)$/;

async function startsWith(file: string, signature: string): Promise<boolean> {
  const text = await readHead(file);
  return text?.startsWith(signature) ?? false;
}

async function contains(file: string, needle: string): Promise<boolean> {
  return (await readHead(file))?.includes(needle) ?? false;
}

/** The first 4 KB of a regular file; undefined for anything else (a folder, a FIFO, a missing file). */
async function readHead(file: string): Promise<string | undefined> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK).catch(() => undefined);
  if (!handle) return undefined;
  try {
    if (!(await handle.stat()).isFile()) return undefined;
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}
