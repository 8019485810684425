// The rule catalogue as Markdown (docs/rules.md), generated from the code so it never drifts.
import type { Category, Rule } from '../core/rules/types.ts';

const CATEGORIES: Record<Category, string> = {
  identity: '勾稽关系 Identities',
  classification: '科目分类 Classification',
  completeness: '完整性 Completeness',
  performance: '绩效目标 Performance',
  plausibility: '合理性 Plausibility',
  narrative: '文字说明 Narrative',
};
const SEV = { error: '错误 error', warning: '警告 warning', info: '提示 info' } as const;

export function rulesMarkdown(rules: readonly Rule[]): string {
  const out = [
    '# 检查规则目录 / Rule catalogue',
    '',
    '此文件由 `npm run rules-doc` 从规则代码生成，请勿手改。 / Generated from the code by `npm run rules-doc`; do not edit.',
    '',
    `共 ${rules.length} 条规则。每条规则的运行结果为通过、不通过、不适用或数据不足。严重程度可在配置文件中修改（见 docs/checking.md）。`,
    '',
  ];
  for (const [cat, label] of Object.entries(CATEGORIES) as [Category, string][]) {
    const list = rules.filter((r) => r.category === cat);
    if (list.length === 0) continue;
    out.push(`## ${label}（${list.length}）`, '', '| 编号 id | 严重程度 | 规则 | Rule | 读取的表 | 依据 |', '|---|---|---|---|---|---|');
    for (const r of list) {
      const tables = r.tables.length ? r.tables.map((t) => `\`${t}\``).join(' ') : '—';
      const basis = r.target === 'budget' ? '预算数据 Budget' : '公开文件 Document';
      out.push(`| \`${r.id}\` | ${SEV[r.severity]} | ${r.statement.zh} | ${r.statement.en} | ${tables} | ${basis} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
