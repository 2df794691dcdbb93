/** Which facts about its subject a question asks for, from its words, in Latvian and English. */
import { type CueSet, cueHits, phraseHits, wordMatches } from './cues.js';
import type { ContactKind, Field } from './understanding.js';

const FIELD_CUES: [Field, CueSet][] = [
  [
    'coResponsible',
    {
      prefixes: ['lidzatbild', 'coresponsib', 'co-responsib', 'partner'],
      // "Nurse-Family Partnership" is a programme's name.
      except: ['partnership'],
      phrases: ['co responsible', 'other institutions', 'citas institucijas', 'kopa ar', 'iesaistit\\p{L}* institucij'],
    },
  ],
  [
    'responsible',
    {
      prefixes: ['atbild', 'responsib', 'nodrosin', 'istenot', 'istenos', 'owner', 'charge', 'implement'],
      except: ['atbildes', 'atbilde'],
      phrases: [
        'kas veic',
        'who runs',
        'who provides',
        'who does',
        'who handles',
        'which institution',
        'kura institucija',
        'kuras institucijas',
      ],
    },
  ],
  [
    'deadline',
    {
      prefixes: [
        'termin',
        'deadline',
        'due',
        'when',
        'period',
        'timeline',
        'timefram',
        'until',
        'laikposm',
        'jaizpild',
        'jaizdar',
        'jabeidz',
      ],
      words: ['kad', 'lidz'],
      phrases: [
        'lidz kuram',
        'by when',
        'what date',
        'kada datum',
        'izpildes laik',
        'no kura laika',
        'kops kura laika',
      ],
    },
  ],
  [
    'funding',
    {
      prefixes: ['finans', 'budzet', 'budget', 'fund', 'cost', 'izmaks', 'naud', 'money', 'euro', 'eiro'],
      phrases: ['how much', 'cik liel', 'cik daudz naudas'],
    },
  ],
  [
    'indicator',
    { prefixes: ['raditaj', 'indicator', 'target', 'expected', 'pared'], words: ['cik'], phrases: ['how many'] },
  ],
  ['result', { prefixes: ['rezultat', 'result', 'outcome', 'output', 'sasniegt'] }],
  [
    'status',
    {
      prefixes: ['status', 'izpildit', 'done', 'complet', 'finish', 'progres'],
      phrases: ['izpildes gait', 'vai ir izpild'],
    },
  ],
  ['leader', { prefixes: ['vada', 'vadit', 'lead', 'chair', 'head'], except: ['vadlinij', 'vadib'] }],
  ['deputy', { prefixes: ['vietniek', 'deputy', 'vice'] }],
  [
    'members',
    {
      prefixes: ['sastav', 'locek', 'member', 'composit', 'dalibniek', 'participant'],
      // "pastāv" (exists) is one letter from "sastāv".
      except: ['pastav'],
      phrases: ['who is in', 'who sits', 'kas ir iekl'],
    },
  ],
  ['purpose', { prefixes: ['merk', 'purpose', 'goal', 'aim', 'objectiv', 'mission'] }],
  ['tasks', { prefixes: ['uzdevum', 'task'] }],
];

const CONTACT_CUES: [ContactKind, CueSet][] = [
  ['phone', { prefixes: ['talr', 'numur', 'zvan', 'phone', 'telephon', 'call', 'number'] }],
  ['email', { prefixes: ['e-past', 'epast', 'email', 'e-mail', 'mail', 'rakstit', 'write', 'adres', 'address'] }],
  [
    'web',
    {
      prefixes: [
        'majaslap',
        'timeklvietn',
        'timekla',
        'vietn',
        'website',
        'site',
        'web',
        'url',
        'link',
        'saite',
        'lapa',
        'page',
        'chat',
        'cata',
        'catot',
      ],
      words: ['cats'],
      // "vietnieks" (deputy) is not "vietne" (web site).
      except: ['vietniek'],
    },
  ],
  [
    'hours',
    {
      prefixes: ['stund', 'hours', 'open', 'diennakt', 'night', 'nakti', 'nakts'],
      phrases: ['darba laik\\p{L}*', 'working hours', 'opening hours', 'kad strada', 'when .{0,40}(?:call|open|reach)'],
    },
  ],
];

export function askedFields(words: readonly string[], folded: string): Field[] {
  return FIELD_CUES.filter(([, cues]) => cueHits(words, folded, cues)).map(([field]) => field);
}

export function askedContactKinds(words: readonly string[], folded: string): ContactKind[] {
  return CONTACT_CUES.filter(([, cues]) => cueHits(words, folded, cues)).map(([kind]) => kind);
}

const ROLE_FIELDS = new Set<Field>(['responsible', 'coResponsible', 'deadline']);
const QUESTION_WORDS = new Set(['who', 'which', 'kas', 'kura', 'kuras', 'kurs']);

/**
 * The words that ask who is responsible or by when ("atbild", "nodrošina", "who runs", "termiņš", "no kura
 * laika"): they are answered by the item's cells, so they say nothing about which item is meant.
 */
export function roleWords(words: readonly string[], folded: string): Set<string> {
  const found = new Set<string>();
  for (const [field, cues] of FIELD_CUES) {
    if (!ROLE_FIELDS.has(field)) continue;
    for (const word of words) if (wordMatches(word, { ...cues, phrases: [] })) found.add(word);
    for (const phrase of cues.phrases ?? []) {
      if (!phraseHits(folded, { prefixes: [], phrases: [phrase] })) continue;
      for (const word of phrase.split(' ')) if (!QUESTION_WORDS.has(word)) found.add(word);
    }
  }
  return found;
}
