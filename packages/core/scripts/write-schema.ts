// Writes the published JSON Schema files (packages/core/schema/*.schema.json) from source-schema.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderSchemaFiles } from '../src/build/schema-files.js';

const dir = fileURLToPath(new URL('../schema/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [name, text] of renderSchemaFiles()) writeFileSync(dir + name, text);
console.log(`wrote ${renderSchemaFiles().size} schema files to ${dir}`);
