// CLS-ECON-MAP: in the 基本支出 table every 部门经济分类 款 is paired with the 政府经济分类 款 the
// official 对照表 gives, and all rows follow one unit type's column (机关 or 事业单位) — a document
// mixing the two has mapped some rows for the wrong kind of unit.
import { colIndex, requireTable, textAt } from '../doc-access.ts';
import type { Rule } from '../types.ts';
import { withSeverity } from '../types.ts';
import { cellLocation } from '../doc-access.ts';

type Side = 'administrative' | 'institution' | 'both' | 'none' | 'unknown';

/** A row's side as a number (sideOf): not checked (not an item, or not in the 对照表), then the sides. */
const UNCHECKED = 0;
const BOTH = 1;
const ADMINISTRATIVE = 2;
const INSTITUTION = 3;
const NONE = 4;
const SIDES: readonly Side[] = ['unknown', 'both', 'administrative', 'institution', 'none'];

/** The side of each row of the table being checked, reused from document to document. */
let sideOf = new Uint8Array(128);

export const rule: Rule = {
  id: 'CLS-ECON-MAP',
  category: 'classification',
  severity: 'error',
  statement: {
    zh: '部门预算支出经济分类与政府预算支出经济分类的对应关系应符合官方对照表，且同一文件内按同一单位类型对应。',
    en: 'Department-to-government economic codes follow the official mapping for one unit type throughout the document.',
  },
  tables: ['general-public-basic-expenditure'],
  target: 'document',
  check({ doc, classification, budget }, report) {
    const table = requireTable(doc, report, 'general-public-basic-expenditure');
    if (!table) return;
    if (!classification) return report.insufficient('没有该年度的分类科目数据');
    const econ = colIndex(table, 'econ.code');
    const gov = colIndex(table, 'gov.code');
    // Shanghai's table prints 部门经济分类 类/款 only: no 政府经济分类 to compare.
    if (gov < 0 && colIndex(table, 'econ.class') >= 0) return report.notApplicable('本模板的基本支出表不列政府预算支出经济分类');
    if (econ < 0 || gov < 0) return report.insufficient('基本支出表没有经济分类科目编码列');
    // Each row's side, in an array reused from document to document (no object a row).
    const rows = table.rows;
    if (sideOf.length < rows.length) sideOf = new Uint8Array(Math.max(rows.length, sideOf.length * 2));
    // The rows of each side are counted here rather than by two filters below.
    let admin = 0;
    let inst = 0;
    let known = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as (typeof rows)[number];
      if (row.kind !== 'item') {
        sideOf[i] = UNCHECKED;
        continue;
      }
      const g = textAt(row, gov);
      const m = g ? classification.mapping.get(textAt(row, econ)) : undefined;
      if (!m) {
        sideOf[i] = UNCHECKED; // unknown: not checked
        continue;
      }
      const side = m.administrative === g && m.institution === g ? BOTH
        : m.administrative === g ? ADMINISTRATIVE : m.institution === g ? INSTITUTION : NONE;
      if (side === ADMINISTRATIVE) admin++;
      else if (side === INSTITUTION) inst++;
      known++;
      sideOf[i] = side;
    }
    // Which mapping columns fit: from the unit types when known (the Budget's, or those a Document
    // built from a Budget carries), else the document's majority.
    const unitTypes = budget ? budget.department.units.map((u) => u.type) : doc.meta.unitTypes;
    const types = unitTypes ? new Set(unitTypes.map((t) => (t === 'institution' ? 'institution' : 'administrative'))) : undefined;
    const allowed = types ?? new Set([admin >= inst ? 'administrative' : 'institution']);
    const word = (side: string) => (side === 'administrative' ? '行政单位（含参公）' : '事业单位');
    const allowAdmin = allowed.has('administrative');
    const allowInst = allowed.has('institution');
    for (let i = 0; i < rows.length; i++) {
      const side = sideOf[i] as number;
      if (side === UNCHECKED) continue;
      report.checked();
      const fits = side === BOTH || (side === ADMINISTRATIVE ? allowAdmin : side === INSTITUTION && allowInst);
      if (fits) continue;
      const row = rows[i] as (typeof rows)[number];
      const s = { row: i, side: SIDES[side] as Side, econ: textAt(row, econ), gov: textAt(row, gov) };
      const m = classification.mapping.get(s.econ);
      const target = [...allowed][0] ?? 'administrative';
      const want = target === 'administrative' ? m?.administrative : m?.institution;
      const basis = types ? `本部门单位类型为${[...allowed].map(word).join('、')}` : `本文件其他科目按${word(target)}对应`;
      // Without the Budget the unit type is inferred from the other rows: a warning, not an error.
      report.fail(withSeverity(types || s.side === 'none' ? undefined : 'warning', {
        message: `${table.title}中 ${s.econ} 对应政府经济分类 ${s.gov}，${s.side === 'none' ? '不是官方对照表中的对应科目' : '与单位类型不符'}（${basis}）${want ? `，官方对照为 ${want}` : '，官方对照表中此类单位没有对应科目'}`,
        messageEn: `${s.econ} is mapped to ${s.gov}, which does not fit the unit type (${[...allowed].join(', ')})${want ? `; the official target is ${want}` : ''}`,
        location: cellLocation(table, s.row, gov),
        expected: want ?? '',
        actual: s.gov,
        hint: '按单位类型核对《部门预算支出经济分类与政府预算支出经济分类对照表》。',
      }));
    }
    if (known === 0) report.insufficient('没有能在对照表中找到的科目');
  },
};
