import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { VFile } from 'vfile';
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { causeOf, toJsonMessage } from '../core/diagnostics/index.ts';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** 1-based line and column (unist, vfile) to the LSP's 0-based position; a missing place is the file's start. */
function lspPosition(line: number | null, column: number | null) {
  return { line: Math.max(0, (line ?? 1) - 1), character: Math.max(0, (column ?? 1) - 1) };
}

/**
 * A file's messages as `check` reports them, as LSP diagnostics: the same text, place, rule id and hint (on a
 * second line, as the terminal prints it), the README link, and the cause ("first defined here") as related
 * information. Built from the JSON form so the editor and `check --format json` cannot drift apart.
 */
export function toDiagnostics(file: VFile, cwd: string): Diagnostic[] {
  return file.messages.map((message) => {
    const json = toJsonMessage(file, message);
    const start = lspPosition(json.line, json.column);
    const end = json.endLine === null ? start : lspPosition(json.endLine, json.endColumn);
    const diagnostic: Diagnostic = {
      range: { start, end },
      severity: SEVERITY[json.severity],
      message: json.note ? `${json.reason}\nhint: ${json.note}` : json.reason,
      source: 'salesplan',
    };
    if (json.ruleId) diagnostic.code = json.ruleId;
    if (json.url) diagnostic.codeDescription = { href: `https://github.com/salesplan/salesplan/blob/main/${json.url}` };
    const cause = causeOf(message);
    if (json.cause && cause) {
      const at = lspPosition(json.cause.line, json.cause.column);
      const related: DiagnosticRelatedInformation = {
        location: { uri: pathToFileURL(path.resolve(cwd, json.cause.file)).href, range: { start: at, end: at } },
        message: json.cause.reason,
      };
      diagnostic.relatedInformation = [related];
    }
    return diagnostic;
  });
}
