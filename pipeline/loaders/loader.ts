// What a format loader returns: the decoded raw text and what it learned about the document.
import type { Diagnostic, DocumentMeta } from '../document.ts';

export interface Loaded {
  raw: string;
  meta?: Partial<DocumentMeta>;
  diagnostics?: Diagnostic[];
}

export type Loader = (bytes: Buffer, source: string) => Promise<Loaded>;

/** A whole input could not be read (empty, broken, encrypted...): named with its file and reason. */
export class LoadError extends Error {
  constructor(readonly source: string, readonly reason: string) {
    super(`${source}: ${reason}`);
  }
}
