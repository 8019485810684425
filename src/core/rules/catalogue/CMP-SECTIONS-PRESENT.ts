// CMP-SECTIONS-PRESENT: the disclosure has every part of its text the template prescribes — 部门概况,
// each section of the 情况说明 (洛阳: 一、收入支出预算总体情况说明 … 十、其他重要事项情况说明, and the
// five matters of 其他重要事项: 机构运转经费, 政府采购, 绩效目标, 国有资产, 专项转移支付; 上海: 预算编制
// 说明 and 其他相关情况说明), and 名词解释. Sections and matters are recognised by their words, as the
// narrative rules find them, whatever their numbering; a document with no text at all is not judged.
import type { ExplanationTopic, OtherMatter } from '../../templates/types.ts';
import { fillTemplateText } from '../../templates/types.ts';
import type { NarrativeSection } from '../../model/document.ts';
import { ASSETS_STATEMENT, explanationSections, TOPIC, topicSpots } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

/** The words of each topic of the 情况说明 (the narrative rules' topics, and the three they do not read by heading). */
const TOPIC_OF: Record<ExplanationTopic, (heading: string) => boolean> = {
  ...TOPIC,
  other: (h) => /其他重要事项/.test(h),
  budgetNotes: (h) => /编制说明/.test(h),
  otherNotes: (h) => /其他相关情况/.test(h),
};

/** The words of each matter of 其他重要事项, as a heading or subheading line says them. */
const MATTER_WORDS: Record<OtherMatter, RegExp> = {
  operatingFunds: /机构运转经费|机关运行经费|运行经费/,
  procurement: /政府采购/,
  performance: /绩效/,
  assets: ASSETS_STATEMENT.words,
  transferPayments: /转移支付/,
};

/** Whether a section's heading is on the topic (a loop: no closure per topic). */
function hasTopic(sections: readonly NarrativeSection[], isTopic: (heading: string) => boolean): boolean {
  for (let i = 0; i < sections.length; i++) if (isTopic((sections[i] as NarrativeSection).heading)) return true;
  return false;
}

export const rule: Rule = {
  id: 'CMP-SECTIONS-PRESENT',
  category: 'completeness',
  severity: 'warning',
  statement: {
    zh: '公开文件应包含模板规定的全部文字部分：部门概况、情况说明的各节（如“三公”经费支出预算情况说明）和名词解释。',
    en: 'The disclosure has every text part its template prescribes: the profile, each section of the explanation (such as the “three public” section) and the glossary.',
  },
  tables: [],
  target: 'document',
  check({ doc, template }, report) {
    const spec = template?.narrative;
    if (!template || !spec) return report.notApplicable('模板没有规定文字部分');
    const narrative = doc.narrative ?? [];
    if (narrative.length === 0) return report.insufficient('文件中没有读到文字部分（只有表格），无法核对各节');
    const year = doc.meta.year;
    const missing = (what: string, en: string) =>
      report.fail({
        message: `缺少${what}：${template.name}规定公开此部分`,
        messageEn: `the ${en} is missing; the template prescribes it`,
        location: { section: what },
        hint: '按模板补上这一部分；没有内容的，也应写明（如“本部门无此项支出”）。',
      });
    report.checked();
    if (!narrative.some((s) => s.part === 'profile')) missing(`“${fillTemplateText(spec.partTitles.profile, { year })}”（主要职能、机构设置）`, 'profile (duties and structure)');
    // The explanation sections as the narrative rules share them; a section's printed heading is
    // filled in only for a finding.
    const explanation = explanationSections(doc);
    for (const section of spec.sections) {
      report.checked();
      const isTopic = TOPIC_OF[section.topic];
      if (!hasTopic(explanation, isTopic)) {
        missing(`情况说明的“${fillTemplateText(section.heading, { year })}”一节`, `explanation section “${section.topic}”`);
        continue;
      }
      for (const matter of section.matters ?? []) {
        report.checked();
        if (topicSpots(doc, MATTER_WORDS[matter.matter]).length > 0) continue;
        missing(`“${fillTemplateText(section.heading, { year })}”中的“${fillTemplateText(matter.heading, { year })}”`, `matter “${matter.matter}” of the explanation`);
      }
    }
    if (spec.glossary.length === 0) return;
    report.checked();
    if (!narrative.some((s) => s.part === 'glossary')) missing('名词解释', 'glossary');
  },
};
