/**
 * A digest too big for one message, as consecutive parts that each fit: lines are taken in order and a part is
 * closed when the next line would no longer fit, so every line is in exactly one part and none is cut. Each part
 * keeps its sections' headings; the first carries the intro and the notices; titles say "(1/3)", "(2/3)"…
 * `fits` is the platform's measure of one rendered message.
 */
import type { Digest, DigestSection } from './digest.js';

interface Placed {
  section: number;
  line: number;
}

export function splitDigest(digest: Digest, fits: (part: Digest) => boolean): Digest[] {
  if (digest.empty || fits(digest)) return [digest];
  const places: Placed[] = digest.sections.flatMap((s, section) => s.lines.map((_, line) => ({ section, line })));
  const groups: Placed[][] = [];
  let current: Placed[] = [];
  for (const place of places) {
    const candidate = [...current, place];
    // A placeholder count while the number of parts is not yet known; two digits cover any digest.
    if (current.length > 0 && !fits(partOf(digest, candidate, groups.length, 99))) {
      groups.push(current);
      current = [place];
    } else current = candidate;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group, i) => partOf(digest, group, i, groups.length));
}

function partOf(digest: Digest, places: readonly Placed[], index: number, count: number): Digest {
  const sections: DigestSection[] = [];
  for (const [i, section] of digest.sections.entries()) {
    const lines = places.filter((p) => p.section === i).map((p) => section.lines[p.line]);
    if (lines.length === 0) continue;
    const last = section.lines.length - 1;
    const holdsEnd = places.some((p) => p.section === i && p.line === last);
    const { more, ...rest } = section;
    sections.push({
      ...rest,
      lines: lines.filter((l) => l !== undefined),
      ...(holdsEnd && more !== undefined ? { more } : {}),
    });
  }
  return {
    ...digest,
    title: `${digest.title} (${index + 1}/${count})`,
    intro: index === 0 ? digest.intro : '',
    notices: index === 0 ? digest.notices : [],
    sections,
  };
}
