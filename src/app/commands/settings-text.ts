/** A subscription's settings in words, as the chat shows them after every change and on "kopsavilkuma iestatījumi". */
import type { Language } from '../../core/answer/reply.js';
import { nextSlot } from '../../core/digest/schedule.js';
import { describeHorizon, describeSchedule } from '../../core/digest/schedule-words.js';
import { describeScope } from '../../core/digest/scope-words.js';
import type { Subscription } from '../../core/digest/subscription.js';
import type { CommandDeps } from './command-deps.js';

export async function settingsLines(sub: Subscription, deps: CommandDeps, lang: Language): Promise<string[]> {
  const scope = describeScope(sub.scope, deps.kb, deps.defaults, lang);
  const next = nextSlot(sub.schedule, deps.now(), deps.calendar);
  const moved = next.movedBecause ? ` (${lang === 'lv' ? 'pārcelts' : 'moved'}: ${next.movedBecause})` : '';
  const nextText = `${next.at.replace('T', ' ')}${moved}`;
  const [last] = await deps.ledger.recent(sub.id, 1);
  const lines =
    lang === 'lv'
      ? [
          `Tvērums: ${scope}`,
          `Laiks: ${describeSchedule(sub.schedule, lang)}; periods: ${describeHorizon(sub.horizonDays, lang)}; valoda: ${sub.language === 'lv' ? 'latviešu' : 'angļu'}`,
          `Nākamais: ${nextText} (Rīgas laikā)`,
        ]
      : [
          `Scope: ${scope}`,
          `When: ${describeSchedule(sub.schedule, lang)}; horizon: ${describeHorizon(sub.horizonDays, lang)}; language: ${sub.language === 'lv' ? 'Latvian' : 'English'}`,
          `Next: ${nextText} (Riga time)`,
        ];
  if (last) lines.push(lastText(last.period, last.state, last.error, lang));
  return lines;
}

function lastText(period: string, state: string, error: string | undefined, lang: Language): string {
  if (lang === 'lv') {
    const what = state === 'sent' ? 'nosūtīts' : state === 'failed' ? `neizdevās (${error ?? '?'})` : 'tiek sūtīts';
    return `Pēdējais: ${period} — ${what}`;
  }
  const what = state === 'sent' ? 'posted' : state === 'failed' ? `failed (${error ?? '?'})` : 'being posted';
  return `Last: ${period} — ${what}`;
}
