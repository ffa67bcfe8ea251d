// A module imported the first time it is needed, and only then: `import()` itself costs a module-map
// lookup and a promise per call, ~1 % of a run when it was called once per document.

/** `load` run on the first call; every call returns its one promise. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}
