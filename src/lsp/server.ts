import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CompletionItemKind,
  type CompletionItem,
  createConnection,
  type Location,
  MarkupKind,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'unist';
import { type LoadedPlan, loadPlan } from '../pipeline/load.ts';
import type { ParsedSection } from '../parse/index.ts';
import type { SectionKey } from '../validate/index.ts';
import { inFrontmatter, pathAt, type Point, typingAt } from './cursor.ts';
import { toDiagnostics } from './diagnostics.ts';
import { definitions, idAt, type IdPlace, kindOfField, references, valueAt } from './references.ts';
import { fieldAt, fieldsAt } from './schema-fields.ts';

/**
 * `salesplan lsp`: a language server for plan files over stdio. Every change re-runs what `check` runs on the
 * changed file's plan folder (the editor's unsaved text in place of the files on disk) and publishes every file's
 * messages, so an error another file causes shows too. Completion and hover come from the validator's own schema;
 * definition and references follow ids across the plan's files.
 */
export function startLanguageServer(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): void {
  const connection = createConnection(input, output);
  const documents = new TextDocuments(TextDocument);
  const plans = new Map<string, LoadedPlan>();
  /** Files of each plan folder that have messages published, so a fixed file gets its diagnostics cleared. */
  const published = new Map<string, Set<string>>();

  const folderOf = (uri: string) => path.dirname(fileURLToPath(uri));

  // One analysis at a time, in the order of the edits: diagnostics of an older text never overwrite a newer one's.
  let queue: Promise<unknown> = Promise.resolve();
  const analyse = (folder: string): Promise<LoadedPlan | undefined> => {
    const next = queue.then(() => analyseNow(folder));
    queue = next.catch(() => undefined);
    return next;
  };

  /**
   * A request sees the analysis of the latest text: the one its didChange queued (awaited, not run again), or a
   * first one for a folder none has been made of.
   */
  const analysed = async (folder: string): Promise<LoadedPlan | undefined> => {
    await queue;
    return plans.get(folder) ?? analyse(folder);
  };

  async function analyseNow(folder: string): Promise<LoadedPlan | undefined> {
    const overrides = new Map<string, string>();
    for (const doc of documents.all()) {
      const file = fileURLToPath(doc.uri);
      if (path.dirname(file) === folder) overrides.set(file, doc.getText());
    }
    let plan: LoadedPlan;
    try {
      plan = await loadPlan(folder, folder, {}, { overrides });
    } catch {
      // Not a plan folder (no .md files, unreadable): nothing to say about it.
      return undefined;
    }
    plans.set(folder, plan);
    const now = new Set<string>();
    for (const file of plan.files) {
      const uri = pathToFileURL(path.resolve(folder, file.path)).href;
      now.add(uri);
      await connection.sendDiagnostics({ uri, diagnostics: toDiagnostics(file, folder) });
    }
    for (const uri of published.get(folder) ?? []) if (!now.has(uri)) await connection.sendDiagnostics({ uri, diagnostics: [] });
    published.set(folder, now);
    return plan;
  }

  function sectionOf(uri: string): { plan: LoadedPlan; section: ParsedSection; key: string } | undefined {
    const plan = plans.get(folderOf(uri));
    const file = fileURLToPath(uri);
    const section = plan?.parsed.find((s) => path.resolve(folderOf(uri), s.file.path) === file);
    const key = section?.data?.section;
    return plan && section && typeof key === 'string' ? { plan, section, key } : undefined;
  }

  const location = (place: IdPlace, folder: string, on: 'key' | 'value' = 'value'): Location | undefined => {
    const position = on === 'key' ? place.section.yaml.key(place.path) : place.section.yaml.value(place.path);
    return position && { uri: pathToFileURL(path.resolve(folder, place.section.file.path)).href, range: range(position) };
  };

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: [' ', ':', '-'] },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
    },
    serverInfo: { name: 'salesplan' },
  }));

  documents.onDidOpen((e) => void analyse(folderOf(e.document.uri)));
  documents.onDidChangeContent((e) => void analyse(folderOf(e.document.uri)));
  documents.onDidSave((e) => void analyse(folderOf(e.document.uri)));

  connection.onCompletion(async ({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    await analysed(folderOf(textDocument.uri));
    const at = point(position);
    if (!inFrontmatter(doc.getText(), at.line)) return [];
    const found = sectionOf(textDocument.uri);
    if (!found) return [];
    const lineText = doc.getText({ start: { line: position.line, character: 0 }, end: position });
    const typing = typingAt(found.section, lineText, at);
    if (!typing) return [];
    if (typing.mode === 'key') {
      return fieldsAt(found.key, typing.parent)
        .filter((f) => !typing.present.includes(f.name))
        .map((f): CompletionItem => ({
          label: f.name,
          kind: CompletionItemKind.Property,
          insertText: `${f.name}: `,
          ...(f.description && { documentation: { kind: MarkupKind.Markdown, value: f.description } }),
          detail: f.required ? 'required' : 'optional',
        }));
    }
    const kind = kindOfField(found.key as SectionKey, typing.path);
    if (kind) {
      return definitions(found.plan.byKey, kind).map((d) => ({ label: d.name, kind: CompletionItemKind.Reference, detail: `${kind} id` }));
    }
    return (fieldAt(found.key, typing.path)?.values ?? []).map((v) => ({ label: v, kind: CompletionItemKind.EnumMember }));
  });

  connection.onHover(async ({ textDocument, position }) => {
    await analysed(folderOf(textDocument.uri));
    const found = sectionOf(textDocument.uri);
    const at = found && pathAt(found.section, point(position));
    if (!found || !at) return null;
    const keyPath = at.path.at(-1) === undefined || typeof at.path.at(-1) === 'number' ? undefined : at.path;
    const field = keyPath && fieldAt(found.key, keyPath);
    if (!field?.description) return null;
    return { contents: { kind: MarkupKind.Markdown, value: `**${field.name}**${field.required ? ' (required)' : ''}\n\n${field.description}` }, range: range(at.position) };
  });

  /** The id under the cursor: its kind and name, when it is a reference or a definition. */
  function idUnder(uri: string, position: { line: number; character: number }) {
    const found = sectionOf(uri);
    const at = found && pathAt(found.section, point(position));
    if (!found || !at || at.on !== 'value') return undefined;
    const id = idAt(found.key as SectionKey, at.path);
    const name = valueAt(found.section.data, at.path);
    return id && typeof name === 'string' ? { ...id, name, plan: found.plan } : undefined;
  }

  connection.onDefinition(async ({ textDocument, position }) => {
    await analysed(folderOf(textDocument.uri));
    const id = idUnder(textDocument.uri, position);
    if (!id) return null;
    const target = definitions(id.plan.byKey, id.kind).find((d) => d.name === id.name);
    return (target && location(target, folderOf(textDocument.uri))) ?? null;
  });

  connection.onReferences(async ({ textDocument, position, context }) => {
    await analysed(folderOf(textDocument.uri));
    const id = idUnder(textDocument.uri, position);
    if (!id) return [];
    const folder = folderOf(textDocument.uri);
    const places = references(id.plan.byKey, id.kind, id.name);
    if (context.includeDeclaration) places.unshift(...definitions(id.plan.byKey, id.kind).filter((d) => d.name === id.name));
    return places.flatMap((p) => location(p, folder) ?? []);
  });

  documents.listen(connection);
  connection.listen();
}

/** LSP 0-based to the parser's 1-based. */
function point(position: { line: number; character: number }): Point {
  return { line: position.line + 1, column: position.character + 1 };
}

function range(p: Position) {
  return { start: { line: p.start.line - 1, character: p.start.column - 1 }, end: { line: p.end.line - 1, character: p.end.column - 1 } };
}
