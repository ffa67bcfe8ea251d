// The packed index the build writes (dist/gazetteer.json) is the index built from the package: a
// run of the build and a run of the sources resolve every name alike.
import { describe, expect, it } from 'vitest';
import { buildIndex, packIndex, unitsNamed, unpackIndex } from './gazetteer.ts';

describe('the packed gazetteer index', () => {
  const built = buildIndex();
  const unpacked = unpackIndex(packIndex(built));

  it('holds every folded name with the same units, in the same order', () => {
    expect([...unpacked.keys()]).toEqual([...built.keys()]);
    for (const [key, units] of built) expect(unpacked.get(key)).toEqual(units);
  });

  it('keeps nulls, levels and eras apart', () => {
    const units = [...unpacked.values()].flat();
    expect(new Set(units.map((u) => u.era))).toEqual(new Set(['old', 'new', 'both']));
    expect(units.some((u) => u.parent === null) && units.some((u) => u.district === null) && units.some((u) => u.district !== null)).toBe(true);
    expect(unpacked.get('lai chau')?.map((u) => u.level)).toEqual(built.get('lai chau')?.map((u) => u.level));
  });

  it('answers look-ups by folded name', () => {
    expect(unitsNamed('Lai Châu').some((u) => u.level === 'province')).toBe(true);
    expect(unitsNamed('LAI  CHÂU')).toEqual(unitsNamed('Lai Châu'));
    expect(unitsNamed('Atlantis')).toEqual([]);
  });
});
