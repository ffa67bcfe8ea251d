// What every CLI command looks like. Each command lives in its own file under pipeline/commands/
// and is listed, with its one-line summary, in pipeline/cli.ts.
export interface Command {
  name: string;
  /** full text for `chitieu <name> --help` */
  usage: string;
  /** returns the exit status: 0 ok, 1 some inputs failed, 2 usage error */
  run(args: string[]): Promise<number>;
}

/** Thrown by argument parsing; the CLI prints the message and the command's usage, exit 2. */
export class UsageError extends Error {}
