// The standard 投入管理指标 of Henan's 部门（单位）整体绩效目标表: which 二级指标 each common 三级指标
// belongs to. Every department prints the same rows, so where the print leaves a merged 二级 label
// ambiguous (text extraction puts it on the first row after a page break), the set tells where its
// block starts. Data, used only to place labels the document itself prints.
import { labelKey } from './labels.ts';

const GROUPS: Record<string, string[]> = {
  工作目标管理: ['年度履职目标相关性', '工作任务科学性', '绩效指标合理性'],
  预算和财务管理: [
    '预算编制完整性', '专项资金细化率', '预算执行率', '预算调整率', '结转结余率', '“三公经费”控制率',
    '政府采购执行率', '决算真实性', '资金使用合规性', '管理制度健全性', '预决算信息公开性', '资产管理规范性',
  ],
  绩效管理: ['绩效目标编制完成率', '绩效监控完成率', '绩效自评完成率', '部门绩效评价完成率', '评价结果应用率'],
};

const BY_INDICATOR: ReadonlyMap<string, string> = new Map(
  Object.entries(GROUPS).flatMap(([group, names]) => names.map((n) => [labelKey(n), labelKey(group)] as [string, string])),
);

/** The 二级指标 (as a label key) a standard 三级指标 belongs to, if it is one. */
export function standardGroupOf(indicator: string): string | undefined {
  return BY_INDICATOR.get(labelKey(indicator));
}
