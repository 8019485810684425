// Template detection: which regional template (Luoyang 13 tables, Shanghai 9 …) a published
// document follows, read from its table titles. Each printed title is matched to a canonical table
// of the template by its title core (labels.ts: numbering, year, 部门/单位 wording and 总表/功能分类
// variants set aside), exact first, then by character bigram Dice above a threshold.
import type { TableId } from '../model/document.ts';
import { getTemplate, templateIds } from '../templates/index.ts';
import type { TemplateSpec } from '../templates/types.ts';
import { dice, labelKey, stripNumbering, titleKey } from './labels.ts';

/** A printed title read as a canonical table. `index` is the title's position in the input. */
export interface DetectedTable {
  index: number;
  tableId: TableId;
  /** 1 for a title that matches the template's exactly (variants included), less by similarity. */
  score: number;
  title: string;
}

export interface TemplateDetection {
  template: string;
  /** How well the titles cover the template and the template the titles: 2·Σscore / (titles + tables). */
  score: number;
  tables: DetectedTable[];
  /** The template's tables no printed title matched, in template order. */
  missing: TableId[];
  /** Printed titles matched to no table of the template (and not read as project forms). */
  unknown: { index: number; title: string }[];
  /**
   * Printed project performance forms (财政项目支出绩效目标填报表, one a project): not tables of the
   * template, read by assembly into the 'project-performance' table. Absent when there are none.
   */
  projectForms?: { index: number; title: string }[];
}

export interface DetectOptions {
  /** Detect against these templates only (default: every template yusuan knows). */
  templates?: readonly TemplateSpec[];
  /** Lowest similarity at which a title is read as a table (default 0.6). */
  threshold?: number;
}

export const DEFAULT_TITLE_THRESHOLD = 0.6;

/** How far below a title's best table another may be and still take the title. */
const SECOND_CHOICE = 0.1;

/** The similarity of a printed title to a table of a template: 1 when their cores agree. */
export function titleScore(title: string, spec: TemplateSpec['tables'][number]): number {
  const key = titleKey(title);
  if (!key) return 0;
  let best = 0;
  for (const t of [spec.title, spec.listTitle]) {
    const k = titleKey(t);
    best = Math.max(best, k === key ? 1 : dice(key, k));
  }
  return best;
}

/** How close the printed wording is to the template's own, beyond the core (部门 vs 预算单位). */
function wordingScore(title: string, spec: TemplateSpec['tables'][number]): number {
  const printed = labelKey(stripNumbering(title)).replace(/\d{4}年度?/g, '');
  const own = labelKey(spec.title.replace(/\{year\}年度?/g, '').replace(/\{\w+\}/g, ''));
  return dice(printed, own);
}

/** Matches printed titles to the tables of one template, best pairs first, each used once. */
export function matchTemplate(titles: readonly string[], template: TemplateSpec, threshold = DEFAULT_TITLE_THRESHOLD): TemplateDetection & { wording: number } {
  // A title may go to its best table or one nearly as good, never to a poor second choice: a
  // repeated title (“…（续）”) whose table is taken stays unknown.
  const pairs: { i: number; j: number; score: number }[] = [];
  titles.forEach((title, i) => {
    const scores = template.tables.map((spec) => titleScore(title, spec));
    const best = Math.max(0, ...scores);
    scores.forEach((score, j) => {
      if (score >= threshold && score >= best - SECOND_CHOICE) pairs.push({ i, j, score });
    });
  });
  // Best score first; on a tie the pair closest to its place in the template's order.
  pairs.sort((a, b) => b.score - a.score || Math.abs(a.i - a.j) - Math.abs(b.i - b.j) || a.i - b.i);
  const byTitle = new Map<number, { j: number; score: number }>();
  const usedTable = new Set<number>();
  for (const p of pairs) {
    if (byTitle.has(p.i) || usedTable.has(p.j)) continue;
    byTitle.set(p.i, { j: p.j, score: p.score });
    usedTable.add(p.j);
  }
  const tables: DetectedTable[] = [];
  const unknown: { index: number; title: string }[] = [];
  let sum = 0;
  let wording = 0;
  titles.forEach((title, index) => {
    const hit = byTitle.get(index);
    const spec = hit ? template.tables[hit.j] : undefined;
    if (!hit || !spec) {
      unknown.push({ index, title });
      return;
    }
    tables.push({ index, tableId: spec.id, score: round(hit.score), title });
    sum += hit.score;
    wording += wordingScore(title, spec);
  });
  const missing = template.tables.filter((_, j) => !usedTable.has(j)).map((t) => t.id);
  const denominator = titles.length + template.tables.length;
  return {
    template: template.id,
    score: denominator ? round((2 * sum) / denominator) : 0,
    tables,
    missing,
    unknown,
    wording: tables.length ? wording / tables.length : 0,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function knownTemplates(): TemplateSpec[] {
  return templateIds().flatMap((id) => {
    const t = getTemplate(id);
    return t ? [t] : [];
  });
}

/**
 * The template the titles follow best: highest coverage score, then the closest wording (Shanghai's
 * 预算单位 and 部门 variants share their title cores). With no titles the first template is named
 * with score 0 and every table missing.
 */
export function detectTemplate(titles: readonly string[], opts: DetectOptions = {}): TemplateDetection {
  const templates = opts.templates ?? knownTemplates();
  const threshold = opts.threshold ?? DEFAULT_TITLE_THRESHOLD;
  let best: (TemplateDetection & { wording: number }) | undefined;
  for (const t of templates) {
    const d = matchTemplate(titles, t, threshold);
    if (!best || d.score > best.score || (d.score === best.score && d.wording > best.wording)) best = d;
  }
  if (!best) return { template: '', score: 0, tables: [], missing: [], unknown: titles.map((title, index) => ({ index, title })) };
  const { wording: _wording, ...detection } = best;
  return detection;
}
