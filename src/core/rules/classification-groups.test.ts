// Tests of the code groups of the one-code-one-name rules (classification-groups.ts): economicKey
// answers as isEconomicCode does, and rows grouped by key or by map come back as the same groups.
import { describe, expect, it } from 'vitest';
import type { CodedRow } from './coded-rows.ts';
import { addByKey, addToGroup, economicKey, reportGroupedClashes, startGroups, startKeys } from './classification-groups.ts';
import { isEconomicCode } from './classification-lists.ts';
import type { Reporter } from './types.ts';

/** A reporter that records only what these tests read. */
function recorder(): Reporter & { checks: number; failed: string[] } {
  const r = { checks: 0, failed: [] as string[] };
  return Object.assign(r, {
    checked(n = 1) { r.checks += n; },
    fail(d: { actual?: string }) { r.failed.push(String(d.actual)); },
    notApplicable() {},
    insufficient() {},
  }) as unknown as Reporter & { checks: number; failed: string[] };
}

const row = (code: string, name: string): CodedRow => ({ table: { id: 'economic-summary', title: '表', columns: [], rows: [] } as unknown as CodedRow['table'], index: 0, row: { kind: 'item', cells: [] }, code, parts: undefined, name, codeCol: 0, nameCol: 0 });

describe('economicKey', () => {
  it('is ≥ 0 exactly for the codes isEconomicCode accepts, and one key a code', () => {
    const keys = new Map<number, string>();
    for (const code of ['301', '30101', '00123', '123', '3010', '301011', '30１01', ' 301', '', 'abc', '99999', '999', '000']) {
      const key = economicKey(code);
      expect(key >= 0).toBe(isEconomicCode(code));
      if (key >= 0) {
        expect(keys.get(key)).toBeUndefined();
        keys.set(key, code);
      }
    }
  });
});

describe('grouped name clashes', () => {
  it('reports the same for rows grouped by key and by map, across documents', () => {
    const docs = [
      [row('30101', '基本工资'), row('50101', '工资奖金津补贴'), row('30101', '基本工资'), row('30102', '津贴补贴'), row('30102', '津贴补助'), row('301', '工资福利支出')],
      [row('30102', '津贴补贴'), row('30101', '基本工资 '), row('30101', '基本工资')],
    ];
    const failed: string[] = [];
    for (const rows of docs) {
      const byMap = recorder();
      const byKey = recorder();
      startGroups(rows.length);
      const first = new Map<string, number>();
      rows.forEach((r, i) => addToGroup(first, 1, i, r.code));
      reportGroupedClashes(byMap, rows, 1, () => undefined, '科目', 'code');
      startGroups(rows.length);
      startKeys();
      rows.forEach((r, i) => addByKey(1, i, economicKey(r.code)));
      reportGroupedClashes(byKey, rows, 1, () => undefined, '科目', 'code');
      expect(byKey.checks).toBe(byMap.checks);
      expect(byKey.failed).toEqual(byMap.failed);
      expect(byMap.checks).toBeGreaterThan(0);
      failed.push(...byMap.failed);
    }
    expect(failed).toEqual(['津贴补助']);
  });
});
