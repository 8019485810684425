// Checks shared by several classification rules: economic codes of one list (部门 or 政府) that the
// list lacks, names that differ from the list's, and one code printed under different names.
// Findings are built only for what disagrees. Pure.
import { normaliseName } from '../classification/lookup.ts';
import { trimmed } from './cell-text.ts';
import { cellLocation } from './doc-access.ts';
import { isEconomicCode, LIST_NAME, listBasis, listSeverityOf, requireClassification } from './classification-lists.ts';
import type { CodedRow, EconomicRow } from './coded-rows.ts';
import { economicItems, economicRows } from './coded-rows.ts';
import type { Reporter, RuleContext } from './types.ts';
import { withSeverity } from './types.ts';

// ——— economic codes against the lists ———

/** Reports economic codes of one list (部门 or 政府) printed in the economic tables that the list lacks. */
export function checkEconomicKnown(ctx: RuleContext, report: Reporter, kind: EconomicRow['kind']): void {
  const set = requireClassification(ctx, report);
  if (!set) return;
  const basis = listBasis(set);
  const prefix = kind === 'economic-department' ? 51 /* 3 */ : 53; /* 5 */
  // The rows' list items are looked up once per check (economicItems, shared by both lists' rules).
  const rows = economicRows(ctx.doc);
  const items = economicItems(ctx.doc, set);
  let any = false;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as EconomicRow;
    if (r.kind !== kind || !isEconomicCode(r.code)) continue;
    any = true;
    report.checked();
    const item = items[i];
    if (item && item.level === (r.code.length === 5 ? '款' : '类') && r.code.charCodeAt(0) === prefix) continue;
    report.fail(withSeverity(listSeverityOf(set), {
      message: `${r.table.title}中的${LIST_NAME[kind]} ${r.code}“${r.name}”不在 ${set.year} 年${LIST_NAME[kind]}中${basis.zh}`,
      messageEn: `${r.table.id}: ${kind} code ${r.code} is not in the ${set.year} list${basis.en}`,
      location: cellLocation(r.table, r.index, r.codeCol),
      actual: r.code,
      hint: kind === 'economic-department'
        ? '对照当年《部门预算支出经济分类科目》核对编码（类 3 位、款 5 位，以 3 开头）。'
        : '对照当年《政府预算支出经济分类科目》核对编码（类 3 位、款 5 位，以 5 开头）。',
    }));
  }
  if (!any) report.notApplicable(`表中没有${LIST_NAME[kind]}编码`);
}

/** Reports economic names that differ from the list's name (variants always a warning). */
export function checkEconomicName(ctx: RuleContext, report: Reporter, kind: EconomicRow['kind']): void {
  const set = requireClassification(ctx, report);
  if (!set) return;
  const basis = listBasis(set);
  let known = 0;
  const rows = economicRows(ctx.doc);
  const items = economicItems(ctx.doc, set);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as EconomicRow;
    if (r.kind !== kind || !r.name) continue;
    const item = items[i];
    if (!item) continue;
    known++;
    report.checked();
    const official = item.name;
    if (trimmed(official) === trimmed(r.name)) continue;
    const variant = normaliseName(official) === normaliseName(r.name);
    report.fail(withSeverity(variant ? 'warning' : listSeverityOf(set), {
      message: variant
        ? `${r.table.title}中 ${r.code} 的名称印为“${r.name}”，规范写法为“${official}”（“其他”不写“其它”，括号用全角）`
        : `${r.table.title}中${LIST_NAME[kind]} ${r.code} 的名称印为“${r.name}”，与科目名称“${official}”不一致${basis.zh}`,
      messageEn: variant
        ? `${r.table.id}: ${r.code} is printed “${r.name}”, a spelling variant of “${official}”`
        : `${r.table.id}: ${kind} code ${r.code} is printed “${r.name}”, not the official “${official}”${basis.en}`,
      location: cellLocation(r.table, r.index, r.nameCol),
      expected: official,
      actual: r.name,
      hint: variant ? '按科目表的规范写法改正名称。' : '科目名称照当年科目表填写；名称对应的若是另一科目，则改正编码。',
    }));
  }
  if (known === 0) report.notApplicable(`没有能在${LIST_NAME[kind]}中找到的科目`);
}

// ——— one code, one name ———

/**
 * Reports every occurrence whose name differs from the code's reference name: the official name
 * when some occurrence prints it, otherwise the name most occurrences print (the first on a tie).
 */
export function reportNameClashes(
  report: Reporter,
  groups: readonly CodedRow[][],
  official: (code: string) => string | undefined,
  what: string,
  whatEn: string,
): void {
  for (const group of groups) {
    // The usual group prints one name everywhere: it is the reference, and every occurrence agrees.
    if (oneName(group)) {
      report.checked(group.length);
      continue;
    }
    const code = group[0]?.code ?? '';
    const names = group.map((r) => trimmed(r.name));
    const off = official(code);
    let reference = off !== undefined && names.includes(off) ? off : undefined;
    if (reference === undefined) {
      const count = new Map<string, number>();
      for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
      reference = names.reduce((best, n) => ((count.get(n) ?? 0) > (count.get(best) ?? 0) ? n : best), names[0] ?? '');
    }
    const first = group.find((r) => trimmed(r.name) === reference);
    for (const r of group) {
      report.checked();
      const name = trimmed(r.name);
      if (name === reference) continue;
      const variant = normaliseName(name) === normaliseName(reference);
      const where = first ? `${first.table.title === r.table.title ? '同表' : first.table.title}中印为“${reference}”` : `别处印为“${reference}”`;
      report.fail(withSeverity(variant ? 'warning' : undefined, {
        message: `${what} ${code} 在${r.table.title}中印为“${name}”，${where}：同一科目名称${variant ? '写法' : ''}不一致`,
        messageEn: `${whatEn} ${code} is printed “${name}” in ${r.table.id} but “${reference}” elsewhere in the document`,
        location: cellLocation(r.table, r.index, r.nameCol),
        expected: reference,
        actual: name,
        hint: '同一科目在各表中统一用科目表的规范名称；名称不同的若本是另一科目，则改正编码。',
      }));
    }
  }
}

/** True when every row of the group prints the same name (trimmed). */
function oneName(group: readonly CodedRow[]): boolean {
  // trimmed: the names are mostly trimmed already (economicRows trims them), so no call to trim.
  const first = group[0] === undefined ? undefined : trimmed(group[0].name);
  for (let i = 1; i < group.length; i++) if (trimmed((group[i] as CodedRow).name) !== first) return false;
  return true;
}
