// Cross-field checks of a Budget file, run after each field was read on its own: codes that must
// be unique, references that must exist (units, projects), what each nature of line requires,
// and the default unit of income entries. Issues name the place that is wrong.
import type { ExpenditureLine, IncomeEntry, Project } from './budget.ts';
import type { Draft, DraftDepartment } from './budget-schema.ts';
import type { IssueList, Reader } from './schema-reader.ts';

/** Index of the first occurrence of each value, reporting later duplicates. */
function checkUnique(r: Reader, codes: (string | undefined)[], listPath: string, field: string, label: string): Map<string, number> {
  const first = new Map<string, number>();
  codes.forEach((code, i) => {
    if (code === undefined) return;
    const j = first.get(code);
    if (j === undefined) first.set(code, i);
    else r.issues.add(`${listPath}[${i}].${field}`, `${label} "${code}" 重复（与 ${listPath}[${j}] 相同）`, `duplicate ${field} "${code}" (same as ${listPath}[${j}])`);
  });
  return first;
}

export function checkReferences(
  r: Reader,
  warnings: IssueList,
  department: DraftDepartment,
  income: Draft<IncomeEntry>[],
  lines: Draft<ExpenditureLine>[],
  projects: Draft<Project>[],
): void {
  const unitDrafts = department.units ?? [];
  const units = checkUnique(r, unitDrafts.map((u) => u.code), 'department.units', 'code', '单位代码');
  const unitList = [...units.keys()].join('、');
  // Unit references are checked only against a list that was read in full.
  const checkUnits = department.units !== undefined && unitDrafts.every((u) => u.code !== undefined);
  const unitKnown = (path: string, code: string | undefined): boolean => {
    if (code === undefined || units.has(code) || !checkUnits) return true;
    r.issues.add(path, `单位 "${code}" 不在 department.units 中（已有：${unitList || '无'}）`, `unit "${code}" is not in department.units`);
    return false;
  };

  income.forEach((entry, i) => {
    const p = `income[${i}].unit`;
    if (entry.unit !== undefined) unitKnown(p, entry.unit);
    else if (units.size === 1) entry.unit = [...units.keys()][0];
    else if (units.size > 1 && checkUnits) {
      r.issues.add(p, `部门有 ${units.size} 个预算单位，须写明本条收入属于哪个单位（${unitList}）`, 'several units: say which unit this income belongs to');
    }
  });

  const projectIndex = checkUnique(r, projects.map((x) => x.id), 'projects', 'id', '项目编码');
  projects.forEach((proj, i) => unitKnown(`projects[${i}].unit`, proj.unit));
  const used = new Set<string>();

  lines.forEach((line, i) => {
    const p = `lines[${i}]`;
    const unitOk = unitKnown(`${p}.unit`, line.unit);
    if (line.nature === 'project') {
      if (line.project === undefined) {
        r.issues.add(`${p}.project`, '项目支出行必须写 project（projects 中的项目编码）', 'a project line needs project');
        return;
      }
      used.add(line.project);
      const j = projectIndex.get(line.project);
      if (j === undefined) {
        const hint = projectIndex.size > 0 ? `已有：${[...projectIndex.keys()].slice(0, 5).join('、')}${projectIndex.size > 5 ? '…' : ''}` : 'projects 为空';
        if (!projects.some((x) => x.id === undefined)) {
          r.issues.add(`${p}.project`, `项目 "${line.project}" 不在 projects 中（${hint}）`, `project "${line.project}" is not in projects`);
        }
        return;
      }
      const owner = projects[j]?.unit;
      if (unitOk && owner !== undefined && line.unit !== undefined && owner !== line.unit) {
        r.issues.add(
          `${p}.unit`,
          `单位 "${line.unit}" 与项目 "${line.project}" 的单位 "${owner}"（projects[${j}].unit）不一致`,
          `unit differs from the project's unit (projects[${j}].unit)`,
        );
      }
    } else if (line.nature !== undefined) {
      const label = line.nature === 'personnel' ? '人员经费' : '公用经费';
      if (line.economicCode === undefined && !r.issues.has(`${p}.economicCode`)) {
        r.issues.add(`${p}.economicCode`, `基本支出（${label}）行必须写 economicCode（5位部门预算支出经济分类科目编码，如 30101）`, 'a basic-expenditure line needs economicCode');
      }
      if (line.project !== undefined) {
        r.issues.add(`${p}.project`, `基本支出（${label}）行不能写 project；项目的钱请写 nature: 项目支出`, 'a basic-expenditure line cannot name a project');
      }
    }
  });

  if (lines.length === 0) warnings.add('lines', '没有任何支出行，各表将为空', 'no expenditure lines');
  projects.forEach((proj, i) => {
    if (proj.id !== undefined && !used.has(proj.id)) {
      warnings.add(`projects[${i}]`, `项目 "${proj.id}" 没有支出行（lines 中没有 project: ${proj.id}），金额将为 0`, 'project has no expenditure lines');
    }
  });
}
