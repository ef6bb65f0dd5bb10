// Node, plain ESM: search a built catalog the way a site's server or a script would.
import { readFileSync } from 'node:fs';
import { createSearch } from '@onestop/core';
import { readPublication } from '@onestop/core/node';

const [dir, query] = process.argv.slice(2);
const { catalog } = readPublication(dir);
const data = JSON.parse(readFileSync(`${dir}/vi/search.json`, 'utf8'));
const search = createSearch(data);
const result = search.search(query, { limit: 3 });
console.log(JSON.stringify({ procedures: catalog.procedures.length, total: result.total, top: result.hits.map((h) => [h.id, search.text(h.id)?.name]) }));
