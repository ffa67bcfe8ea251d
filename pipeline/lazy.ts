// A value made the first time it is needed, and only then: a module imported on first use (`import()`
// itself costs a module-map lookup and a promise per call, ~1 % of a run when it was called once per
// document), or what a document's context reads only when asked.

/** `make` run on the first call; every call returns what that call returned (null and undefined too). */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) { value = make(); made = true; }
    return value;
  };
}
