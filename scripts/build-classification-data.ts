// Rebuilds data/classification/2023/*.json (and its README) from the reference CSVs; run with tsx.
// Usage: npx tsx scripts/build-classification-data.ts [referenceDir] [outDir]
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsvRecords } from '../src/core/classification/csv.ts';
import { buildClassificationSet } from '../src/core/classification/validate.ts';

const YEAR = 2023;
const EDITION_FUNCTIONAL = '财政部《2023年政府收支分类科目》支出功能分类科目';
const EDITION_ECONOMIC = '财政部《2023年政府收支分类科目》支出经济分类科目（2018年改革版及至2023年的修订）';
const EDITION_REVENUE = '2023年部门预算公开通用模板的收入来源行';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const refDir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '..', '..', 'shared', 'reference'));
const outDir = resolve(process.argv[3] ?? join(root, 'data', 'classification', String(YEAR)));

type Json = Record<string, unknown>;

function read(file: string, required: string[]): { line: number; values: Record<string, string> }[] {
  const path = join(refDir, file);
  const { records, problems } = parseCsvRecords(readFileSync(path, 'utf8'), required);
  if (problems.length > 0) {
    throw new Error(`${path}:\n${problems.map((p) => `  第 ${p.line} 行：${p.message}`).join('\n')}`);
  }
  return records;
}

function classItem(v: Record<string, string>, verified: boolean, note: string): Json {
  const item: Json = { code: v.code, name: v.name, level: v.level };
  if (v.parent) item.parent = v.parent;
  item.verified = verified;
  if (note) item.note = note;
  return item;
}

const functional = read('functional-2023.csv', ['code', 'name', 'level', 'parent', 'confidence', 'evidence']).map(
  ({ line, values: v }) => {
    if (v.confidence !== 'verified' && v.confidence !== 'recalled') {
      throw new Error(`functional-2023.csv 第 ${line} 行：confidence “${v.confidence}” 应为 verified 或 recalled`);
    }
    return classItem(v, v.confidence === 'verified', v.evidence ?? '');
  },
);
const economic = (file: string): Json[] =>
  read(file, ['code', 'name', 'level', 'parent', 'note']).map(({ values: v }) =>
    classItem(v, (v.note ?? '').startsWith('verified:'), v.note ?? ''),
  );
const economicDepartment = economic('economic-department.csv');
const economicGovernment = economic('economic-government.csv');
const mapping = read('economic-mapping.csv', [
  'department_code',
  'government_code_for_administrative_organ',
  'government_code_for_public_institution',
  'note',
]).map(({ values: v }) => {
  const row: Json = { department: v.department_code };
  if (v.government_code_for_administrative_organ) row.administrative = v.government_code_for_administrative_organ;
  if (v.government_code_for_public_institution) row.institution = v.government_code_for_public_institution;
  if (v.note) row.note = v.note;
  return row;
});
const splitList = (text: string | undefined, sep: RegExp): string[] =>
  (text ?? '').split(sep).map((s) => s.trim()).filter((s) => s !== '');
const revenueSources = read('revenue-sources.csv', ['order', 'name', 'group', 'definition', 'aliases', 'evidence']).map(
  ({ line, values: v }) => {
    const order = Number(v.order);
    if (!Number.isInteger(order)) throw new Error(`revenue-sources.csv 第 ${line} 行：order “${v.order}” 不是整数`);
    return {
      order,
      name: v.name,
      group: v.group,
      definition: v.definition,
      aliases: splitList(v.aliases, /;/),
      evidence: splitList(v.evidence, /\s;\s/),
    };
  },
);

// Validate before writing: a problem here means the reference CSVs are inconsistent.
buildClassificationSet(
  { year: YEAR, functional, economicDepartment, economicGovernment, mapping, revenueSources },
  'bundled',
);

/** One item per line, so a diff shows exactly which codes changed. */
function dataFile(edition: string, items: readonly unknown[]): string {
  const body = items.map((i) => `    ${JSON.stringify(i)}`).join(',\n');
  return `{\n  "year": ${YEAR},\n  "edition": ${JSON.stringify(edition)},\n  "items": [\n${body}\n  ]\n}\n`;
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text, 'utf8');
  renameSync(tmp, path);
}

mkdirSync(outDir, { recursive: true });
const files: [string, string, readonly Json[]][] = [
  ['functional', EDITION_FUNCTIONAL, functional],
  ['economic-department', EDITION_ECONOMIC, economicDepartment],
  ['economic-government', EDITION_ECONOMIC, economicGovernment],
  ['economic-mapping', EDITION_ECONOMIC, mapping],
  ['revenue-sources', EDITION_REVENUE, revenueSources],
];
for (const [name, edition, items] of files) writeAtomic(join(outDir, `${name}.json`), dataFile(edition, items));

const count = (items: readonly Json[], level?: string): number =>
  items.filter((i) => level === undefined || i.level === level).length;
const verified = (items: readonly Json[]): number => items.filter((i) => i.verified === true).length;
const readme = `# 2023 年政府收支分类科目（内置数据）/ Bundled classification lists, budget year 2023

Generated by \`npx tsx scripts/build-classification-data.ts\` from the reference CSVs in
\`/work/shared/reference/\` (see its README.md for sources and doubts). Do not edit the JSON by
hand: fix the CSV and rebuild.

| file | 内容 | items | verified |
|---|---|---|---|
| functional.json | 支出功能分类科目（类 ${count(functional, '类')}、款 ${count(functional, '款')}、项 ${count(functional, '项')}） | ${functional.length} | ${verified(functional)} |
| economic-department.json | 部门预算支出经济分类科目（类 ${count(economicDepartment, '类')}、款 ${count(economicDepartment, '款')}） | ${economicDepartment.length} | ${verified(economicDepartment)} |
| economic-government.json | 政府预算支出经济分类科目（类 ${count(economicGovernment, '类')}、款 ${count(economicGovernment, '款')}） | ${economicGovernment.length} | ${verified(economicGovernment)} |
| economic-mapping.json | 部门 款 → 政府 款（行政单位和参公 / 其他事业单位） | ${mapping.length} | – |
| revenue-sources.json | 收入来源行及名词解释 | ${revenueSources.length} | – |

**Verified vs recalled.** \`verified: true\` means the exact code and name were seen in a real
published budget or 决算 document (functional \`confidence=verified\`; economic rows whose note
starts with \`verified:\`); \`note\` keeps the evidence. A \`seen:\` note (an excerpt on a
secondary site) does not count. Everything else was compiled from memory; no complete machine-readable copy of the
official 2023 科目 book was found. The mapping's 事业单位 column is recalled.

**Consequence.** These lists are incomplete and partly recalled: an unknown code or a name
difference found through them is a warning, never an error. Load the finance bureau's own list
(\`yusuan classification import\`) to make them authoritative for a year.
`;
writeAtomic(join(outDir, 'README.md'), readme);

for (const [name, , items] of files) process.stdout.write(`${name}.json: ${items.length} 条\n`);
process.stdout.write(`写入 ${outDir}\n`);
