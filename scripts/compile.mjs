#!/usr/bin/env node
// `npm run compile` (and `prepack`): src/ to JavaScript and type declarations in dist/, laid out as src/ is, so
// every path a module finds from its own place (../../templates/, ../../package.json) holds in both. The files
// src/ reads at run time that are not code (the init scaffold) are copied beside the compiled modules.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const root = new URL('../', import.meta.url);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(new URL('dist/', root), { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
cpSync(new URL('src/init/scaffold/', root), new URL('dist/init/scaffold/', root), { recursive: true });
