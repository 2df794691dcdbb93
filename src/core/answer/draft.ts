/** A reply being written: handlers add lines, facts, list items, sources and subjects, then seal it. */
import type { Citation, Fact, Language, ListItem, Reply, ReplyAction, Subject } from './reply.js';

export class Draft {
  readonly lines: string[] = [];
  readonly facts: Fact[] = [];
  readonly items: ListItem[] = [];
  readonly sources: Citation[] = [];
  readonly suggestions: string[] = [];
  readonly subjects: Subject[] = [];
  readonly actions: ReplyAction[] = [];
  /** Asked fields the documents leave blank: the reply explains and cites the empty cell, but is not found. */
  readonly gaps: string[] = [];

  line(text: string): this {
    if (text.trim()) this.lines.push(text.trim());
    return this;
  }

  fact(label: string, value: string): this {
    if (value.trim() && !this.facts.some((f) => f.label === label && f.value === value))
      this.facts.push({ label, value });
    return this;
  }

  source(citation: Citation): this {
    const key = `${citation.document}|${citation.locator}|${citation.quote}`;
    if (!this.sources.some((s) => `${s.document}|${s.locator}|${s.quote}` === key)) this.sources.push(citation);
    return this;
  }

  subject(subject: Subject): this {
    if (!this.subjects.some((s) => s.kind === subject.kind && s.id === subject.id)) this.subjects.push(subject);
    return this;
  }

  /** The asked `field` is blank in the document: the reply says so, and found becomes false. */
  gap(field: string): this {
    if (!this.gaps.includes(field)) this.gaps.push(field);
    return this;
  }

  suggest(...questions: string[]): this {
    for (const q of questions)
      if (!this.suggestions.includes(q) && this.suggestions.length < 4) this.suggestions.push(q);
    return this;
  }

  reply(intent: string, language: Language, found: boolean): Reply {
    return {
      intent,
      language,
      found: found && this.gaps.length === 0,
      text: this.lines.join('\n'),
      facts: this.facts,
      items: this.items,
      sources: this.sources,
      suggestions: this.suggestions,
      actions: this.actions,
      subjects: this.subjects,
    };
  }
}
