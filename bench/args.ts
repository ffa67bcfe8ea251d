// The bench scripts' options, read as the CLI's commands read theirs (pipeline/cli.ts): -h or --help prints the
// usage, an unknown or malformed option names itself and the usage on stderr (exit 2), never a stack trace.
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The values of `options` in this process's arguments; exits on --help or a usage error. */
export function scriptOptions<const T extends Options>(name: string, usage: string, options: T) {
  const read = () => parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } } as const });
  let parsed: ReturnType<typeof read>;
  try {
    parsed = read();
  } catch (err) {
    process.stderr.write(`${name}: ${(err as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(usage);
    process.exit(0);
  }
  return parsed.values;
}
