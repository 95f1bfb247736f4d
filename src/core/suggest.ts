import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate a mistyped name most likely meant, or undefined when none is close enough to be
 * a typo (a short name allows one edit, longer ones about a third of their letters, at least two).
 */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  const list = [...new Set(candidates)].filter((c) => c !== name);
  if (list.length === 0 || name === '') return undefined;
  const lower = name.toLowerCase();
  const sameButCase = list.find((c) => c.toLowerCase() === lower);
  if (sameButCase) return sameButCase;
  const best = closest(lower, list.map((c) => c.toLowerCase()));
  const match = list.find((c) => c.toLowerCase() === best);
  const limit = name.length <= 3 ? 1 : Math.max(2, Math.floor(name.length / 3));
  return match !== undefined && distance(lower, best) <= limit ? match : undefined;
}

/** `; did you mean `quota`?`, or '' when nothing is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  return guessName(name, candidates).text;
}

/**
 * A "did you mean" for a message: the text to append to its reason (or ''), and the message's `expected` (the
 * name probably meant) and `actual` (the name written), undefined when nothing is close.
 */
export function guessName(
  name: string,
  candidates: Iterable<string>,
): { text: string; expected: string[] | undefined; actual: string | undefined } {
  const match = suggest(name, candidates);
  if (match === undefined) return { text: '', expected: undefined, actual: undefined };
  return { text: `; did you mean \`${match}\`?`, expected: [match], actual: name };
}

/** `a, b, c` with at most `max` names, for hints that list what is allowed. */
export function listNames(names: Iterable<string>, max = 12): string {
  const all = [...new Set(names)];
  return all.length > max ? `${all.slice(0, max).join(', ')}, ...` : all.join(', ');
}
