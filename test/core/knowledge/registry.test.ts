import { describe, expect, it } from 'vitest';
import { readCuratedInstitutions } from '../../../src/adapters/files/knowledge-files.js';
import { InstitutionRegistry } from '../../../src/core/knowledge/registry.js';

const registry = new InstitutionRegistry(readCuratedInstitutions());
const ids = (text: string) => registry.mentions(text).map((m) => m.institution.id);

describe('InstitutionRegistry.resolve', () => {
  it.each([
    ['LM', 'LM'],
    ['IEM', 'IeM'],
    ['IeM IC', 'IeM IC'],
    ['LM 1. kārta', 'LM'],
    ['Labklājības ministrijas', 'LM'],
    ['Valsts policijas pārstāvis', 'VP'],
    ['Bērnu aizsardzības centru', 'BAC'],
    ['Biedrība “Latvijas Pašvaldību savienība”', 'LPS'],
    ['Pašvaldības', 'municipalities'],
    ['ZZ Dats (BARIS īpašnieks un uzturētājs)', 'ZZDats'],
  ])('%s → %s', (name, id) => {
    expect(registry.resolve(name)?.id).toBe(id);
  });

  it('leaves unknown bodies unresolved rather than guessing', () => {
    expect(registry.resolve('Nozares eksperti')).toBeUndefined();
    expect(registry.resolve('BTDA')).toBeUndefined();
  });
});

describe('InstitutionRegistry.mentions', () => {
  it('finds institutions by inflected name', () => {
    expect(ids('Kāds saīsinājums informatīvajā ziņojumā lietots Bērnu aizsardzības centram?')).toEqual(['BAC']);
    expect(ids('Kas notika ar Valsts bērnu tiesību aizsardzības inspekciju 2024. gadā?')).toEqual(['VBTAI']);
    expect(ids('What abbreviation is used for the Ministry of Welfare?')).toEqual(['LM']);
  });

  it('finds abbreviations in any case but not ordinary words', () => {
    expect(ids('par ko atbild lm un vbtai?')).toEqual(['LM', 'VBTAI']);
    expect(ids('Es gribu zināt, kas ir IeM IC')).toEqual(['IeM IC']);
    expect(ids('I am asking what es means')).toEqual([]);
  });
});
