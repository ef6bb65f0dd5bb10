#!/usr/bin/env node
// Imports the CLI by its own package name: plain Node gets the compiled dist/, while in-repo runs
// started with `--conditions=@onestop/source --import tsx` get the TypeScript sources (the "@onestop/source" export).
import { main } from '@onestop/cli';

process.exitCode = await main(process.argv.slice(2));
