/** Handler names used in intents/*.json → the functions that answer them. A test checks every name exists. */
import type { AnswerContext } from '../answer-context.js';
import type { Reply } from '../reply.js';
import { answerAbbreviation } from './abbreviation.js';
import { answerAbbreviationReverse } from './abbreviation-reverse.js';
import { answerCommand } from './command.js';
import { answerContact } from './contact.js';
import { answerDirections } from './directions.js';
import { answerHelp } from './help.js';
import { answerHistory } from './history.js';
import { answerList } from './list.js';
import { answerMembership } from './membership.js';
import { answerPerson } from './person.js';
import { answerSearch } from './search.js';
import { answerStatusHistory } from './status-history.js';
import { answerSubject } from './subject.js';

export type Handler = (ctx: AnswerContext, intent: string) => Reply;

export const HANDLERS: Record<string, Handler> & { search: Handler } = {
  help: answerHelp,
  subject: answerSubject,
  list: answerList,
  directions: answerDirections,
  abbreviation: answerAbbreviation,
  'abbreviation-reverse': answerAbbreviationReverse,
  history: answerHistory,
  membership: answerMembership,
  person: answerPerson,
  contact: answerContact,
  search: answerSearch,
  command: answerCommand,
  'status-history': answerStatusHistory,
};
