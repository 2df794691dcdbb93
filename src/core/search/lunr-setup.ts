/**
 * lunr configured for our analyzer. Field values reach lunr already analysed (arrays of terms), so its index
 * pipeline is empty; its search pipeline runs the same analyzer for any clause that asks for it. That pipeline is
 * named in a serialised index, so it is registered when this module loads, before any `Index.load`.
 */
import lunr from 'lunr';
import { analyze } from '../text/analyze.js';

export const FIELDS = ['exact', 'title', 'body'] as const;
export type Field = (typeof FIELDS)[number];

/** Exact terms (ids, abbreviations, phones) decide most; a title says more about an item than its body. */
const FIELD_BOOSTS: Readonly<Record<Field, number>> = { exact: 10, title: 3, body: 1 };

const ANALYZE_LABEL = 'lv-analyze';

/** Turns one query token into the analyzer's terms (none for a stop word, several for "Zālīte-Grosa"). */
function analyzeToken(token: lunr.Token): lunr.Token[] {
  return analyze(token.toString()).map((term) => token.clone(() => term));
}

/** The registered step; a module evaluated twice (hot reload, test isolation) reuses the first registration. */
const analyzeStep = registered(ANALYZE_LABEL, analyzeToken);

function registered(label: string, fn: lunr.PipelineFunction): lunr.PipelineFunction {
  // @types/lunr does not declare the registry that Pipeline.load reads; the cast only names its shape.
  const registry = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, lunr.PipelineFunction> })
    .registeredFunctions;
  const existing = registry[label];
  if (existing) return existing;
  lunr.Pipeline.registerFunction(fn, label);
  return fn;
}

export function newBuilder(): lunr.Builder {
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.searchPipeline.add(analyzeStep);
  builder.metadataWhitelist = [];
  builder.ref('id');
  for (const field of FIELDS) builder.field(field, { boost: FIELD_BOOSTS[field] });
  averageOverPresentFields(builder);
  return builder;
}

/** The parts of lunr's Builder that its type declarations leave out. */
interface BuilderInternals {
  fieldLengths: Record<string, number>;
  averageFieldLength: Record<string, number>;
  calculateAverageFieldLengths: () => void;
}

/**
 * lunr averages a field's length over all documents, empty ones included. Most items have no title and no exact
 * terms, so those averages come out near zero and BM25's length normalisation crushes every real title and exact
 * term: "VBTAI" stopped finding the VBTAI abbreviation. Averaging over the items that have the field fixes it.
 */
function averageOverPresentFields(builder: lunr.Builder): void {
  // The cast reaches lunr internals that @types/lunr does not declare; build() calls this method before scoring.
  const internals = builder as unknown as BuilderInternals;
  internals.calculateAverageFieldLengths = () => {
    const totals = new Map<string, { length: number; count: number }>();
    for (const [fieldRef, length] of Object.entries(internals.fieldLengths)) {
      if (length === 0) continue;
      // A lunr field reference is "<field>/<ref>"; our field names contain no '/'.
      const field = fieldRef.slice(0, fieldRef.indexOf('/'));
      const total = totals.get(field) ?? { length: 0, count: 0 };
      totals.set(field, { length: total.length + length, count: total.count + 1 });
    }
    internals.averageFieldLength = Object.fromEntries(
      FIELDS.map((field) => {
        const total = totals.get(field);
        return [field, total ? total.length / total.count : 1];
      }),
    );
  };
}
