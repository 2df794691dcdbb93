/**
 * The core is pure: it imports no platform SDK, no file system, network, scheduler or store, and never reads the
 * clock (callers pass `now`). This test reads every core source file and fails on the first forbidden use.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = new URL('../../src/core/', import.meta.url).pathname;
const ALLOWED_PACKAGES = new Set(['zod', 'date-holidays']);
const CLOCK_AND_PROCESS = [
  /\bDate\.now\s*\(/,
  /\bnew Date\(\s*\)/,
  /\bperformance\.now\s*\(/,
  /\bprocess\./,
  /\bset(?:Timeout|Interval|Immediate)\s*\(/,
  /\bMath\.random\s*\(/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier in import/export-from statements and dynamic imports. */
function importsOf(code: string): string[] {
  const specifiers: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\b[^;=()]*?\bfrom\s+['"]([^'"]+)['"]/gm,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /^\s*import\s+['"]([^'"]+)['"]/gm,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) specifiers.push(m[1] as string);
  return specifiers;
}

function forbiddenImport(specifier: string): boolean {
  if (specifier.startsWith('.')) return false;
  const pkg = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? '');
  return !ALLOWED_PACKAGES.has(pkg);
}

const files = sourceFiles(CORE);

describe('core boundary', () => {
  it('finds the core sources', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('detects what it must (self-check of the rules)', () => {
    expect(importsOf("import { readFileSync } from 'node:fs';").some(forbiddenImport)).toBe(true);
    expect(importsOf("import { App } from '@slack/bolt';").some(forbiddenImport)).toBe(true);
    expect(importsOf("const m = await import('node-cron');").some(forbiddenImport)).toBe(true);
    expect(importsOf("import http from 'http';").some(forbiddenImport)).toBe(true);
    expect(importsOf("import { z } from 'zod';\nimport { x } from '../y.js';").some(forbiddenImport)).toBe(false);
    expect(CLOCK_AND_PROCESS.some((re) => re.test('const t = Date.now();'))).toBe(true);
    expect(CLOCK_AND_PROCESS.some((re) => re.test('const d = new Date(period.end);'))).toBe(false);
  });

  it.each(files.map((f) => [relative(CORE, f), f]))('%s imports nothing impure and reads no clock', (_name, file) => {
    const code = readFileSync(file as string, 'utf8');
    expect(importsOf(code).filter(forbiddenImport)).toEqual([]);
    expect(CLOCK_AND_PROCESS.filter((re) => re.test(code)).map(String)).toEqual([]);
  });
});
