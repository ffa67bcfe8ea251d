#!/usr/bin/env node
// Entry point for `npx chitieu`: runs the TypeScript CLI through tsx, no build step.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../pipeline/cli.ts');
process.exitCode = await main(process.argv.slice(2));
