// Standard output for commands that print a lot: chunked writes with backpressure, and a reader that
// leaves early (`chitieu extract … | head -1`) ends the output quietly instead of an EPIPE trace.

/** True for the errors a closed reader gives: the output simply ends. */
export const isClosedPipe = (err: unknown) => {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END';
};

export class StdoutWriter {
  private buffer = '';
  private failure: Error | undefined;
  /** set when the reader went away: callers stop producing output */
  closed = false;

  constructor(private readonly out: NodeJS.WritableStream = process.stdout, private readonly chunk = 1 << 16) {
    out.on('error', (err: Error) => {
      if (isClosedPipe(err)) this.closed = true;
      else this.failure = err;
    });
  }

  /** Queues text; resolves false once the reader has gone. Other stream errors are thrown. */
  async write(text: string): Promise<boolean> {
    this.buffer += text;
    if (this.buffer.length >= this.chunk) await this.flush();
    return !this.closed;
  }

  async flush(): Promise<boolean> {
    if (this.failure) throw this.failure;
    if (this.closed || !this.buffer) return !this.closed;
    const text = this.buffer;
    this.buffer = '';
    if (!this.out.write(text)) {
      // wait for room, or for the error that says the reader is gone
      await new Promise<void>((resolve) => {
        const done = () => { this.out.off('drain', done); this.out.off('error', done); this.out.off('close', done); resolve(); };
        this.out.on('drain', done); this.out.on('error', done); this.out.on('close', done);
      });
    }
    if (this.failure) throw this.failure;
    return !this.closed;
  }

  /** Writes what is left; false when the reader had gone. */
  end(): Promise<boolean> {
    return this.flush();
  }
}
