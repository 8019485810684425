// `yusuan audit`: reads published disclosures (PDF, Excel, text, Document JSON; files or folders),
// recognises their template and tables, runs the rule catalogue on each and reports the findings
// located in the file (text, JSON or one HTML page). A file that cannot be read becomes a summary
// row with its error; the rest are still audited. Exit code: 2 when any input (or option) was bad,
// else 1 when any document has an error finding, else 0.
import { extname } from 'node:path';
import { formatSourcePos } from '../core/model/document.ts';
import { checkDocument } from '../core/rules/check.ts';
import type { RuleConfig } from '../core/rules/config.ts';
import { getTemplate, templateIds } from '../core/templates/index.ts';
import { ImportError } from '../importers/errors.ts';
import { IMPORT_EXTENSIONS, importFile } from '../importers/index.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { summaryCsv } from '../reports/audit-csv.ts';
import { auditHtml } from '../reports/audit-html.ts';
import { auditJson } from '../reports/audit-json.ts';
import type { AuditEntry } from '../reports/audit-model.ts';
import { auditedDocument, auditExitCode, summaryRow } from '../reports/audit-model.ts';
import { auditText, summaryTable } from '../reports/audit-text.ts';
import { extractNames, writeExtraction } from './audit-extract.ts';
import { ClassificationStoreError, loadClassification } from './classification-store.ts';
import { expandInputs, type InputKind } from './inputs.ts';
import { Progress, type ProgressStream } from './progress.ts';
import { loadRuleConfig } from './rules-config.ts';

export interface AuditOptions {
  format?: string;
  extract?: string;
  summary?: string;
  template?: string;
  config?: string;
  out?: string;
  home?: string;
}

interface Out {
  write(text: string): unknown;
}

/** audit's inputs: the extensions it reads (.xls to refuse it clearly), sub-directories too. */
const AUDIT_INPUTS: InputKind = {
  accepts: (name) => extname(name).toLowerCase() in IMPORT_EXTENSIONS,
  depth: 8,
  emptyMessage: '目录中没有 .pdf、.xlsx、.txt 或 .json 文件 / no .pdf, .xlsx, .txt or .json files in the directory',
};

const FORMATS = ['text', 'json', 'html'] as const;
type ReportFormat = (typeof FORMATS)[number];

/** One file: import, check, locate the findings. Bad input becomes a failed entry, never a throw. */
async function auditOne(file: string, opts: AuditOptions, config: RuleConfig): Promise<AuditEntry> {
  try {
    const imported = await importFile(file, opts.template === undefined ? {} : { template: opts.template });
    const templateId = opts.template ?? imported.detection.template ?? imported.document.meta.template;
    const template = templateId ? getTemplate(templateId) : undefined;
    if (!template) {
      return { ok: false, file, error: `无法确定文件使用的模板${templateId ? `“${templateId}”` : ''}（可用：${templateIds().join('、')}；可用 --template 指定）/ unknown template` };
    }
    const classification = loadClassification(imported.document.meta.year, opts.home === undefined ? {} : { home: opts.home });
    const result = checkDocument(imported.document, { template, config, ...(classification && { classification }) });
    return auditedDocument(file, imported, result);
  } catch (e) {
    if (e instanceof ImportError) {
      // The place (page, sheet and cell, line) when the reader gave one and the message does not say it.
      const where = e.at ? formatSourcePos(e.at) : '';
      return { ok: false, file, error: where && !e.message.includes(where) ? `${where}：${e.message}` : e.message };
    }
    if (e instanceof ClassificationStoreError) return { ok: false, file, error: e.message };
    // A reader that throws anything else has a bug; the file is still reported, and the run goes on.
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, file, error: `读取失败（内部错误，请报告）：${detail} / internal error while reading` };
  }
}

export async function auditCommand(inputs: readonly string[], opts: AuditOptions, stdout: Out, stderr: ProgressStream): Promise<number> {
  const say = (t: string) => void stderr.write(`${t}\n`);
  const format = (opts.format ?? 'text').toLowerCase() as ReportFormat;
  if (!FORMATS.includes(format)) {
    say(`未知的报告格式 "${opts.format}"（可用：text、json、html）/ unknown report format`);
    return 2;
  }
  if (opts.template !== undefined && !getTemplate(opts.template)) {
    say(`未知的模板 "${opts.template}"（可用：${templateIds().join('、')}）/ unknown template`);
    return 2;
  }
  const config = await loadRuleConfig(opts.config, say);
  if (!config) return 2;

  const { files, problems } = await expandInputs(inputs, AUDIT_INPUTS);
  const entries: AuditEntry[] = problems.map((p) => ({ ok: false, file: p.input, error: p.message }));
  for (const p of problems) say(`${p.input}: ${p.message}`);
  const names = extractNames(files);
  const progress = new Progress(stderr, files.length);
  let extractFailed = false;
  for (const [i, file] of files.entries()) {
    progress.start(file);
    const entry = await auditOne(file, opts, config);
    if (!entry.ok) progress.log(`${file}: ${entry.error}`);
    else if (opts.extract) {
      try {
        await writeExtraction(opts.extract, names[i]!, entry.document);
      } catch (e) {
        extractFailed = true;
        progress.log(`${file}: 无法写出提取的表格：${(e as Error).message} / cannot write the extracted tables`);
      }
    }
    entries.push(entry);
    progress.step();
  }
  progress.finish();

  const report = format === 'json' ? auditJson(entries) : format === 'html' ? auditHtml(entries) : auditText(entries);
  let writeFailed = false;
  const write = async (target: string, text: string): Promise<void> => {
    try {
      await writeFileAtomic(target, Buffer.from(text, 'utf8'), { overwrite: true });
    } catch (e) {
      writeFailed = true;
      say(`${target}: 无法写入：${(e as Error).message} / cannot write`);
    }
  };
  if (opts.out) await write(opts.out, report);
  else stdout.write(report);
  if (opts.summary) await write(opts.summary, summaryCsv(entries.map(summaryRow)));
  // The text report ends with the summary; otherwise it is shown on stderr, for several files.
  if (entries.length > 1 && (format !== 'text' || opts.out)) say(summaryTable(entries.map(summaryRow)));
  if (writeFailed || extractFailed) return 2;
  return auditExitCode(entries);
}
