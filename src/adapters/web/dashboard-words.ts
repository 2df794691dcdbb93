/** The dashboard's bucket names in Latvian and English, in the order the filter lists them. */
import type { Language } from '../../core/answer/reply.js';
import type { Bucket } from '../../core/deadlines/tracked-items.js';

const LABELS: Record<Bucket, Record<Language, string>> = {
  overdue: { lv: 'Nokavēts', en: 'Overdue' },
  'due-soon': { lv: 'Drīz termiņš', en: 'Due soon' },
  'starting-soon': { lv: 'Drīz sākas', en: 'Starting soon' },
  done: { lv: 'Izpildīts', en: 'Done' },
  later: { lv: 'Vēlāk', en: 'Later' },
  ongoing: { lv: 'Pastāvīgi', en: 'Ongoing' },
  unknown: { lv: 'Termiņš nav zināms', en: 'Deadline unknown' },
};

export const BUCKETS: Bucket[] = ['overdue', 'due-soon', 'starting-soon', 'done', 'later', 'ongoing', 'unknown'];

export function bucketLabel(bucket: Bucket, lang: Language): string {
  return LABELS[bucket][lang];
}
