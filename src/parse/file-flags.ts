import type { VFile } from 'vfile';

/**
 * Flags the parser leaves on `file.data` so later stages know a file already has its error and
 * must not pile more on it: unreadable text (not UTF-8), or frontmatter YAML with syntax errors.
 */
const UNREADABLE = 'salesplanUnreadable';
const YAML_ERRORS = 'salesplanYamlErrors';

export function markUnreadable(file: VFile): void {
  file.data[UNREADABLE] = true;
}

export function isUnreadable(file: VFile): boolean {
  return file.data[UNREADABLE] === true;
}

export function markYamlErrors(file: VFile): void {
  file.data[YAML_ERRORS] = true;
}

/** True when the file's frontmatter had YAML syntax errors: its data is a best guess, not worth validating. */
export function hasYamlErrors(file: VFile): boolean {
  return file.data[YAML_ERRORS] === true;
}
