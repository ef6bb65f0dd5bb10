import { sampleCatalog } from './corpus.js';
import { SearchIndex } from '../src/search/search-index.js';
import { searchDocuments } from '../src/search/search-document.js';
import { planQuery } from '../src/search/query-plan.js';
const cat = sampleCatalog();
const [locale, ...qs] = process.argv.slice(2);
const index = new SearchIndex(searchDocuments(cat, locale!), locale!, cat.synonyms);
for (const q of qs) {
  const p = planQuery(q, index, { complete: 'unknown' });
  console.log(q, '| weight', p.weight.toFixed(2), 'unknown', p.unknown, 'aspect', p.aspect, p.nothingToFind ? 'NOTHING' : '');
  for (const c of p.concepts) console.log('   ', c.words.join(' '), c.alternatives.map((a) => `${a.term}:${a.quality}`).join(','), c.weight.toFixed(2), c.optional ? 'opt' : '', 'df', index.vocabulary.count(c.alternatives[0]!.term));
}
