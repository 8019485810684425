// `yusuan check`: checks a Budget file (fact rules plus document rules on the Document it builds)
// or a Document JSON (document rules), and prints the report as text, JSON or HTML. Exit code:
// 0 no error-level finding, 1 errors found, 2 bad input or configuration.
import { validateDocument, DocumentValidationError } from '../core/model/document-schema.ts';
import { CATALOGUE } from '../core/rules/catalogue/index.ts';
import { checkBudget, checkDocument } from '../core/rules/check.ts';
import type { CheckResult } from '../core/rules/engine.ts';
import { getTemplate, templateIds } from '../core/templates/index.ts';
import { budgetFromSource, formatFileIssue, readSourceFile } from '../io/read-budget.ts';
import { findingsHtml } from '../reports/findings-html.ts';
import { findingsText } from '../reports/findings-text.ts';
import { ClassificationStoreError, knownClassificationYears, loadClassification } from './classification-store.ts';
import { loadRuleConfig } from './rules-config.ts';

export interface CheckOptions {
  format?: string;
  config?: string;
  template?: string;
  home?: string;
}

interface Out {
  write(text: string): unknown;
}

const FORMATS = ['text', 'json', 'html'];

export async function checkCommand(input: string, opts: CheckOptions, stdout: Out, stderr: Out): Promise<number> {
  const say = (t: string) => void stderr.write(`${t}\n`);
  const format = (opts.format ?? 'text').toLowerCase();
  if (!FORMATS.includes(format)) {
    say(`未知的报告格式 "${format}"（可用：text、json、html）/ unknown report format`);
    return 2;
  }
  const config = await loadRuleConfig(opts.config, say);
  if (!config) return 2;
  const source = await readSourceFile(input);
  if (!source.ok) {
    say(source.issues.map(formatFileIssue).join('\n'));
    return 2;
  }
  const home = opts.home === undefined ? {} : { home: opts.home };
  let result: CheckResult;
  let title: string;
  try {
    const isDocument = typeof source.value === 'object' && source.value !== null && (source.value as { schema?: unknown }).schema === 'yusuan/document@1';
    if (isDocument) {
      const doc = validateDocument(source.value);
      const template = getTemplate(opts.template ?? doc.meta.template);
      if (!template) {
        say(`${input}: 未知的模板 "${opts.template ?? doc.meta.template}"（可用：${templateIds().join('、')}）`);
        return 2;
      }
      const classification = loadClassification(doc.meta.year, home);
      result = checkDocument(doc, { template, config, ...(classification && { classification }) });
      title = doc.meta.title;
    } else {
      const read = budgetFromSource(source, { knownYears: knownClassificationYears(opts.home), templates: templateIds() });
      if (!read.ok) {
        say(read.issues.map(formatFileIssue).join('\n'));
        return 2;
      }
      const budget = read.budget;
      if (opts.template) budget.template = opts.template;
      const template = getTemplate(budget.template);
      const classification = loadClassification(budget.year, home);
      if (!template || !classification) {
        say(`${input}: ${!template ? `未知的模板 "${budget.template}"` : `${budget.year} 年没有分类科目数据`}`);
        return 2;
      }
      const checked = checkBudget(budget, { template, classification, config });
      result = checked;
      title = checked.doc.meta.title;
    }
  } catch (e) {
    if (e instanceof DocumentValidationError || e instanceof ClassificationStoreError) {
      say(`${input}: ${e.message}`);
      return 2;
    }
    throw e;
  }
  if (format === 'json') stdout.write(`${JSON.stringify({ title, counts: result.counts, findings: result.findings, runs: result.runs.map(({ findings: _f, ...r }) => r) }, null, 2)}\n`);
  else if (format === 'html') stdout.write(findingsHtml(result, title, CATALOGUE));
  else stdout.write(`${findingsText(result, title)}\n`);
  return result.counts.error > 0 ? 1 : 0;
}
