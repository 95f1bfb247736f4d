import { describe, expect, it } from 'vitest';
import { paperOf, paperSizeFor } from '../../src/core/paper.ts';

describe('the paper a plan prints on', () => {
  it('is Letter where people print on Letter (CLDR), A4 elsewhere', () => {
    expect(['en-US', 'en', 'es-MX', 'fr-CA', 'en-PH', 'es-CO'].map(paperSizeFor)).toEqual(Array(6).fill('Letter'));
    expect(['en-GB', 'sv-SE', 'sv', 'de-DE', 'fr', 'es-ES', 'en-AU', 'ja-JP'].map(paperSizeFor)).toEqual(Array(8).fill('A4'));
  });

  it('is A4 for a locale it cannot read, and what the config says over the locale', () => {
    expect(paperSizeFor(undefined)).toBe('A4');
    expect(paperSizeFor('not a locale!')).toBe('A4');
    expect(paperOf({ size: 'A4' }, 'en-US').size).toBe('A4');
    expect(paperOf({ margin: { top: '1in' } }, 'en-US')).toEqual({ size: 'Letter', margin: { top: '1in', right: '16mm', bottom: '20mm', left: '16mm' } });
  });
});
