/**
 * A text → the features intents are scored on: Latvian stems of its words (question words kept: "kad", "cik",
 * "who" carry the intent) and placeholders for what varies between questions of one kind, so that "Kas atbild
 * par 4.4.5?" and "Kas atbild par 2.1.6?" look the same.
 */
import type { InstitutionRegistry } from '../knowledge/registry.js';
import { fold } from '../text/fold.js';
import { stemLv } from '../text/stem-lv.js';
import { outermostTokens } from '../text/token.js';
import { tokenize } from '../text/tokenize.js';
import { cleanMessage } from './clean-text.js';

/** Words too common to tell intents apart; everything else is weighed by how rare it is among the examples. */
const FILLER = new Set([
  'un',
  'ir',
  'a',
  'an',
  'the',
  'of',
  'is',
  'are',
  'to',
  'and',
  'or',
  'lūdzu',
  'ludzu',
  'please',
]);

export function featuresOf(text: string, registry: InstitutionRegistry): string[] {
  const features: string[] = [];
  for (const token of outermostTokens(tokenize(cleanMessage(text)))) {
    features.push(...tokenFeatures(token.kind, token.text, token.norm, registry));
  }
  // An institution named in words is a slot like any other: its words must not make questions look alike.
  const nameWords = new Set<string>();
  for (const mention of registry.mentions(text)) {
    if (mention.by !== 'name') continue;
    features.push('#inst');
    for (const stem of mention.text.split(' ')) nameWords.add(stem);
  }
  return [...new Set(features.filter((f) => !nameWords.has(f)))];
}

function tokenFeatures(kind: string, text: string, norm: string, registry: InstitutionRegistry): string[] {
  switch (kind) {
    case 'id':
      return ['#ref'];
    case 'number':
      return ['#num'];
    case 'phone':
    case 'email':
    case 'url':
      return [`#${kind}`];
    case 'abbr':
      return registry.byAbbreviation(text) ? ['#abbr', '#inst'] : ['#abbr'];
    default: {
      const folded = fold(norm);
      if (folded.length < 2 || FILLER.has(folded)) return [];
      return [stemLv(folded)];
    }
  }
}
