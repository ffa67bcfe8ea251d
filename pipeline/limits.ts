// Resource limits for one input, so that one hostile or unlucky file costs only itself: its size on
// disk, what a DOCX unpacks to, PDF pages read, and the time its loading may take. Each can be set
// through the environment (a number; 0 turns a limit off).

function setting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number ≥ 0 (got '${raw}')`);
  return n === 0 ? Infinity : n;
}

export interface Limits {
  /** bytes of one input file (CHITIEU_MAX_FILE_MB, default 100 MB) */
  fileBytes: number;
  /** bytes a DOCX may unpack to (CHITIEU_MAX_UNZIPPED_MB, default 200 MB) */
  unzippedBytes: number;
  /** PDF pages read, the rest left out (CHITIEU_MAX_PAGES, default 2000) */
  pages: number;
  /** seconds loading one file may take (CHITIEU_MAX_LOAD_SECONDS, default 120) */
  loadSeconds: number;
}

const MB = 1e6;

/** The limits in force, read from the environment each time (tests and users may change it). */
export function limits(): Limits {
  return {
    fileBytes: setting('CHITIEU_MAX_FILE_MB', 100) * MB,
    unzippedBytes: setting('CHITIEU_MAX_UNZIPPED_MB', 200) * MB,
    pages: setting('CHITIEU_MAX_PAGES', 2000),
    loadSeconds: setting('CHITIEU_MAX_LOAD_SECONDS', 120),
  };
}

export const megabytes = (bytes: number) => `${(bytes / MB).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
