// Counting findings by rule across the files of a folder check.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/rules/types.ts';
import { tallyByRule } from './rule-tally.ts';

const f = (ruleId: string, severity: Finding['severity'] = 'warning'): Finding =>
  ({ ruleId, severity, message: ruleId, location: {} }) as unknown as Finding;

describe('tallyByRule', () => {
  it('counts findings and files per rule: errors first, then the rules in most files', () => {
    const tally = tallyByRule([
      [f('CLS-A'), f('CLS-A'), f('ID-B', 'error')],
      [f('CLS-A'), f('NAR-C')],
      [],
      [f('CLS-A'), f('ID-B', 'error'), f('ID-B', 'error')],
    ]);
    expect(tally).toEqual([
      { ruleId: 'ID-B', severity: 'error', findings: 3, files: 2 },
      { ruleId: 'CLS-A', severity: 'warning', findings: 4, files: 3 },
      { ruleId: 'NAR-C', severity: 'warning', findings: 1, files: 1 },
    ]);
  });

  it('keeps a rule reported at two severities apart', () => {
    const tally = tallyByRule([[f('X-1', 'warning')], [f('X-1', 'error')], [f('A-0', 'warning')]]);
    expect(tally.map((t) => `${t.severity} ${t.ruleId} ${t.findings}/${t.files}`)).toEqual([
      'error X-1 1/1', 'warning A-0 1/1', 'warning X-1 1/1',
    ]);
  });

  it('gives nothing for files without findings', () => {
    expect(tallyByRule([[], []])).toEqual([]);
  });
});
