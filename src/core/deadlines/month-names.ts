/** Month names in the forms the period texts need: Latvian nominative, genitive ("no jūnija") and dative ("līdz jūnijam"). */

export interface LatvianMonth {
  nominative: string;
  genitive: string;
  dative: string;
}

export const LATVIAN_MONTHS: readonly LatvianMonth[] = [
  { nominative: 'janvāris', genitive: 'janvāra', dative: 'janvārim' },
  { nominative: 'februāris', genitive: 'februāra', dative: 'februārim' },
  { nominative: 'marts', genitive: 'marta', dative: 'martam' },
  { nominative: 'aprīlis', genitive: 'aprīļa', dative: 'aprīlim' },
  { nominative: 'maijs', genitive: 'maija', dative: 'maijam' },
  { nominative: 'jūnijs', genitive: 'jūnija', dative: 'jūnijam' },
  { nominative: 'jūlijs', genitive: 'jūlija', dative: 'jūlijam' },
  { nominative: 'augusts', genitive: 'augusta', dative: 'augustam' },
  { nominative: 'septembris', genitive: 'septembra', dative: 'septembrim' },
  { nominative: 'oktobris', genitive: 'oktobra', dative: 'oktobrim' },
  { nominative: 'novembris', genitive: 'novembra', dative: 'novembrim' },
  { nominative: 'decembris', genitive: 'decembra', dative: 'decembrim' },
];

export const ENGLISH_MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function latvianMonth(month: number): LatvianMonth {
  return LATVIAN_MONTHS[month - 1] ?? { nominative: `${month}.`, genitive: `${month}.`, dative: `${month}.` };
}

export function englishMonth(month: number): string {
  return ENGLISH_MONTHS[month - 1] ?? `month ${month}`;
}
