/**
 * Prints the top entries of the newest .cpuprofile in a folder: self time by function, and the share of the
 * run spent inside (inclusive time) each of our source folders' functions.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../src/adapters/files/paths.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

const TOP = 25;

function newest(dir: string): string {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const sorted = files.map((f) => join(dir, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!sorted[0]) throw new Error(`no .cpuprofile in ${dir}`);
  return sorted[0];
}

function label(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  const file = url.startsWith('file://') ? relative(PROJECT_ROOT, new URL(url).pathname) : url || '(native)';
  return `${functionName || '(anonymous)'} ${file}`;
}

function main(dir: string): void {
  const profile = JSON.parse(readFileSync(newest(dir), 'utf8')) as Profile; // why: node's own output
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const id of profile.samples) {
    const node = byId.get(id);
    if (!node) continue;
    self.set(label(node), (self.get(label(node)) ?? 0) + 1);
    // Each function counted once per sample, however deep its recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (n) seen.add(label(n));
    }
    for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
  }
  const total = profile.samples.length;
  const print = (title: string, counts: Map<string, number>, keep: (name: string) => boolean) => {
    process.stdout.write(`\n${title}\n`);
    const rows = [...counts].filter(([name]) => keep(name)).sort((a, b) => b[1] - a[1]);
    for (const [name, n] of rows.slice(0, TOP))
      process.stdout.write(`${((100 * n) / total).toFixed(1).padStart(5)}%  ${name}\n`);
  };
  process.stdout.write(`${total} samples\n`);
  print('self time', self, () => true);
  print('inclusive time, our functions', inclusive, (name) => / (dist\/)?src\//.test(name));
}

main(process.argv[2] ?? join(PROJECT_ROOT, '.profile'));
