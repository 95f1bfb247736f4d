/** The set for a locale's language subtag (`sv-SE` → `sv`); a language without a set of its own gets `fallback`. */
export function forLanguage<T>(sets: Readonly<Record<string, T>>, locale: string, fallback: T): T {
  return sets[locale.split('-')[0]?.toLowerCase() ?? ''] ?? fallback;
}
