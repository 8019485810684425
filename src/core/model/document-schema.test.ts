// Tests of the Document schema used by readers of Document JSON: paths, units and the comment key.
import { describe, expect, it } from 'vitest';
import { DocumentValidationError, formatPath, validateDocument } from './document-schema.ts';
import type { Document } from './document.ts';

function minimal(): Document {
  return {
    schema: 'yusuan/document@1',
    meta: { year: 2023, kind: 'budget', title: '2023年某部门部门预算公开', department: { code: '517', name: '某部门' }, template: 'luoyang', precision: 'exact' },
    tables: [{
      id: 'three-public', number: 8, numberLabel: '八', title: '2023年一般公共预算“三公”经费预算表',
      subtitle: [], unit: '万元', decimals: 2,
      columns: [{ key: 'total', kind: 'amount', header: ['“三公”经费合计'] }],
      rows: [{ kind: 'total', cells: [100_000] }],
      merges: [], notes: [], empty: false,
    }],
  };
}

describe('document schema', () => {
  it('accepts a document and drops the $comment key', () => {
    expect(validateDocument({ $comment: '金额为整数分', ...minimal() })).toEqual(minimal());
  });

  it('formats paths like JSON paths', () => {
    expect(formatPath(['tables', 2, 'rows', 5, 'cells', 3])).toBe('tables[2].rows[5].cells[3]');
    expect(formatPath(['tables', 0, 'rows', 1, 'refs', '7'])).toBe('tables[0].rows[1].refs["7"]');
    expect(formatPath([])).toBe('');
  });

  it('refuses unsafe amounts, decimals finer than 分, and names the place', () => {
    const big = minimal();
    big.tables[0]!.rows[0]!.cells[0] = 2 ** 60;
    expect(() => validateDocument(big)).toThrow('tables[0].rows[0].cells[0]: 应为整数（分）');
    const fine = minimal();
    fine.tables[0]!.unit = '元';
    fine.tables[0]!.decimals = 3;
    expect(() => validateDocument(fine)).toThrow('tables[0].decimals: 元最多打印 2 位小数');
    expect(() => validateDocument('text')).toThrow(DocumentValidationError);
  });
});
