#!/usr/bin/env node
// require() loads the CommonJS bundle synchronously, without the ESM loader's extra steps.
import { createRequire } from 'node:module';
createRequire(import.meta.url)('../dist/cli.cjs');
