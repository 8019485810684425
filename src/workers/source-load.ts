// Reading or building one document from a small input (a generator seed or a file path) and
// checking it — what a source-check worker (source-worker.ts) does for each source, and what the
// calling thread does when there are no workers. File handling follows `yusuan check` (Budget or
// Document JSON/YAML) and `yusuan audit` (published PDF, Excel or text) exactly.
import { extname } from 'node:path';
import { readFileSync } from 'node:fs';
import { ClassificationStoreError, loadClassification } from '../cli/classification-store.ts';
import { bundledClassification } from '../core/classification/bundled.ts';
import type { ClassificationSet } from '../core/classification/types.ts';
import { buildDocument } from '../core/document/build.ts';
import { formatSourcePos } from '../core/model/document.ts';
import { DocumentValidationError, validateDocument } from '../core/model/document-schema.ts';
import { checkBudget, checkDocument } from '../core/rules/check.ts';
import type { CheckResult } from '../core/rules/engine.ts';
import { getTemplate, templateIds } from '../core/templates/index.ts';
import { generateBudget } from '../generator/index.ts';
import { ImportError } from '../importers/errors.ts';
import { budgetFromSource, formatFileIssue, readSourceFile } from '../io/read-budget.ts';
import type { CheckSource, SourceOptions, SourceOutcome } from './source-protocol.ts';

/** A source read and built, ready to check (its Document stays in this thread). */
export interface Prepared {
  check(): { title: string; result: CheckResult };
}

/** A source that cannot be read, built or checked; the message is Chinese, then English. */
export class SourceError extends Error {
  override name = 'SourceError';
}

/** Published disclosures, read as `yusuan audit` reads them; other files as `yusuan check` does. */
const PUBLISHED = new Set(['.pdf', '.xlsx', '.xls', '.txt']);

function describe(source: CheckSource): string {
  return source.kind === 'generated' ? `种子 ${source.seed} / seed ${source.seed}` : source.path;
}

function template(id: string, where: string) {
  const t = getTemplate(id);
  if (!t) throw new SourceError(`${where}: 未知的模板 "${id}"（可用：${templateIds().join('、')}）/ unknown template`);
  return t;
}

function classificationFor(year: number, options: SourceOptions): ClassificationSet | undefined {
  return loadClassification(year, options.home === undefined ? {} : { home: options.home });
}

function generated(seed: number, options: SourceOptions): Prepared {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new SourceError(`种子必须是非负整数：${String(seed)} / the seed must be a non-negative integer`);
  }
  const budget = generateBudget(seed);
  const where = describe({ kind: 'generated', seed });
  const tpl = template(options.template ?? 'luoyang', where);
  const classification = bundledClassification(budget.year);
  if (!classification) throw new SourceError(`${where}: ${budget.year} 年没有分类科目数据 / no classification for ${budget.year}`);
  const doc = buildDocument(budget, { template: tpl, classification });
  const ctx = { template: tpl, classification, ...(options.config && { config: options.config }) };
  return { check: () => ({ title: doc.meta.title, result: checkDocument(doc, ctx) }) };
}

async function published(path: string, options: SourceOptions): Promise<Prepared> {
  // Loaded on first use: the readers (pdf.js, exceljs) are heavy for a worker that needs none.
  const { importFile } = await import('../importers/index.ts');
  const imported = await importFile(path, options.template === undefined ? {} : { template: options.template });
  const templateId = options.template ?? imported.detection.template ?? imported.document.meta.template;
  if (!templateId || !getTemplate(templateId)) {
    throw new SourceError(`${path}: 无法确定文件使用的模板${templateId ? `“${templateId}”` : ''}（可用：${templateIds().join('、')}；可用 --template 指定）/ unknown template`);
  }
  const doc = imported.document;
  const classification = classificationFor(doc.meta.year, options);
  const ctx = { template: template(templateId, path), ...(options.config && { config: options.config }), ...(classification && { classification }) };
  return { check: () => ({ title: doc.meta.title, result: checkDocument(doc, ctx) }) };
}

async function budgetOrDocument(path: string, options: SourceOptions): Promise<Prepared> {
  const source = await readSourceFile(path);
  if (!source.ok) throw new SourceError(source.issues.map(formatFileIssue).join('\n'));
  const config = options.config ?? {};
  const isDocument = typeof source.value === 'object' && source.value !== null && (source.value as { schema?: unknown }).schema === 'yusuan/document@1';
  if (isDocument) {
    const doc = validateDocument(source.value);
    const tpl = template(options.template ?? doc.meta.template, path);
    const classification = classificationFor(doc.meta.year, options);
    const ctx = { template: tpl, config, ...(classification && { classification }) };
    return { check: () => ({ title: doc.meta.title, result: checkDocument(doc, ctx) }) };
  }
  const { knownClassificationYears } = await import('../cli/classification-store.ts');
  const read = budgetFromSource(source, { knownYears: knownClassificationYears(options.home), templates: templateIds() });
  if (!read.ok) throw new SourceError(read.issues.map(formatFileIssue).join('\n'));
  const budget = read.budget;
  if (options.template) budget.template = options.template;
  const tpl = template(budget.template, path);
  const classification = classificationFor(budget.year, options);
  if (!classification) throw new SourceError(`${path}: ${budget.year} 年没有分类科目数据 / no classification for ${budget.year}`);
  // checkBudget builds the Document itself: fact rules on the Budget, document rules on it.
  return {
    check: () => {
      const { doc, ...result } = checkBudget(budget, { template: tpl, classification, config });
      return { title: doc.meta.title, result };
    },
  };
}

/** Reads or builds a source's document. Throws SourceError (or a reader's error) for bad input. */
export async function prepareSource(source: CheckSource, options: SourceOptions = {}): Promise<Prepared> {
  if (source.kind === 'generated') return generated(source.seed, options);
  if (source.kind !== 'file' || typeof source.path !== 'string') throw new SourceError(`未知的输入：${JSON.stringify(source)} / unknown source`);
  return PUBLISHED.has(extname(source.path).toLowerCase()) ? published(source.path, options) : budgetOrDocument(source.path, options);
}

/** A check result as sent back: counts always, findings per options.findings. */
export function outcomeOf(title: string, result: CheckResult, options: SourceOptions): SourceOutcome {
  const problems = result.counts.error + result.counts.warning > 0;
  const findings = options.findings === 'problems' && !problems ? [] : result.findings;
  return { ok: true, title, counts: result.counts, findings };
}

/** Why a source failed, as one line of text naming the source (and the place, when known). */
export function errorOf(source: CheckSource, err: unknown): SourceOutcome {
  if (err instanceof ImportError) {
    const where = err.at ? formatSourcePos(err.at) : '';
    const text = where && !err.message.includes(where) ? `${where}：${err.message}` : err.message;
    return { ok: false, error: text.includes(describe(source)) ? text : `${describe(source)}: ${text}` };
  }
  const message = err instanceof Error ? err.message : String(err);
  const known = err instanceof SourceError || err instanceof DocumentValidationError || err instanceof ClassificationStoreError || err instanceof RangeError;
  const text = known ? message : `读取或检查失败（内部错误，请报告）：${message} / internal error while reading or checking`;
  return { ok: false, error: text.includes(describe(source)) ? text : `${describe(source)}: ${text}` };
}

/** Reads or builds one source and checks it, never throwing. */
export async function checkSource(source: CheckSource, options: SourceOptions = {}): Promise<SourceOutcome> {
  try {
    const { title, result } = (await prepareSource(source, options)).check();
    return outcomeOf(title, result, options);
  } catch (err) {
    return errorOf(source, err);
  }
}

/** CPU time of the calling thread in ms (Linux: /proc/thread-self/stat); undefined elsewhere. */
export function threadCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15)
    return Number.isFinite(ticks) ? ticks * 10 : undefined; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}
