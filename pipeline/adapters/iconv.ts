// The one place that knows iconv-lite, for the legacy single-byte encodings (windows-1258,
// windows-1252 and the font encodings read through it). Loaded on the first call, not at start-up:
// a UTF-8 input, nearly every one, never asks it, and loading it cost ~12 ms of every run.
import { createRequire } from 'node:module';
import { once } from '../lazy.ts';

type Iconv = typeof import('iconv-lite');
const iconv = once((): Iconv => createRequire(import.meta.url)('iconv-lite') as Iconv);

/** `bytes` read in `encoding` (an iconv-lite name: "windows1258", "windows1252"…). */
export const decode = (bytes: Buffer, encoding: string): string => iconv().decode(bytes, encoding);

/** `text` as bytes in `encoding`; characters it lacks become "?". */
export const encode = (text: string, encoding: string): Buffer => iconv().encode(text, encoding);

/** Whether iconv-lite reads `encoding`. */
export const encodingExists = (encoding: string): boolean => iconv().encodingExists(encoding);
