/**
 * Calendar dates in words: Latvian genitive ("kopš 2024. gada 1. janvāra"), locative ("2024. gada 1. janvārī")
 * or nominative, and English "1 January 2024".
 */
import { englishMonth, latvianMonth } from '../deadlines/month-names.js';
import type { IsoDate } from '../knowledge/model.js';
import type { Language } from './reply.js';

export type LatvianDateCase = 'nominative' | 'genitive' | 'locative';

export function formatIsoDate(date: IsoDate, lang: Language, latvianCase: LatvianDateCase = 'genitive'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (lang === 'en') return `${day} ${englishMonth(month)} ${year}`;
  const name = latvianMonth(month)[latvianCase];
  return `${year}. gada ${day}. ${name}`;
}
