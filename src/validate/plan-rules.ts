import type { CheckContext } from './context.ts';
import { guessName } from '../core/suggest.ts';

let currencies: Set<string> | undefined;

/** ISO 4217 codes this Node knows how to format. */
function knownCurrencies(): Set<string> {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies;
}

/** The locale and currency must be ones Intl can format with, or every number in the document would fail. */
export function checkLocaleAndCurrency(ctx: CheckContext): void {
  const plan = ctx.facts.plan;
  if (!plan) return;
  try {
    Intl.getCanonicalLocales(plan.locale);
  } catch {
    ctx.error('plan', ['locale'], `locale \`${plan.locale}\` is not a valid BCP 47 locale`, {
      ruleId: 'invalid-locale',
      hint: 'use a language and a region, such as en-US, en-GB, sv-SE or de-DE',
    });
  }
  if (!knownCurrencies().has(plan.currency)) {
    const { text, expected, actual } = guessName(plan.currency, ['USD', 'EUR', 'GBP', 'SEK', 'NOK', 'DKK', 'CHF', 'JPY', 'CAD', 'AUD']);
    const reason = `currency \`${plan.currency}\` is not an ISO 4217 currency code${text}`;
    ctx.error('plan', ['currency'], reason, {
      ruleId: 'invalid-currency',
      hint: 'use a three-letter code such as USD, EUR, GBP or SEK',
      expected,
      actual,
    });
  }
}
