/**
 * Intents that need a slot the question lacks are pushed down: "Kas ir atbildīgs?" with no measure and no
 * conversation to lean on is not a responsibility question we can answer, however well its words match.
 */
import type { Classifier } from './classify.js';
import type { SlotName } from './intent-spec.js';
import type { Understanding } from './understanding.js';

type Slots = Pick<
  Understanding,
  'references' | 'groups' | 'persons' | 'unknownNames' | 'institutions' | 'abbreviations'
> & { period?: Understanding['period'] };

/** How much an intent keeps of its score when a required slot is missing. */
const MISSING_SLOT_FACTOR = 0.3;

export function adjustForSlots(
  scores: { intent: string; score: number }[],
  classifier: Classifier,
  slots: Slots,
  hasContext: boolean,
): { intent: string; score: number }[] {
  const requires = new Map(classifier.intents.map((i) => [i.id, i.requires]));
  return scores
    .map(({ intent, score }) => {
      const missing = (requires.get(intent) ?? []).some((slot) => !present(slot, slots, hasContext));
      return { intent, score: missing ? score * MISSING_SLOT_FACTOR : score };
    })
    .sort((a, b) => b.score - a.score || a.intent.localeCompare(b.intent));
}

function present(slot: SlotName, s: Slots, hasContext: boolean): boolean {
  switch (slot) {
    case 'subject':
      return hasContext || s.references.length + s.groups.length + s.persons.length > 0;
    case 'reference':
      return s.references.length > 0;
    case 'institution':
      return s.institutions.length > 0;
    case 'group':
      return s.groups.length > 0 || hasContext;
    case 'person':
      return s.persons.length + s.unknownNames.length > 0;
    case 'abbreviation':
      return s.abbreviations.length > 0;
    case 'period':
      return s.period !== undefined;
  }
}
