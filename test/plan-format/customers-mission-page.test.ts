import { describe, expect, it } from 'vitest';
import { onlyError, planFrom, sectionFile } from './plan-from.ts';

/**
 * README "The plan format" → `section: mission`, `section: customers` and extra `section: page` files: every
 * field, from a plan file to the validated facts.
 */

const MISSION = '01-mission.md';
const CUSTOMERS = '04-customers.md';

describe('mission', () => {
  it('mission, positioning, competitors and value_proposition are read', async () => {
    const run = await planFrom({
      [MISSION]: {
        mission: 'Pay every invoice on time.',
        positioning: 'AP for the mid-market.',
        competitors: '[{name: Acme, kind: direct, note: Big}, {name: Paper, kind: indirect}]',
        value_proposition: '[{feature: Capture, benefit: No typing}]',
      },
    });
    expect(run.loaded.facts?.mission).toMatchObject({
      mission: 'Pay every invoice on time.',
      positioning: 'AP for the mid-market.',
      competitors: [
        { name: 'Acme', kind: 'direct', note: 'Big' },
        { name: 'Paper', kind: 'indirect' },
      ],
      value_proposition: [{ feature: 'Capture', benefit: 'No typing' }],
    });
  });

  it('positioning may be left out; a section title given in the frontmatter is read', async () => {
    const run = await planFrom({ [MISSION]: { positioning: null, title: 'Why we exist' } });
    expect(run.errors).toEqual([]);
    expect(run.loaded.facts?.mission.title).toBe('Why we exist');
  });

  it('a competitor kind other than direct or indirect is refused, with the one meant', async () => {
    const run = await planFrom({ [MISSION]: { 'competitors.1.kind': 'direkt' } });
    const error = onlyError(run);
    expect(error).toMatchObject({ ...run.where(MISSION, 'competitors.1.kind'), reason: 'kind must be direct or indirect; did you mean `direct`?' });
    expect(run.pointsAt(error)).toBe('direkt');
  });

  it.each([
    ['mission', 'missing field `mission`; add `mission: <value>`'],
    ['competitors', 'missing field `competitors`; add `competitors: <value>`'],
    ['value_proposition', 'missing field `value_proposition`; add `value_proposition: <value>`'],
  ])('%s is required', async (field, message) => {
    const run = await planFrom({ [MISSION]: { [field]: null } });
    expect(onlyError(run)).toMatchObject({ ...run.where(MISSION, ''), reason: message });
  });

  it('a value proposition without its benefit is reported at it', async () => {
    const run = await planFrom({ [MISSION]: { 'value_proposition.0.benefit': null } });
    expect(onlyError(run)).toMatchObject({ ...run.where(MISSION, 'value_proposition.0'), reason: 'missing field `benefit`; add `benefit: <value>`' });
  });
});

describe('customers', () => {
  it('every icp field is read', async () => {
    const run = await planFrom({
      [CUSTOMERS]: { icp: '{industries: [Retail], employees: 200 to 2000, funding: Series B, regions: [Nordics], challenges: [Late close]}' },
    });
    expect(run.loaded.facts?.customers.icp).toEqual({
      industries: ['Retail'],
      employees: '200 to 2000',
      funding: 'Series B',
      regions: ['Nordics'],
      challenges: ['Late close'],
    });
  });

  it('every persona field is read; an age written as a bare number is its text', async () => {
    const run = await planFrom({
      [CUSTOMERS]: {
        'personas.controller':
          '{id: controller, name: Carla, role: Controller, career_path: Audit, priorities: [Close], demographics: {age: 42, income: high, living: city}, ' +
          'attributes: [Careful], challenges: [Slow close], goals: [Fast close], how_we_help: One place}',
      },
    });
    expect(run.errors).toEqual([]);
    expect(run.loaded.facts?.customers.personas[0]).toEqual({
      id: 'controller',
      name: 'Carla',
      role: 'Controller',
      career_path: 'Audit',
      priorities: ['Close'],
      demographics: { age: '42', income: 'high', living: 'city' },
      attributes: ['Careful'],
      challenges: ['Slow close'],
      goals: ['Fast close'],
      how_we_help: 'One place',
    });
  });

  it('funding, regions and the optional persona fields may be left out', async () => {
    const run = await planFrom({
      [CUSTOMERS]: {
        'icp.funding': null,
        'icp.regions': null,
        'personas.cfo.career_path': null,
        'personas.cfo.priorities': null,
        'personas.cfo.demographics': null,
        'personas.cfo.attributes': null,
      },
    });
    expect(run.errors).toEqual([]);
  });

  it('an icp without employees is reported at the icp', async () => {
    const run = await planFrom({ [CUSTOMERS]: { 'icp.employees': null } });
    expect(onlyError(run)).toMatchObject({ ...run.where(CUSTOMERS, 'icp'), reason: 'missing field `employees`; add `employees: <value>`' });
  });

  it('an unknown demographic is refused at its key, with the one meant', async () => {
    const run = await planFrom({ [CUSTOMERS]: { 'personas.cfo.demographics.income': null, 'personas.cfo.demographics.incom': '$300k' } });
    const error = run.errors[0];
    expect(run.errors).toHaveLength(1);
    expect(error).toMatchObject({ reason: 'unknown field `incom`; did you mean `income`?', ruleId: 'unknown-field' });
    expect(run.pointsAt(error!)).toBe('incom');
  });

  it('a persona without how_we_help is reported at the persona', async () => {
    const run = await planFrom({ [CUSTOMERS]: { 'personas.cfo.how_we_help': null } });
    expect(onlyError(run)).toMatchObject({ ...run.where(CUSTOMERS, 'personas.cfo'), reason: 'missing field `how_we_help`; add `how_we_help: <value>`' });
  });
});

describe('section: page', () => {
  const FAQ = '08-faq.md';

  it('title and parent are read, and the page is kept', async () => {
    const run = await planFrom({}, { files: { [FAQ]: sectionFile('section: page\ntitle: FAQ\nparent: team') } });
    expect(run.errors).toEqual([]);
    expect(run.loaded.pages.map((p) => p.facts)).toEqual([{ section: 'page', title: 'FAQ', parent: 'team' }]);
  });

  it('parent may be left out; any number of pages may be added', async () => {
    const run = await planFrom({}, { files: { [FAQ]: sectionFile('section: page\ntitle: FAQ'), '09-glossary.md': sectionFile('section: page\ntitle: Glossary') } });
    expect(run.loaded.pages.map((p) => p.facts.title)).toEqual(['FAQ', 'Glossary']);
  });

  it('a parent that is no section is refused, with the one meant', async () => {
    const run = await planFrom({}, { files: { [FAQ]: sectionFile('section: page\ntitle: FAQ\nparent: teams') } });
    const error = onlyError(run);
    expect(error).toMatchObject({
      file: `content/${FAQ}`,
      line: 4,
      column: 9,
      reason: 'parent must be one of: plan, mission, goals, team, customers, process, action_plan, metrics; did you mean `team`?',
    });
    expect(run.pointsAt(error)).toBe('teams');
  });

  it('a page without a title is refused at its frontmatter', async () => {
    const run = await planFrom({}, { files: { [FAQ]: sectionFile('section: page\nparent: team') } });
    expect(onlyError(run)).toMatchObject({ file: `content/${FAQ}`, line: 2, column: 1, reason: 'missing field `title`; add `title: <value>`' });
  });

  it('a field pages do not have is refused at its key', async () => {
    const run = await planFrom({}, { files: { [FAQ]: sectionFile('section: page\ntitle: FAQ\nparnet: team') } });
    expect(onlyError(run)).toMatchObject({ file: `content/${FAQ}`, line: 4, column: 1, reason: 'unknown field `parnet`; did you mean `parent`?' });
  });
});
