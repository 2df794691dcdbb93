/** Greetings and help: what the assistant can do, with examples to try, in the user's language. */
import type { AnswerContext } from '../answer-context.js';
import { Draft } from '../draft.js';
import type { Reply } from '../reply.js';

const HELP = {
  lv: {
    text: [
      'Sveiki! Es atbildu uz jautājumiem par darba grupas dokumentiem — precīzi un ar atsauci uz avotu:',
      '• kas ir atbildīgs un līdzatbildīgs par plāna pasākumu, ziņojuma uzdevumu vai programmas pasākumu;',
      '• termiņi, rādītāji, finansējums, izpildes statuss; saraksti pēc institūcijas, rīcības virziena vai termiņa;',
      '• saīsinājumi un institūcijas (arī to vēsture), darba grupas un to dalībnieki, kontakti;',
      '• jebkas cits, kas rakstīts dokumentos — atbildu ar citātu un vietu dokumentā.',
      'Ja dokumentos atbildes nav, es to pateikšu, nevis minēšu.',
    ],
    examples: [
      'Kas ir atbildīgs par 4.4.5. pasākumu?',
      'Ko nozīmē VBTAI?',
      'Kas vada 6. apakšgrupu?',
      'Kas ir nokavēts?',
    ],
  },
  en: {
    text: [
      'Hello! I answer questions about the working group’s documents — exactly, and citing the source:',
      '• who is responsible and co-responsible for a plan measure, a report task or a programme activity;',
      '• deadlines, indicators, funding, status; lists by institution, action direction or deadline;',
      '• abbreviations and institutions (and their history), working groups and their members, contacts;',
      '• anything else the documents say — quoted, with the place in the document.',
      'If the documents do not answer, I say so rather than guess. I answer in Latvian or English.',
    ],
    examples: [
      'Who is responsible for measure 4.4.5?',
      'What does VBTAI stand for?',
      'Who leads subgroup 6?',
      'What is overdue?',
    ],
  },
} as const;

export function answerHelp(ctx: AnswerContext, intent: string): Reply {
  const help = HELP[ctx.lang];
  const draft = new Draft();
  for (const line of help.text) draft.line(line);
  draft.suggest(...help.examples);
  return draft.reply(intent, ctx.lang, true);
}
