import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeFileError, readExtracts } from '../../../src/adapters/files/knowledge-files.js';
import { EXTRACTED_DIR } from '../../../src/adapters/files/paths.js';
import { contentHash, ValidatedFiles, writeValidated } from '../../../src/adapters/files/validated-files.js';

/** A copy of the committed extracts and a manifest for them, in a folder of the test's own. */
function copiedExtracts(): { dir: string; manifest: string } {
  const root = mkdtempSync(join(tmpdir(), 'validated-'));
  const dir = join(root, 'extracted');
  mkdirSync(dir);
  for (const name of readdirSync(EXTRACTED_DIR)) copyFileSync(join(EXTRACTED_DIR, name), join(dir, name));
  return { dir, manifest: writeValidated(dir, join(root, 'validated.json')) };
}

/** The plan's extract with one measure's text made a number: valid JSON that the knowledge model refuses. */
function breakPlan(dir: string): void {
  const file = join(dir, 'plan.json');
  const plan = JSON.parse(readFileSync(file, 'utf8')) as { measures: { text: unknown }[] };
  const first = plan.measures[0];
  if (!first) throw new Error('the plan has no measures');
  first.text = 42;
  writeFileSync(file, `${JSON.stringify(plan, null, 2)}\n`);
}

describe('extracts vouched for by the validated manifest', () => {
  it('read the same with the manifest as without it', () => {
    const { dir, manifest } = copiedExtracts();
    expect(readExtracts(dir, new ValidatedFiles(manifest))).toEqual(readExtracts(dir, new ValidatedFiles('absent')));
  });

  it('are validated again once their text changes, and refused when it no longer fits the model', () => {
    const { dir, manifest } = copiedExtracts();
    breakPlan(dir);
    const validated = new ValidatedFiles(manifest);
    expect(validated.has(join(dir, 'plan.json'), readFileSync(join(dir, 'plan.json'), 'utf8'))).toBe(false);
    expect(() => readExtracts(dir, validated)).toThrow(KnowledgeFileError);
    expect(() => readExtracts(dir, validated)).toThrow(/plan\.json: does not match the knowledge model/);
  });

  it('are read without the model check while their text is the one vouched for', () => {
    const { dir, manifest } = copiedExtracts();
    breakPlan(dir);
    const data = JSON.parse(readFileSync(manifest, 'utf8')) as { files: Record<string, string> };
    const key = Object.keys(data.files).find((k) => k.endsWith('/plan.json')) ?? '';
    data.files[key] = contentHash(readFileSync(join(dir, 'plan.json'), 'utf8'));
    writeFileSync(manifest, JSON.stringify(data));
    const plan = readExtracts(dir, new ValidatedFiles(manifest)).find((e) => e.document.id === 'plan');
    expect(plan?.measures[0]?.text).toBe(42);
  });

  it('vouch for nothing when the manifest is damaged or of another format', () => {
    const { dir, manifest } = copiedExtracts();
    const text = readFileSync(join(dir, 'plan.json'), 'utf8');
    writeFileSync(manifest, '{"format":"other","files":{}}');
    expect(new ValidatedFiles(manifest).has(join(dir, 'plan.json'), text)).toBe(false);
    writeFileSync(manifest, '{not json');
    expect(new ValidatedFiles(manifest).has(join(dir, 'plan.json'), text)).toBe(false);
  });

  it('refuses to vouch for an extract that does not fit the model', () => {
    const { dir, manifest } = copiedExtracts();
    breakPlan(dir);
    expect(() => writeValidated(dir, manifest)).toThrow();
  });
});
