/** A document summary as plain lines, for the command line. */
import { summarise } from './document-summary.js';
import type { IngestedDocument } from './ingest-document.js';

export function documentSummaryLines(file: string, doc: Exclude<IngestedDocument, { kind: 'failed' }>): string[] {
  const summary = summarise(doc);
  const how =
    doc.kind === 'known' ? `read as the known document "${doc.document}"` : 'read as a document of no known kind';
  return [
    `${file}: ${summary.title} (${how})`,
    `found: ${summary.counts.map((c) => `${c.count} ${c.kind}`).join(', ')}`,
    ...(summary.warnings.length > 0
      ? [`${summary.warnings.length} warnings:`, ...summary.warnings.map((w) => `  ${w}`)]
      : ['no warnings']),
    'try asking:',
    ...summary.examples.map((q) => `  ${q.lv}  (${q.en})`),
  ];
}
