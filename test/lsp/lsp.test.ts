import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `salesplan lsp` spoken to as an editor does: the real CLI over stdio, JSON-RPC both ways. Each wait is on a
 * message the server sends (publishDiagnostics for the text just sent), never on time.
 */
interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  message: string;
  code?: string;
}

let dir: string;
let server: ChildProcess;
let rpc: MessageConnection;
const diagnostics = new Map<string, Diagnostic[]>();
const waiting: { uri: string; until: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];

const uri = (name: string) => pathToFileURL(path.join(dir, 'content', name)).href;
const text = (name: string) => readFile(path.join(dir, 'content', name), 'utf8');

/** Resolves with the first diagnostics published for `name` that satisfy `until` (already published ones count). */
function published(name: string, until: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
  const current = diagnostics.get(uri(name));
  if (current && until(current)) return Promise.resolve(current);
  return new Promise((resolve) => waiting.push({ uri: uri(name), until, resolve }));
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'salesplan-lsp-'));
  await cp(path.resolve('test/fixtures/minimal-plan'), path.join(dir, 'content'), { recursive: true });
  server = spawn(process.execPath, [path.resolve('bin/salesplan.js'), 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  rpc = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  rpc.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
    diagnostics.set(params.uri, params.diagnostics);
    for (const w of [...waiting]) {
      if (w.uri === params.uri && w.until(params.diagnostics)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(params.diagnostics);
      }
    }
  });
  rpc.listen();
  const init = await rpc.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
  expect(init).toMatchObject({ capabilities: { hoverProvider: true, definitionProvider: true, referencesProvider: true }, serverInfo: { name: 'salesplan' } });
  await rpc.sendNotification('initialized', {});
  for (const name of ['03-goals.md', '04-team.md', '06-process.md']) {
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(name), languageId: 'markdown', version: 1, text: await text(name) } });
  }
});

afterAll(async () => {
  if (rpc) {
    await rpc.sendRequest('shutdown').catch(() => undefined);
    await rpc.sendNotification('exit').catch(() => undefined);
    rpc.dispose();
  }
  server?.kill();
  await rm(dir, { recursive: true, force: true });
});

describe('salesplan lsp', () => {
  it('publishes no error for a valid plan file on open', async () => {
    const found = await published('04-team.md');
    expect(found.filter((d) => d.severity === 1)).toEqual([]);
  });

  it('reports a broken value typed into a plan file at its position, with the hint, before it is saved', async () => {
    const original = await text('04-team.md');
    const broken = original.replace('    role: ae\n    start: 2026-10-01', '    role: aee\n    start: 2026-10-01');
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri: uri('04-team.md'), version: 2 }, contentChanges: [{ text: broken }] });
    const found = await published('04-team.md', (d) => d.some((x) => x.code === 'unknown-reference'));
    expect(found).toContainEqual(
      expect.objectContaining({
        // `role: aee` is line 40, the value at column 11 (1-based): 0-based 39 and 10.
        range: { start: { line: 39, character: 10 }, end: { line: 39, character: 13 } },
        severity: 1,
        code: 'unknown-reference',
        message: 'role `aee` is not a role; did you mean `ae`?\nhint: roles: head_of_sales, sdr, bdr, ae',
      }),
    );
    expect(await text('04-team.md')).toBe(original); // only the editor's text changed

    // A date that does not exist: the schema's message at the value.
    const badDate = original.replace('start: 2026-10-01', 'start: 2026-13-45');
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri: uri('04-team.md'), version: 3 }, contentChanges: [{ text: badDate }] });
    const dated = await published('04-team.md', (d) => d.some((x) => x.message.startsWith('start 2026-13-45')));
    expect(dated.find((x) => x.message.startsWith('start 2026-13-45'))?.range.start).toEqual({ line: 40, character: 11 });

    // Fixed again: the diagnostics clear.
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri: uri('04-team.md'), version: 4 }, contentChanges: [{ text: original }] });
    expect((await published('04-team.md', (d) => d.every((x) => x.severity !== 1))).filter((x) => x.severity === 1)).toEqual([]);
  });

  it('completes the fields a section may still have, from the schema, with their docs', async () => {
    const goals = await text('03-goals.md');
    // A blank line before `funnel:`, at the top level of the frontmatter (line 5, 0-based 4).
    const edited = goals.replace('average_deal_size: 12500\n', 'average_deal_size: 12500\n\n');
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri: uri('03-goals.md'), version: 2 }, contentChanges: [{ text: edited }] });
    const items = (await rpc.sendRequest('textDocument/completion', { textDocument: { uri: uri('03-goals.md') }, position: { line: 4, character: 0 } })) as {
      label: string;
      documentation?: { value: string };
    }[];
    const labels = items.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['pipeline_stage', 'gross_margin', 'annual_churn', 'other_sales_costs']));
    expect(labels).not.toContain('target'); // already there
    expect(items.find((i) => i.label === 'pipeline_stage')?.documentation?.value).toMatch(/funnel stage counted as pipeline/);
  });

  it('completes an owner with the plan’s role ids, and a list item’s fields', async () => {
    const process = await text('06-process.md');
    const edited = process.replace('    owner: sdr\n', '    owner: \n');
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri: uri('06-process.md'), version: 2 }, contentChanges: [{ text: edited }] });
    const owners = (await rpc.sendRequest('textDocument/completion', { textDocument: { uri: uri('06-process.md') }, position: { line: 5, character: 11 } })) as { label: string }[];
    expect(owners.map((o) => o.label)).toEqual(['head_of_sales', 'sdr', 'bdr', 'ae']);
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri: uri('06-process.md'), version: 3 }, contentChanges: [{ text: process }] });
    // Inside the first stage, after `activities:` (line 8, 0-based 7): a new key of that stage.
    const withLine = process.replace('    activities: [Cold emails, Cold calls]\n', '    activities: [Cold emails, Cold calls]\n    \n');
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri: uri('06-process.md'), version: 4 }, contentChanges: [{ text: withLine }] });
    const keys = (await rpc.sendRequest('textDocument/completion', { textDocument: { uri: uri('06-process.md') }, position: { line: 8, character: 4 } })) as { label: string }[];
    expect(keys.map((k) => k.label)).toContain('method');
    expect(keys.map((k) => k.label)).not.toContain('owner');
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri: uri('06-process.md'), version: 5 }, contentChanges: [{ text: process }] });
  });

  it('shows a field’s documentation on hover', async () => {
    const hover = (await rpc.sendRequest('textDocument/hover', { textDocument: { uri: uri('03-goals.md') }, position: { line: 3, character: 3 } })) as {
      contents: { value: string };
    } | null;
    expect(hover?.contents.value).toMatch(/^\*\*average_deal_size\*\* \(required\)\n\nAverage first-year value of a won deal\./);
  });

  it('goes from a role named in the process to its definition in the team file, and finds every use of it', async () => {
    // `owner: sdr` in 06-process.md, line 6 (0-based 5), on the value.
    const definition = (await rpc.sendRequest('textDocument/definition', { textDocument: { uri: uri('06-process.md') }, position: { line: 5, character: 12 } })) as {
      uri: string;
      range: { start: { line: number; character: number } };
    };
    expect(definition.uri).toBe(uri('04-team.md'));
    expect(definition.range.start).toEqual({ line: 6, character: 8 }); // `  - id: sdr` on line 7
    const refs = (await rpc.sendRequest('textDocument/references', {
      textDocument: { uri: uri('04-team.md') },
      position: { line: 6, character: 9 },
      context: { includeDeclaration: true },
    })) as { uri: string }[];
    const files = refs.map((r) => path.basename(new URL(r.uri).pathname));
    expect(files[0]).toBe('04-team.md'); // the definition first
    expect(files).toContain('06-process.md');
    expect(files).toContain('08-metrics.md');
  });
});
