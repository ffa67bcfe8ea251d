// The packed index the build writes (dist/gazetteer.json) is the index built from the package: a
// run of the build and a run of the sources resolve every name alike.
import { describe, expect, it } from 'vitest';
import { buildIndex, fold, hostKeys, PackedIndex, packIndex, unitsNamed } from './gazetteer.ts';

describe('the packed gazetteer index', () => {
  const built = buildIndex();
  const unpacked = new PackedIndex(packIndex(built));

  it('holds every folded name with the same units, in the same order', () => {
    expect([...unpacked.names()]).toEqual([...built.keys()]);
    for (const [key, units] of built) expect(unpacked.get(key)).toEqual(units);
  });

  it('keeps nulls, levels and eras apart', () => {
    const units = [...unpacked.names()].flatMap((name) => unpacked.get(name)!);
    expect(new Set(units.map((u) => u.era))).toEqual(new Set(['old', 'new', 'both']));
    expect(units.some((u) => u.parent === null) && units.some((u) => u.district === null) && units.some((u) => u.district !== null)).toBe(true);
    expect(unpacked.get('lai chau')?.map((u) => u.level)).toEqual(built.get('lai chau')?.map((u) => u.level));
  });

  it('lists the names of each level as the units say', () => {
    for (const level of ['province', 'district', 'commune'] as const) {
      expect(unpacked.namesAt(level)).toEqual(new Set([...built].filter(([, units]) => units.some((u) => u.level === level)).map(([key]) => key)));
    }
    expect(unpacked.get('atlantis')).toBeUndefined();
  });

  it('spells the provinces and districts for web hosts, longest first', () => {
    const expected = [...built.values()].flat().filter((u) => u.level === 'province' || u.level === 'district')
      .map((unit) => ({ key: fold(unit.name).replace(/ /g, ''), unit })).filter(({ key }) => key.length >= 5 && !/^\d/.test(key))
      .sort((a, b) => b.key.length - a.key.length);
    expect(hostKeys()).toEqual(expected);
  });

  it('answers look-ups by folded name', () => {
    expect(unitsNamed('Lai Châu').some((u) => u.level === 'province')).toBe(true);
    expect(unitsNamed('LAI  CHÂU')).toEqual(unitsNamed('Lai Châu'));
    expect(unitsNamed('Atlantis')).toEqual([]);
  });
});
