// 第一部分 部门概况 (duties numbered 1., 2. …; composition) and 第三部分 名词解释 (一、term with its
// definition), and the printed titles of the three parts. Pure.
import type { Budget } from '../model/budget.ts';
import type { NarrativeSection } from '../model/document.ts';
import type { NarrativeSpec, TemplateSpec } from '../templates/types.ts';
import { fillTemplateText } from '../templates/types.ts';
import type { NarrativeContext } from './context.ts';
import { fillWith, headingOf, SectionBuilder } from './context.ts';
import { dataMissing } from './findings.ts';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1–99). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

export function profileSections(ctx: NarrativeContext): NarrativeSection[] {
  const spec = ctx.spec.profile;
  const profile = ctx.budget.profile;
  const title = fillTemplateText(ctx.spec.partTitles.profile, ctx.vars);
  if (!profile) {
    ctx.findings.push(dataMissing(title, 0, 'profile', '部门概况（主要职责、预算单位构成）', 'the department profile', '第一部分没有写'));
    return [];
  }
  const duties = new SectionBuilder(ctx, 'profile', headingOf(ctx, spec.dutiesHeading));
  for (const line of profile.intro ?? []) if (line.trim() !== '') duties.add({ text: line.trim(), claims: [] });
  profile.duties.forEach((duty, i) => duties.add(fillWith(ctx, spec.duty, { n: i + 1, cn: chineseNumber(i + 1), duty: duty.trim() })));
  const composition = new SectionBuilder(ctx, 'profile', headingOf(ctx, spec.compositionHeading));
  composition.add({ text: profile.composition.trim(), claims: [] });
  return [duties.section(false), composition.section(false)];
}

export function glossarySections(ctx: NarrativeContext): NarrativeSection[] {
  const list = ctx.spec.glossaryList;
  if (list) {
    const paragraphs = ctx.spec.glossary.map((e, i) =>
      fillWith(ctx, list.entry, { cn: chineseNumber(i + 1), term: e.term, definition: e.definition }).text);
    return [{ part: 'glossary', heading: headingOf(ctx, list.heading), paragraphs }];
  }
  return ctx.spec.glossary.map((entry, i) => ({
    part: 'glossary' as const,
    heading: `${chineseNumber(i + 1)}、${entry.term}`,
    paragraphs: [entry.definition],
  }));
}

/** The printed titles of 第一部分 … 第三部分 for a Budget, when the template has narrative wording. */
export function narrativePartTitles(template: TemplateSpec, budget: Budget): NarrativeSpec['partTitles'] | undefined {
  const spec = template.narrative;
  if (!spec) return undefined;
  const vars = { year: budget.year, department: budget.department.name, lastYear: budget.year - 1 };
  return {
    profile: fillTemplateText(spec.partTitles.profile, vars),
    explanation: fillTemplateText(spec.partTitles.explanation, vars),
    glossary: fillTemplateText(spec.partTitles.glossary, vars),
  };
}
