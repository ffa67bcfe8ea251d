// The project's root folder. This file sits one folder below it, and so does the built bundle
// (dist/), so the same line finds it whether the code runs from source or from the build.
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
