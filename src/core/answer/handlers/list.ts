/**
 * Lists, counts, sums and extremes over plan measures, report tasks and programme activities: the question is
 * parsed into a Query, executed over the knowledge, and the result summarised with its count (the plain text shows
 * the first items; chat adapters page through the rest).
 */
import { formatPeriod } from '../../deadlines/format-period.js';
import { type Executed, execute } from '../../query/execute.js';
import { changesQuery, followQuery } from '../../query/follow-query.js';
import { hasFilter, type Query } from '../../query/query.js';
import { asksForList } from '../../understand/asks-for-list.js';
import { followUpWords, namesItems, parseQuery } from '../../understand/parse-query.js';
import type { AnswerContext } from '../answer-context.js';
import { countedTerms } from '../counted-noun.js';
import { Draft } from '../draft.js';
import { agree, counted, NOUNS } from '../grammar.js';
import type { Reply } from '../reply.js';
import { reportTaskTitle } from '../short-title.js';
import { formatAmount, shorten, w } from '../words.js';
import { describeQuery } from './describe-query.js';
import { answerSearch } from './search.js';

export function answerList(ctx: AnswerContext, intent: string): Reply {
  const followed = followedQuery(ctx);
  const query = followed ?? parseQuery(ctx.u, ctx.previous?.subjects.find((s) => s.kind === 'institution')?.id);
  const asked = followed !== undefined || asksForList(ctx.u) || query.select !== 'list' || query.amount !== undefined;
  // "How many tasks does the report have?" counts them all; any other list needs something to filter by.
  const countsAll = query.select === 'count' && namesItems(ctx.u);
  if ((!hasFilter(query) && !countsAll) || !asked || countsOtherThings(ctx, query)) return answerSearch(ctx, 'search');
  const result = execute(query, ctx.kb.knowledge, (key) => ctx.statuses.latest(key)?.status, ctx.today);
  const total = result.measures.length + result.reportTasks.length + result.activities.length;
  // "Kas atbild par … pašvaldībās?" names a topic, not a list: when nothing passes, the text may answer it.
  // "Cik pasākumos VM ir atbildīgā?" has its answer even when it is none.
  if (total === 0 && !(query.select === 'count' && namesItems(ctx.u))) {
    const text = answerSearch(ctx, 'search');
    if (text.found) return text;
  }
  if (query.select === 'sum' && result.activities.length === 0) return noFunding(ctx, intent);
  const draft = new Draft();
  draft.line(summary(query, result, total, ctx));
  const figure = figureLine(query, result, total, ctx);
  if (figure) draft.line(figure);
  addItems(result, ctx, draft);
  for (const f of query.institutions) draft.subject({ kind: 'institution', id: f.id });
  const note = ctx.names.note();
  if (note) draft.fact(ctx.lang === 'lv' ? 'Piezīme' : 'Note', note);
  return { ...draft.reply(intent, ctx.lang, true), query };
}

/**
 * "Cik izglītības iestāžu piedalījās IZM un IKVD aptaujā?" counts schools, not the items IZM and IKVD are in: a
 * count of anything but measures, tasks or activities is a fact to find in the text.
 */
function countsOtherThings(ctx: AnswerContext, query: Query): boolean {
  if (query.select !== 'count') return false;
  const counted = countedTerms(ctx.u);
  return counted.length > 0 && !counted.some((t) => ITEM_STEMS.some((s) => t.startsWith(s) || s.startsWith(t)));
}

const ITEM_STEMS = ['pasakum', 'uzdevum', 'aktivitat', 'measur', 'task', 'activit', 'item', 'darbib'];

/** The previous list with what a follow-up changes ("Un IZM?"), when the message is such a follow-up. */
function followedQuery(ctx: AnswerContext): Query | undefined {
  const previous = ctx.previous?.query;
  if (!previous || !ctx.u.followUp) return undefined;
  const next = parseQuery(ctx.u);
  const words = followUpWords(ctx.u);
  return changesQuery(next, words) ? followQuery(previous, next, words) : undefined;
}

/** Only the state programme gives sums of money: the plan and the report carry none, and that is said. */
function noFunding(ctx: AnswerContext, intent: string): Reply {
  const draft = new Draft();
  draft.line(
    ctx.lang === 'lv'
      ? 'Finansējums dokumentos norādīts tikai valsts programmas 2026 pasākumiem; plāna pasākumu un ziņojuma uzdevumu izmaksas nav norādītas.'
      : 'Only the state programme 2026 gives funding; the plan’s measures and the report’s tasks give no costs.',
  );
  draft.gap('funding');
  return draft.reply(intent, ctx.lang, false);
}

function summary(q: Query, r: Executed, total: number, ctx: AnswerContext): string {
  const { lang } = ctx;
  const parts = describeQuery(q, ctx);
  const counts = [
    r.measures.length > 0 ? counted(r.measures.length, NOUNS.measure[lang], lang) : '',
    r.reportTasks.length > 0 ? counted(r.reportTasks.length, NOUNS.reportTask[lang], lang) : '',
    r.activities.length > 0 ? counted(r.activities.length, NOUNS.activity[lang], lang) : '',
  ].filter(Boolean);
  if (total === 0) return lang === 'lv' ? `Nav neviena ieraksta, ${parts}.` : `Nothing matches: ${parts}.`;
  const found = agree(total, { one: 'Atrasts', many: 'Atrasti' }, lang);
  return lang === 'lv'
    ? `${found} ${total} (${counts.join(', ')}), ${parts}:`
    : `Found ${total} (${counts.join(', ')}) ${parts}:`;
}

/** The figure a count, sum or extreme asks for, said in a sentence of its own. */
function figureLine(q: Query, r: Executed, total: number, ctx: AnswerContext): string {
  const { lang } = ctx;
  if (q.select === 'count') return lang === 'lv' ? `Kopā: ${total}.` : `In all: ${total}.`;
  if (q.select === 'sum' && r.sum !== undefined)
    return lang === 'lv'
      ? `Finansējums kopā: ${formatAmount(r.sum, lang)} euro.`
      : `Funding in total: ${formatAmount(r.sum, lang)} euro.`;
  const top = r.activities[0];
  if ((q.select === 'max' || q.select === 'min') && top) {
    const amount = `${formatAmount(top.funding.amount, lang)} euro`;
    const ids = r.activities.map((a) => a.id).join(', ');
    if (lang === 'lv') return `${q.select === 'max' ? 'Lielākais' : 'Mazākais'} finansējums: ${amount} (${ids}).`;
    return `The ${q.select === 'max' ? 'largest' : 'smallest'} funding: ${amount} (${ids}).`;
  }
  return '';
}

/** A short list shows more of each title: a few tasks read in full tell more than a long list of stubs. */
const SHORT_LIST = 8;

function addItems(r: Executed, ctx: AnswerContext, draft: Draft): void {
  const { lang } = ctx;
  const short = r.measures.length + r.reportTasks.length + r.activities.length <= SHORT_LIST;
  for (const m of r.measures) {
    const who = m.responsible.map((p) => p.name).join(', ');
    draft.items.push({
      id: m.id ?? '',
      title: shorten(m.text, 110),
      detail: `${who}; ${formatPeriod(m.deadline, lang)}`,
    });
  }
  for (const t of r.reportTasks) {
    const who = t.responsible.map((p) => p.name).join(', ');
    draft.items.push({
      id: lang === 'lv' ? `${t.number}. uzd.` : `Task ${t.number}`,
      title: short ? shorten(t.text, 400) : reportTaskTitle(t, 130),
      detail: `${who}; ${w(t.status, lang)}; ${formatPeriod(t.deadline, lang)}`,
    });
  }
  for (const a of r.activities) {
    draft.items.push({
      id: a.id,
      title: shorten(a.title, 110),
      detail: `${formatAmount(a.funding.amount, lang)} euro`,
    });
  }
}
