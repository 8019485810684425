// Builders of the audit-rule tests' documents (audit-rules-wanli.ts, audit-rules-czj.ts), as an
// importer would assemble the two real Shanghai PDFs in ../shared/corpus: tables with the Shanghai
// template's column keys and refs (src/core/templates/shanghai/refs.ts, summary lines in lines.ts),
// the narrative with each paragraph's page, the 目录 and printed precision.
import type { Column, DocTable, Document, NarrativeSection, Row, TableId } from '../src/core/model/document.ts';

const FN_COLUMNS: Column[] = [
  { key: 'fn.class', kind: 'code', header: ['功能分类科目编码', '类'] },
  { key: 'fn.section', kind: 'code', header: ['功能分类科目编码', '款'] },
  { key: 'fn.item', kind: 'code', header: ['功能分类科目编码', '项'] },
  { key: 'name', kind: 'text', header: ['功能分类科目名称'] },
  { key: 'total', kind: 'amount', header: ['合计'] },
  { key: 'basic', kind: 'amount', header: ['基本支出'] },
  { key: 'project', kind: 'amount', header: ['项目支出'] },
];

/** [code, name, total, basic, project] in 元 as printed (blank = null). */
export type FnLine = [string, string, number | null, number | null, number | null];

export const yuan = (v: number | null): number | null => (v === null ? null : v * 100);

export function table(id: TableId, number: number, title: string, page: number, columns: Column[], rows: Row[], extra: Partial<DocTable> = {}): DocTable {
  return {
    id, number, numberLabel: String(number), title, subtitle: [], unit: '元', decimals: 0, columns, rows, merges: [], notes: [], empty: false,
    at: { page }, ...extra,
  };
}

export function fnTable(id: TableId, number: number, title: string, page: number, scope: string, lines: FnLine[], total: FnLine | undefined, extra: Partial<DocTable> = {}): DocTable {
  const rows: Row[] = lines.map(([code, name, t, b, p]) => ({
    kind: code.length === 3 ? 'class' : code.length === 5 ? 'section' : 'item',
    code,
    name,
    cells: [code.slice(0, 3), code.slice(3, 5) || null, code.slice(5, 7) || null, name, yuan(t), yuan(b), yuan(p)],
    refs: { 4: `exp:${scope}:fn:${code}:total`, 5: `exp:${scope}:fn:${code}:basic`, 6: `exp:${scope}:fn:${code}:project` },
  }));
  rows.push({
    kind: 'total', name: '合计', cells: [null, null, null, '合计', yuan(total?.[2] ?? null), yuan(total?.[3] ?? null), yuan(total?.[4] ?? null)],
    refs: { 4: `exp:${scope}:total:total`, 5: `exp:${scope}:total:basic`, 6: `exp:${scope}:total:project` },
  });
  return table(id, number, title, page, FN_COLUMNS, rows, extra);
}

const SUMMARY_COLUMNS: Column[] = [
  { key: 'left.label', kind: 'text', header: ['本年收入', '项目'] },
  { key: 'left.amount', kind: 'amount', header: ['本年收入', '预算数'] },
  { key: 'right.label', kind: 'text', header: ['本年支出', '项目'] },
  { key: 'right.amount', kind: 'amount', header: ['本年支出', '预算数'] },
];

/** Left lines [label, 元, ref], right lines [label, 元, class code]. */
export function summaryTable(title: string, page: number, left: [string, number | null, string][], right: [string, number, string][], total: number): DocTable {
  const rows: Row[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i];
    const r = right[i];
    const refs: Record<number, string> = {};
    if (l) refs[1] = l[2];
    if (r) refs[3] = `exp:all:fn:${r[2]}:total`;
    rows.push({ kind: 'pair', cells: [l?.[0] ?? '', yuan(l?.[1] ?? null), r?.[0] ?? '', yuan(r?.[1] ?? null)], refs });
  }
  rows.push({ kind: 'total', cells: ['收入总计', yuan(total), '支出总计', yuan(total)], refs: { 1: 'income:grand-total', 3: 'exp:grand-total' } });
  return table('income-expenditure-summary', 1, title, page, SUMMARY_COLUMNS, rows);
}

const INCOME_COLUMNS: Column[] = [
  ...FN_COLUMNS.slice(0, 4),
  { key: 'total', kind: 'amount', header: ['收入预算', '合计'] },
  { key: 'src.fiscal', kind: 'amount', header: ['收入预算', '财政拨款收入'] },
  { key: 'src.business', kind: 'amount', header: ['收入预算', '事业收入'] },
  { key: 'src.operating', kind: 'amount', header: ['收入预算', '事业单位经营收入'] },
  { key: 'src.other-all', kind: 'amount', header: ['收入预算', '其他收入'] },
];

/** The Shanghai 收入预算总表: functional rows, all of it 财政拨款收入 in both documents. */
export function incomeTable(title: string, page: number, lines: FnLine[], total: number): DocTable {
  const rows: Row[] = lines.map(([code, name, t]) => ({
    kind: code.length === 3 ? 'class' : code.length === 5 ? 'section' : 'item', code, name,
    cells: [code.slice(0, 3), code.slice(3, 5) || null, code.slice(5, 7) || null, name, yuan(t), yuan(t), null, null, null],
  }));
  rows.push({ kind: 'total', name: '合计', cells: [null, null, null, '合计', yuan(total), yuan(total), null, null, null], refs: { 4: 'income:this-year', 5: 'income:fiscal-this-year', 6: 'income:business', 7: 'income:operating', 8: 'income:other-all' } });
  return table('income', 2, title, page, INCOME_COLUMNS, rows);
}

const FISCAL_COLUMNS: Column[] = [
  { key: 'left.label', kind: 'text', header: ['财政拨款收入', '项目'] },
  { key: 'left.amount', kind: 'amount', header: ['财政拨款收入', '预算数'] },
  { key: 'right.label', kind: 'text', header: ['财政拨款支出', '项目'] },
  { key: 'right.fiscal', kind: 'amount', header: ['财政拨款支出', '合计'] },
  { key: 'right.general-public-all', kind: 'amount', header: ['财政拨款支出', '一般公共预算'] },
  { key: 'right.government-fund', kind: 'amount', header: ['财政拨款支出', '政府性基金预算'] },
  { key: 'right.state-capital', kind: 'amount', header: ['财政拨款支出', '国有资本经营预算'] },
];

/** 财政拨款收支预算总表: all of it 一般公共预算 in both documents. */
export function fiscalTable(title: string, page: number, left: [string, number | null, string][], right: [string, number, string][], total: number): DocTable {
  const rows: Row[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i];
    const r = right[i];
    const refs: Record<number, string> = {};
    if (l) refs[1] = l[2];
    if (r) Object.assign(refs, { 3: `exp:fiscal:fn:${r[2]}:total`, 4: `exp:gp:fn:${r[2]}:total`, 5: `exp:gf:fn:${r[2]}:total`, 6: `exp:sc:fn:${r[2]}:total` });
    rows.push({ kind: 'pair', cells: [l?.[0] ?? '', yuan(l?.[1] ?? null), r?.[0] ?? '', yuan(r?.[1] ?? null), yuan(r?.[1] ?? null), null, null], refs });
  }
  rows.push({
    kind: 'total', cells: ['收入总计', yuan(total), '支出总计', yuan(total), yuan(total), null, null],
    refs: { 1: 'income:fiscal-grand-total', 3: 'exp:fiscal:grand-total', 4: 'exp:gp:grand-total', 5: 'exp:gf:grand-total', 6: 'exp:sc:grand-total' },
  });
  return table('fiscal-summary', 4, title, page, FISCAL_COLUMNS, rows);
}

const TP_COLUMNS: Column[] = [
  { key: 'total', kind: 'amount', header: ['“三公”经费预算数', '合计'] },
  { key: 'abroad', kind: 'amount', header: ['“三公”经费预算数', '因公出国(境)费'] },
  { key: 'reception', kind: 'amount', header: ['“三公”经费预算数', '公务接待费'] },
  { key: 'vehicle', kind: 'amount', header: ['“三公”经费预算数', '公务用车购置及运行费', '小计'] },
  { key: 'vehicle.purchase', kind: 'amount', header: ['“三公”经费预算数', '公务用车购置及运行费', '购置费'] },
  { key: 'vehicle.operation', kind: 'amount', header: ['“三公”经费预算数', '公务用车购置及运行费', '运行费'] },
  { key: 'operating-funds', kind: 'amount', header: ['机关运行经费预算数'] },
];

/** The “三公” table in 万元 (2 decimals): [total, abroad, reception, vehicle, purchase, operation, 机关运行经费] as printed. */
export function threePublicTable(title: string, page: number, number: number, f: (number | null)[]): DocTable {
  return {
    ...table('three-public', number, title, page, TP_COLUMNS, [{
      kind: 'total', cells: f.map((v) => (v === null ? null : Math.round(v * 1_000_000))),
      refs: { 0: 'three-public:total', 1: 'three-public:abroad', 2: 'three-public:reception', 3: 'three-public:vehicle', 4: 'three-public:vehicle-purchase', 5: 'three-public:vehicle-operation', 6: 'operating-funds' },
    }]),
    unit: '万元', decimals: 2,
  };
}

const BASIC_COLUMNS: Column[] = [
  { key: 'econ.class', kind: 'code', header: ['经济分类科目编码', '类'] },
  { key: 'econ.section', kind: 'code', header: ['经济分类科目编码', '款'] },
  { key: 'econ.name', kind: 'text', header: ['经济分类科目名称'] },
  { key: 'total', kind: 'amount', header: ['合计'] },
  { key: 'basic.personnel', kind: 'amount', header: ['人员经费'] },
  { key: 'basic.public', kind: 'amount', header: ['公用经费'] },
];

export function basicTable(title: string, page: number, lines: EconLine[], total: [number, number, number]): DocTable {
  const rows: Row[] = lines.map(([code, name, t, p, q]) => ({
    kind: code.length === 3 ? 'class' : 'item', code, name,
    cells: [code.slice(0, 3), code.slice(3) || null, name, yuan(t), yuan(p), yuan(q)],
  }));
  rows.push({ kind: 'total', name: '合计', cells: [null, null, '合计', yuan(total[0]), yuan(total[1]), yuan(total[2])], refs: { 3: 'exp:gp:total:basic', 4: 'exp:gp:total:personnel', 5: 'exp:gp:total:public' } });
  return table('general-public-basic-expenditure', 8, title, page, BASIC_COLUMNS, rows);
}

export function section(part: NarrativeSection['part'], heading: string, paragraphs: [number, string][]): NarrativeSection {
  return { part, heading, paragraphs: paragraphs.map((p) => p[1]), at: paragraphs.map((p) => ({ page: p[0] })) };
}

/** [code, name, 合计, 人员经费, 公用经费] in 元 as printed. */
export type EconLine = [string, string, number, number | null, number | null];

/** The importer may make each 一、二、 of a part a section of its own instead of a paragraph. */
export function splitAtSubheadings(part: NarrativeSection['part'], paragraphs: [number, string][]): NarrativeSection[] {
  const out: NarrativeSection[] = [];
  for (const [page, text] of paragraphs) {
    if (/^[一二三四五六七八九十]+、/.test(text) && text.length < 40) out.push(section(part, text, []));
    else {
      const s = out[out.length - 1];
      if (s) {
        s.paragraphs.push(text);
        s.at?.push({ page });
      }
    }
  }
  return out;
}
