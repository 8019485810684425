// PERF-PROJECT-HAS-TARGETS: every project of the 项目支出预算表 has its block in the 项目绩效目标表
// (matched by project code, else by name), and every block belongs to a project of that table.
import { cellLocation, colIndex, requireTable } from '../doc-access.ts';
import { nameKey, projectBlocks } from '../indicator-value.ts';
import { projectRows } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'PERF-PROJECT-HAS-TARGETS',
  category: 'performance',
  severity: 'error',
  statement: {
    zh: '项目支出预算表中的每个项目都应在项目绩效目标表中有绩效目标，绩效目标表也不应有项目支出预算表之外的项目。',
    en: 'Every project of the project expenditure table has performance targets in the project performance table, and that table has no other projects.',
  },
  tables: ['project-expenditure', 'project-performance'],
  target: 'document',
  check({ doc }, report) {
    const projects = requireTable(doc, report, 'project-expenditure');
    const perf = requireTable(doc, report, 'project-performance');
    if (!projects || !perf) return;
    const rows = projectRows(projects);
    if (rows.length === 0) return report.notApplicable('项目支出预算表没有项目');
    const blocks = projectBlocks(perf);
    // used[i] = 1 when block i is some project's; unused counts those that are not.
    const used = new Uint8Array(blocks.length);
    let unused = blocks.length;
    const nameCol = colIndex(projects, 'name');
    // The first block with each code and with each name key: a project's block is the first
    // matching either, i.e. the earlier of the two.
    const byCode = new Map<string, number>();
    const byName = new Map<string, number>();
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i] as (typeof blocks)[number];
      if (b.code !== undefined && !byCode.has(b.code)) byCode.set(b.code, i);
      const key = nameKey(b.name);
      if (!byName.has(key)) byName.set(key, i);
    }
    for (let k = 0; k < rows.length; k++) {
      const p = rows[k] as (typeof rows)[number];
      const code = p.row.code !== undefined ? byCode.get(p.row.code) : undefined;
      const named = byName.get(nameKey(p.name));
      const i = code === undefined ? (named ?? -1) : named === undefined ? code : Math.min(code, named);
      if (i >= 0) {
        if (used[i] === 0) {
          used[i] = 1;
          unused--;
        }
        continue;
      }
      report.fail({
        message: `项目“${p.name}”${p.row.code ? `（编码 ${p.row.code}）` : ''}在项目支出预算表中有预算，但项目绩效目标表中没有它的绩效目标`,
        messageEn: `project “${p.name}” of the project expenditure table has no block in the project performance table`,
        location: cellLocation(projects, p.index, nameCol),
        hint: '为该项目填写绩效目标（成本、产出、效益、满意度指标），或核对两表的项目名称和编码是否一致。',
      });
    }
    // Every project is one check, counted once rather than one call each.
    report.checked(rows.length);
    // Every block is used in a document whose tables agree: then there is nothing left to report.
    if (unused === 0) return;
    for (let i = 0; i < blocks.length; i++) {
      if (used[i] === 1) continue;
      const b = blocks[i] as (typeof blocks)[number];
      report.checked();
      report.fail({
        severity: 'warning',
        message: `项目绩效目标表中的项目“${b.name}”${b.code ? `（${b.code}）` : ''}不在项目支出预算表中`,
        messageEn: `the performance block “${b.name}” matches no project of the project expenditure table`,
        location: cellLocation(perf, b.row, colIndex(perf, 'name')),
        hint: '核对项目名称和编码；已取消的项目应从绩效目标表中删去。',
      });
    }
  },
};
