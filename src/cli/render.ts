// `yusuan render`: Budget files → Documents → HTML / XLSX / JSON files in the output directory.
// Per file: readBudgetFile → loadClassification(year) → buildDocument → renderDocument → atomic
// write of <out>/<input-basename>.<ext>. A bad file is reported (file and every issue) and the
// others still render. Each Document is checked first; error-level findings stop that file unless
// --force. Exit code: 0 all rendered; 2 some input or option was bad; 1 the check refused a file
// or an internal error (a bug) happened.
import { existsSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ClassificationSet } from '../core/classification/types.ts';
import type { RuleConfig } from '../core/rules/config.ts';
import { checkBudget } from '../core/rules/check.ts';
import { locationText } from '../reports/findings-text.ts';
import { getTemplate, templateIds } from '../core/templates/index.ts';
import { OutputExistsError, writeFileAtomic } from '../io/atomic-write.ts';
import { formatFileIssue, readBudgetFile } from '../io/read-budget.ts';
import type { Format } from '../renderers/index.ts';
import { closeRenderers, FORMATS, isFormat, renderDocument } from '../renderers/index.ts';
import { ClassificationStoreError, knownClassificationYears, loadClassification } from './classification-store.ts';
import { BUDGET_INPUTS, clashingStems, expandInputs, outputStem } from './inputs.ts';
import type { ProgressStream } from './progress.ts';
import { Progress } from './progress.ts';

export interface RenderOptions {
  /** Comma-separated formats, e.g. "html,xlsx". */
  format: string;
  out: string;
  template?: string;
  /** Write even when the check finds errors. */
  force?: boolean;
  /** Rule configuration (rules.yaml), already validated. */
  ruleConfig?: RuleConfig;
  /** yusuan home (classification store); $YUSUAN_HOME or ~/.yusuan when absent. */
  home?: string;
}

/** The template of a Budget file that names none, when --template is not given. */
export const DEFAULT_TEMPLATE = 'luoyang';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;
/** The check found errors and the file was not written (no --force). */
export const EXIT_CHECK_ERRORS = 1;

/** Parses --format; an error message lists the valid values. */
export function parseFormats(text: string): { ok: true; formats: Format[] } | { ok: false; message: string } {
  const parts = [...new Set(text.split(/[,，\s]+/).map((s) => s.trim().toLowerCase()).filter(Boolean))];
  const bad = parts.filter((p) => !isFormat(p));
  if (parts.length === 0 || bad.length > 0) {
    const what = parts.length === 0 ? '没有指定输出格式' : `未知的输出格式 ${bad.map((b) => `"${b}"`).join('、')}`;
    return { ok: false, message: `${what}（可用：${FORMATS.join('、')}，多个用逗号分隔）/ unknown format (valid: ${FORMATS.join(', ')})` };
  }
  return { ok: true, formats: parts.filter(isFormat) };
}

type Outcome = 'rendered' | 'bad' | 'refused' | 'internal';

export async function renderCommand(inputs: readonly string[], opts: RenderOptions, stderr: ProgressStream): Promise<number> {
  try {
    return await renderFiles(inputs, opts, stderr);
  } finally {
    await closeRenderers(); // stops the PDF engine's Chromium, when --format pdf started it
  }
}

async function renderFiles(inputs: readonly string[], opts: RenderOptions, stderr: ProgressStream): Promise<number> {
  const say = (text: string): void => void stderr.write(`${text}\n`);
  const formats = parseFormats(opts.format);
  if (!formats.ok) {
    say(formats.message);
    return EXIT_BAD_INPUT;
  }
  if (formats.formats.includes('pdf')) {
    // No Chromium or no Chinese font: say what to install once, before rendering anything.
    const problem = await (await import('../renderers/pdf.ts')).pdfEngineProblem();
    if (problem) {
      say(problem);
      return EXIT_BAD_INPUT;
    }
  }
  if (opts.template !== undefined && !getTemplate(opts.template)) {
    say(`未知的模板 "${opts.template}"（可用：${templateIds().join('、')}）/ unknown template (valid: ${templateIds().join(', ')})`);
    return EXIT_BAD_INPUT;
  }
  try {
    await mkdir(opts.out, { recursive: true });
    if (!(await stat(opts.out)).isDirectory()) throw new Error('not a directory');
  } catch (e) {
    say(`${opts.out}: 无法用作输出目录（${(e as Error).message}）/ cannot use as the output directory`);
    return EXIT_BAD_INPUT;
  }

  const started = performance.now();
  const { files, problems } = await expandInputs(inputs, BUDGET_INPUTS);
  for (const p of problems) say(`${p.input}: ${p.message}`);
  const clashes = clashingStems(files);
  const progress = new Progress(stderr, files.length);
  const knownYears = knownClassificationYears(opts.home);
  const classifications = new Map<number, ClassificationSet | undefined>();
  const failed: string[] = problems.map((p) => p.input);
  const refused: string[] = [];
  let rendered = 0;
  let internal = false;

  for (const file of files) {
    progress.start(file);
    const earlier = clashes.get(file);
    let outcome: Outcome = 'bad';
    if (earlier) {
      progress.log(`${file}: 输出文件名与 ${earlier} 相同（${outputStem(file)}.*），未渲染；请改名后再试 / output name clashes with ${earlier}`);
    } else {
      try {
        outcome = await renderOne(file, formats.formats, opts, knownYears, classifications, progress);
      } catch (e) {
        progress.log(`${file}: 内部错误，请报告此问题 / internal error, please report: ${(e as Error).stack ?? String(e)}`);
        outcome = 'internal';
      }
    }
    if (outcome === 'rendered') rendered++;
    else if (outcome === 'refused') refused.push(file);
    else failed.push(file);
    if (outcome === 'internal') internal = true;
    progress.step();
  }
  progress.finish();

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  say(
    `完成：${rendered} 个成功，${failed.length} 个失败${refused.length ? `，${refused.length} 个因检查错误未输出` : ''}；输出目录：${opts.out}；用时 ${seconds} 秒` +
      ` / done: ${rendered} rendered, ${failed.length} failed${refused.length ? `, ${refused.length} refused by the check` : ''}; output: ${opts.out}; ${seconds} s`,
  );
  if (failed.length > 0 && files.length + problems.length > 1) {
    say(`失败的输入 / failed: ${failed.slice(0, 10).join('、')}${failed.length > 10 ? ` …（共 ${failed.length} 个）` : ''}`);
  }
  return internal ? EXIT_INTERNAL : failed.length > 0 ? EXIT_BAD_INPUT : refused.length > 0 ? EXIT_CHECK_ERRORS : EXIT_OK;
}

async function renderOne(
  file: string,
  formats: readonly Format[],
  opts: RenderOptions,
  knownYears: number[],
  classifications: Map<number, ClassificationSet | undefined>,
  progress: Progress,
): Promise<Outcome> {
  const targets = formats.map((f) => join(opts.out, `${outputStem(file)}.${f}`));
  if (targets.some((t) => resolve(t) === resolve(file))) {
    progress.log(`${file}: 输出文件会覆盖这个输入文件；请换一个输出目录 / the output would overwrite this input; choose another --out`);
    return 'bad';
  }
  const read = await readBudgetFile(file, {
    knownYears,
    // --template overrides the file's; without it the file's own template, else luoyang.
    ...(opts.template === undefined ? { templates: templateIds(), defaultTemplate: DEFAULT_TEMPLATE } : { defaultTemplate: opts.template }),
  });
  if (!read.ok) {
    progress.log(read.issues.map(formatFileIssue).join('\n'));
    return 'bad';
  }
  for (const w of read.warnings) {
    progress.log(formatFileIssue({ ...w, message: `提示：${w.message}`, ...(w.messageEn && { messageEn: `note: ${w.messageEn}` }) }));
  }
  const budget = read.budget;
  if (opts.template !== undefined) budget.template = opts.template;
  const template = getTemplate(budget.template);
  let classification: ClassificationSet | undefined;
  try {
    if (!classifications.has(budget.year)) {
      classifications.set(budget.year, loadClassification(budget.year, opts.home === undefined ? {} : { home: opts.home }));
    }
    classification = classifications.get(budget.year);
  } catch (e) {
    if (!(e instanceof ClassificationStoreError)) throw e;
    progress.log(`${file}: ${e.message}`);
    return 'bad';
  }
  if (!template || !classification) {
    progress.log(`${file}: ${!template ? `未知的模板 "${budget.template}"（可用：${templateIds().join('、')}）` : `${budget.year} 年没有分类科目数据`}`);
    return 'bad';
  }

  const written: string[] = [];
  try {
    // Nothing inconsistent gets published: an error-level finding stops this file unless --force.
    const checked = checkBudget(budget, { template, classification, config: opts.ruleConfig ?? {} });
    const errors = checked.findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      const list = errors.slice(0, 10).map((f, i) => `  ${i + 1}. [${f.ruleId}] ${f.message}${locationText(f.location) ? `（${locationText(f.location)}）` : ''}`);
      if (!opts.force) {
        progress.log([`${file}: 检查发现 ${errors.length} 个错误，未输出；改正后重试，或加 --force 仍然输出 / ${errors.length} error(s) found; not written (use --force to write anyway):`, ...list, ...(errors.length > 10 ? [`  …另有 ${errors.length - 10} 个（yusuan check 查看全部）`] : [])].join('\n'));
        return 'refused';
      }
      progress.log(`${file}: 检查发现 ${errors.length} 个错误，因 --force 仍然输出 / ${errors.length} error(s) found; written because of --force`);
    }
    const doc = checked.doc;
    const outputs = await Promise.all(formats.map((f) => renderDocument(doc, f)));
    for (const out of outputs) {
      const target = join(opts.out, `${outputStem(file)}.${out.extension}`);
      const existed = existsSync(target);
      await writeFileAtomic(target, out.data, { overwrite: true });
      if (!existed) written.push(target);
    }
    return 'rendered';
  } catch (e) {
    // Leave no half set of outputs: remove what this input created.
    await Promise.all(written.map((t) => rm(t, { force: true })));
    if (e instanceof OutputExistsError) {
      progress.log(`${file}: ${e.message}`);
      return 'bad';
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code && err.syscall) {
      progress.log(`${file}: 写入输出失败（${err.code}）：${err.message} / write failed`);
      return 'bad';
    }
    progress.log(`${file}: 内部错误，请报告此问题 / internal error, please report: ${err.stack ?? String(e)}`);
    return 'internal';
  }
}
