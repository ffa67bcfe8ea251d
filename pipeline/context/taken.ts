// The spans a scan has already read, so that a later reading may not overlap them.

/**
 * Spans already read, disjoint, sorted by start: a new reading may not overlap one. Disjoint spans
 * sorted by start are sorted by end too, so whether [s, e) overlaps any is one binary search.
 */
export class Taken {
  private starts: number[] = [];
  private ends: number[] = [];
  /** How many spans start before `at`. */
  private before(at: number): number {
    let lo = 0, hi = this.starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.starts[mid] < at) lo = mid + 1; else hi = mid; }
    return lo;
  }
  overlaps(s: number, e: number): boolean {
    const n = this.before(e);
    return n > 0 && this.ends[n - 1] > s;
  }
  add(s: number, e: number): void {
    const n = this.before(s);
    this.starts.splice(n, 0, s);
    this.ends.splice(n, 0, e);
  }
}
