/**
 * Month names in the forms the texts need: Latvian nominative, genitive ("no jūnija"), dative ("līdz jūnijam")
 * and locative ("jūnijā", the case a date "on the 1st of …" takes).
 */

export interface LatvianMonth {
  nominative: string;
  genitive: string;
  dative: string;
  locative: string;
}

export const LATVIAN_MONTHS: readonly LatvianMonth[] = [
  { nominative: 'janvāris', genitive: 'janvāra', dative: 'janvārim', locative: 'janvārī' },
  { nominative: 'februāris', genitive: 'februāra', dative: 'februārim', locative: 'februārī' },
  { nominative: 'marts', genitive: 'marta', dative: 'martam', locative: 'martā' },
  { nominative: 'aprīlis', genitive: 'aprīļa', dative: 'aprīlim', locative: 'aprīlī' },
  { nominative: 'maijs', genitive: 'maija', dative: 'maijam', locative: 'maijā' },
  { nominative: 'jūnijs', genitive: 'jūnija', dative: 'jūnijam', locative: 'jūnijā' },
  { nominative: 'jūlijs', genitive: 'jūlija', dative: 'jūlijam', locative: 'jūlijā' },
  { nominative: 'augusts', genitive: 'augusta', dative: 'augustam', locative: 'augustā' },
  { nominative: 'septembris', genitive: 'septembra', dative: 'septembrim', locative: 'septembrī' },
  { nominative: 'oktobris', genitive: 'oktobra', dative: 'oktobrim', locative: 'oktobrī' },
  { nominative: 'novembris', genitive: 'novembra', dative: 'novembrim', locative: 'novembrī' },
  { nominative: 'decembris', genitive: 'decembra', dative: 'decembrim', locative: 'decembrī' },
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
  const number = `${month}.`;
  return LATVIAN_MONTHS[month - 1] ?? { nominative: number, genitive: number, dative: number, locative: number };
}

export function englishMonth(month: number): string {
  return ENGLISH_MONTHS[month - 1] ?? `month ${month}`;
}
