// PLACEHOLDER until the language stage lands.
import type { Document } from '../document.ts';
export function detectLanguage(doc: Document): Document { doc.lang = 'vie'; return doc; }
