// Writes docs/rules.md from the rule catalogue (ids, categories, severities, statements, tables).
// Run `npm run rules-doc`; a test fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rulesMarkdown } from '../src/reports/rules-doc.ts';
import { CATALOGUE } from '../src/core/rules/catalogue/index.ts';

const out = resolve(import.meta.dirname, '..', 'docs', 'rules.md');
writeFileSync(out, rulesMarkdown(CATALOGUE));
console.log(`已写入 ${out}（${CATALOGUE.length} 条规则）`);
