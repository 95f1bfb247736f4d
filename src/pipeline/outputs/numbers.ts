import { labelsFor, numbersCsv, numbersJson, numbersWorkbook, planTables } from '../../render/index.ts';
import type { Output } from './types.ts';

/**
 * The computed model as files next to the site, the very documents `salesplan numbers` writes (one serialiser
 * for both): `numbers.json`, `numbers.xlsx` (a sheet per table) and `numbers/<table>.csv` (a file per table, as
 * a spreadsheet opens one table per CSV). The JSON and the workbook are linked from the site's footer.
 */
export const numbersOutput: Output = {
  id: 'numbers',
  enabled: (s) => s.numbers,
  needsBrowser: false,
  links: ({ facts }) => {
    const l = labelsFor(facts.plan.locale);
    return [
      { href: 'numbers.xlsx', title: l.numbers_xlsx, group: l.downloads_numbers },
      { href: 'numbers.json', title: l.numbers_json, group: l.downloads_numbers },
    ];
  },
  async emit({ presentation }) {
    const { facts, model } = presentation.input;
    const tables = planTables(model);
    return {
      files: [
        { path: 'numbers.json', contents: numbersJson(facts, model) },
        { path: 'numbers.xlsx', contents: await numbersWorkbook(tables, model) },
        ...tables.map((table) => ({ path: `numbers/${table.name}.csv`, contents: numbersCsv(table, model) })),
      ],
      print: [],
    };
  },
};
