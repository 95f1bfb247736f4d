import { labelsFor, numbersCsv, numbersJson } from '../../render/index.ts';
import type { Output } from './types.ts';

/**
 * The computed model as files next to the site: `numbers.json` and `numbers.csv`, the very documents
 * `salesplan numbers --format json|csv` prints (one serialiser for both), linked from the site's footer.
 */
export const numbersOutput: Output = {
  id: 'numbers',
  enabled: (s) => s.numbers,
  needsBrowser: false,
  links: ({ facts }) => {
    const l = labelsFor(facts.plan.locale);
    return [
      { href: 'numbers.json', title: l.numbers_json, group: l.downloads_numbers },
      { href: 'numbers.csv', title: l.numbers_csv, group: l.downloads_numbers },
    ];
  },
  emit({ presentation }) {
    const { facts, model } = presentation.input;
    return {
      files: [
        { path: 'numbers.json', contents: numbersJson(facts, model) },
        { path: 'numbers.csv', contents: numbersCsv(model) },
      ],
      print: [],
    };
  },
};
