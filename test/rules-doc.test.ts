// docs/rules.md is generated from the catalogue; this fails when someone changes a rule and
// forgets `npm run rules-doc`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CATALOGUE } from '../src/core/rules/catalogue/index.ts';
import { rulesMarkdown } from '../src/reports/rules-doc.ts';
import { ROOT } from './support/bases.ts';

it('docs/rules.md matches the rule catalogue (run npm run rules-doc)', () => {
  const committed = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
  expect(committed).toBe(rulesMarkdown(CATALOGUE));
  for (const r of CATALOGUE) expect(committed).toContain(`\`${r.id}\``);
});
