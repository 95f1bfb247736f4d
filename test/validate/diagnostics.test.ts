import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { hasErrors, messageAt, report, summary, toJson, toJsonMessages } from '../../src/core/diagnostics/index.ts';
import { parseSection } from '../../src/parse/index.ts';

function goals() {
  return parseSection(new VFile({ path: 'content/03-goals.md', value: '---\nsection: goals\nfunnel:\n  - id: won\n    rate: 25\n---\n' }));
}

describe('messageAt', () => {
  it('places a message on the value at a path, or its nearest ancestor, with severity and hint', () => {
    const section = goals();
    const error = messageAt(section, ['funnel', 0, 'rate'], 'rate is too high', { severity: 'error', ruleId: 'x', hint: 'lower it' });
    const warning = messageAt(section, ['funnel', 0, 'missing'], 'look here', { severity: 'warning', ruleId: 'y' });
    const key = messageAt(section, ['funnel', 0, 'rate'], 'key', { at: 'key', ruleId: 'z' });
    expect([error.line, error.column, error.fatal, error.note, error.ruleId, error.source]).toEqual([5, 11, true, 'lower it', 'x', 'validate']);
    expect(error.url).toBe('README.md#section-goals');
    expect([warning.line, warning.column, warning.fatal]).toEqual([4, 5, false]);
    expect([key.line, key.column]).toEqual([5, 5]);
    expect(section.file.messages).toHaveLength(3);
  });
});

describe('report', () => {
  const fileA = goals();
  const fileB = new VFile({ path: 'content/01-plan.md', value: '' });
  messageAt(fileA, ['funnel', 0, 'rate'], 'rate must be a rate between 0 and 1; did you mean 25%?', {
    ruleId: 'invalid-value',
    hint: 'write 25%',
    expected: ['25%'],
    actual: '25',
  });
  messageAt(fileA, ['funnel'], 'first in the file', { severity: 'warning', ruleId: 'w' });
  fileB.message('no place', { source: 'salesplan' }).fatal = true;
  const files = [fileA.file, fileB];

  it('prints one line per message sorted by file and line, hints indented, then a summary', () => {
    expect(report(files).split('\n')).toEqual([
      'content/01-plan.md error no place',
      'content/03-goals.md:4:3 warning first in the file',
      'content/03-goals.md:5:11 error rate must be a rate between 0 and 1; did you mean 25%?',
      '  hint: write 25%',
      '2 errors, 1 warning',
    ]);
    expect(summary([fileA.file])).toBe('1 error, 1 warning');
  });

  it('colours severities only when asked', () => {
    expect(report(files)).not.toContain('\u001b[');
    expect(report(files, { color: true })).toContain('\u001b[31merror\u001b[39m');
  });

  it('says nothing when there is nothing to say', () => {
    expect(report([new VFile({ path: 'x.md' })])).toBe('');
  });

  it('knows whether any file has an error', () => {
    expect(hasErrors(files)).toBe(true);
    const onlyWarning = new VFile({ path: 'x.md' });
    onlyWarning.message('careful');
    expect(hasErrors([onlyWarning])).toBe(false);
  });

  it('gives the same messages as JSON, in vfile\'s field names, every key present', () => {
    const json = toJsonMessages(files);
    expect(json[2]).toEqual({
      file: 'content/03-goals.md',
      line: 5,
      column: 11,
      endLine: 5,
      endColumn: 13,
      severity: 'error',
      reason: 'rate must be a rate between 0 and 1; did you mean 25%?',
      note: 'write 25%',
      ruleId: 'invalid-value',
      source: 'validate',
      url: 'README.md#section-goals',
      expected: ['25%'],
      actual: '25',
      cause: null,
    });
    expect(json[0]).toMatchObject({ file: 'content/01-plan.md', line: null, column: null, severity: 'error' });
    expect(JSON.parse(toJson(files))).toEqual(json);
  });
});
