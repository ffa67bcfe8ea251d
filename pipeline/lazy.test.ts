import { describe, expect, it } from 'vitest';
import { once } from './lazy.ts';

describe('once', () => {
  it('loads nothing until first asked, then answers every call with the one load', async () => {
    let loads = 0;
    const get = once(async () => ({ n: ++loads }));
    expect(loads).toBe(0);
    const [a, b] = await Promise.all([get(), get()]);
    expect(await get()).toBe(a);
    expect(b).toBe(a);
    expect(loads).toBe(1);
  });
  it('makes a value that is null once too', () => {
    let made = 0;
    const get = once(() => { made++; return null; });
    expect(get()).toBeNull();
    expect(get()).toBeNull();
    expect(made).toBe(1);
  });
});
