#!/usr/bin/env node
// Runs one TypeScript file (benchmarks, scripts) through tsx: node bin/run-ts.js FILE [args]
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
register();
const [file, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], file, ...rest];
await import(pathToFileURL(path.resolve(file)).href);
