import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedBy, expectNoInternalError, salesplan, SECRET, workspace, type Workspace } from './harness.ts';

// Files read from outside: everything a plan names is read only if it is the plan's own regular file. A link to
// outside the plan, a FIFO, a device or a link to nothing is a message on that file and is never opened.

/** A safety net for the cases that hung on main (a FIFO, /dev/zero): the exit-code assertion then fails. */
const HANG = { hangAfterMs: 30_000 };
const mkfifo = (file: string) => execFileSync('mkfifo', [file]);

/** Every file under `dir` whose bytes contain `text`, by path relative to the workspace. */
async function filesContaining(ws: Workspace, dir: string, text: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if ((await readFile(file)).includes(text)) found.push(path.relative(ws.root, file));
  }
  return found;
}

async function check(ws: Workspace) {
  const { result, changed } = await changedBy(ws, () => salesplan(ws, ['check', 'plan'], HANG));
  expectNoInternalError(result);
  return { ...result, changed };
}

const OUTSIDE_HINT = '  hint: a plan reads only its own files: copy the file into the plan folder instead of linking to it';
const SPECIAL_HINT = '  hint: a plan reads only regular files: replace it with the file itself, or remove it';

describe('hostile: files read from outside the plan', () => {
  it('a .md that links to a file outside the plan is an error and is not read', async () => {
    const ws = await workspace('md-outside');
    await writeFile(path.join(ws.outside, 'leak.md'), `---\nsection: page\ntitle: Leak\n---\n\n${SECRET}\n`);
    await symlink(path.join(ws.outside, 'leak.md'), path.join(ws.plan, '09-leak.md'));
    const result = await check(ws);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`plan/09-leak.md error the file is a link to a file outside the plan folder; it was not read\n${OUTSIDE_HINT}\n`);
    expect(result.stderr).not.toContain('TOP-SECRET');
    expect(result.changed).toEqual([]);
  });

  it('a .md that links to a FIFO is an error, and check does not hang', async () => {
    const ws = await workspace('md-fifo');
    mkfifo(path.join(ws.plan, 'pipe'));
    await symlink('pipe', path.join(ws.plan, '09-pipe.md'));
    const result = await check(ws);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`plan/09-pipe.md error the file is not a regular file but a FIFO (named pipe); it was not read\n${SPECIAL_HINT}\n`);
    expect(result.changed).toEqual([]);
  });

  it('a .md that is itself a FIFO is an error, not passed over', async () => {
    const ws = await workspace('md-fifo-itself');
    mkfifo(path.join(ws.plan, '09-pipe.md'));
    const result = await check(ws);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`plan/09-pipe.md error the file is not a regular file but a FIFO (named pipe); it was not read\n${SPECIAL_HINT}\n`);
    expect(result.changed).toEqual([]);
  });

  it('a .md that links to /dev/zero is an error, and check does not read forever', async () => {
    const ws = await workspace('md-zero');
    await symlink('/dev/zero', path.join(ws.plan, '09-zero.md'));
    const result = await check(ws);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`plan/09-zero.md error the file is a link to a device outside the plan folder; it was not read\n${OUTSIDE_HINT}\n`);
    expect(result.changed).toEqual([]);
  });

  it('a dangling .md link is an error on that file, not an internal error', async () => {
    const ws = await workspace('md-dangling');
    await symlink('gone.md', path.join(ws.plan, '09-gone.md'));
    const result = await check(ws);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'plan/09-gone.md error the file is a link to nothing (a dangling symbolic link); it was not read\n' +
        '  hint: remove the link, or point it at a file inside the plan folder\n',
    );
    expect(result.changed).toEqual([]);
  });

  it('a .md linked to a file inside the plan still works', async () => {
    const ws = await workspace('md-inside');
    await mkdir(path.join(ws.plan, 'drafts'));
    await writeFile(path.join(ws.plan, 'drafts', 'notes.md'), '---\nsection: page\ntitle: Notes\n---\n\nNotes kept in drafts/.\n');
    await symlink('drafts/notes.md', path.join(ws.plan, '09-notes.md'));
    const result = await check(ws);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('09-notes.md');
    expect(result.stderr).toContain('plan: the plan is valid (9 files checked)');
    expect(result.changed).toEqual([]);
  });

  it('a template override linked to outside/secret.txt is an error; the secret reaches no output', async () => {
    const ws = await workspace('template-outside');
    await mkdir(path.join(ws.plan, 'templates', 'partials'), { recursive: true });
    await symlink(ws.secret, path.join(ws.plan, 'templates', 'partials', 'footer.hbs'));
    const { result, changed } = await changedBy(ws, () => salesplan(ws, ['build', 'plan', '--no-pdf'], HANG));
    expectNoInternalError(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `plan/templates/partials/footer.hbs error the template is a link to a file outside the plan folder; it was not used\n${OUTSIDE_HINT}\n`,
    );
    expect(result.stderr).toContain('salesplan: build failed; output/ was left as it was.');
    expect(changed).toEqual([]);
    expect(await filesContaining(ws, ws.root, 'TOP-SECRET')).toEqual(['outside/secret.txt']);
  });

  it('a template override that is a FIFO is an error, not passed over', async () => {
    const ws = await workspace('template-fifo');
    await mkdir(path.join(ws.plan, 'templates', 'styles'), { recursive: true });
    mkfifo(path.join(ws.plan, 'templates', 'styles', 'site.css'));
    const result = await check(ws);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `plan/templates/styles/site.css error the template is not a regular file but a FIFO (named pipe); it was not used\n${SPECIAL_HINT}\n`,
    );
    expect(result.changed).toEqual([]);
  });

  it('an image linked to a file outside the plan is a warning at its line and left out', async () => {
    const ws = await workspace('image-outside');
    await symlink(ws.secret, path.join(ws.plan, 'logo.png'));
    await writeFile(path.join(ws.plan, '09-logo.md'), '---\nsection: page\ntitle: Logo\n---\n\n![our logo](logo.png)\n');
    const result = await check(ws);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      `plan/09-logo.md:6:1 warning image \`logo.png\` is a link to a file outside the plan folder; it was left out of the site\n${OUTSIDE_HINT}\n`,
    );
    expect(result.changed).toEqual([]);
  });

  it('a config file linked to /dev/zero is refused with exit 2, not passed over', async () => {
    const ws = await workspace('config-zero');
    await symlink('/dev/zero', path.join(ws.project, 'salesplan.config.json'));
    const result = await check(ws);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'salesplan.config.json error the config file is a link to a device outside its folder; it was not read\n' +
        '  hint: salesplan reads only a regular salesplan.config.json in the project folder: put the file itself there\n' +
        '1 error, 0 warnings\n' +
        'salesplan: fix salesplan.config.json and run the command again.\n',
    );
    expect(result.changed).toEqual([]);
  });

  it('a config file linked to outside/secret.txt is not read: no line of it reaches a message', async () => {
    const ws = await workspace('config-outside');
    await symlink(ws.secret, path.join(ws.project, 'salesplan.config.json'));
    const result = await check(ws);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('salesplan.config.json error the config file is a link to a file outside its folder; it was not read\n');
    expect(result.stderr).not.toContain('TOP-SECRET');
    expect(result.changed).toEqual([]);
  });
});
