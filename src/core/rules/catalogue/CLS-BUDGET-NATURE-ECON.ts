// CLS-BUDGET-NATURE-ECON: basic expenditure is split by economic class — 人员经费 is 301 工资福利支出
// and 303 对个人和家庭的补助; 公用经费 is 302 商品和服务支出 and the capital classes 310 (and 309).
// A basic line without an economic code, or whose code belongs to the other half, misstates 人员经费
// and 公用经费 in every table and in the narrative: an error.
import type { Nature } from '../../model/budget.ts';
import type { Rule } from '../types.ts';

const CLASSES: Readonly<Record<Exclude<Nature, 'project'>, readonly string[]>> = {
  personnel: ['301', '303'],
  public: ['302', '310', '309'],
};
const LABEL: Readonly<Record<Exclude<Nature, 'project'>, string>> = { personnel: '人员经费', public: '公用经费' };

export const rule: Rule = {
  id: 'CLS-BUDGET-NATURE-ECON',
  category: 'classification',
  severity: 'error',
  statement: {
    zh: '基本支出应有经济分类科目，且人员经费用 301、303 类科目，公用经费用 302、310（309）类科目。',
    en: 'Basic lines carry an economic code; personnel expenditure uses classes 301/303, public expenditure 302/310/309.',
  },
  tables: [],
  target: 'budget',
  check({ budget }, report) {
    if (!budget) return report.notApplicable('没有预算数据');
    let basic = 0;
    budget.lines.forEach((line, i) => {
      if (line.nature === 'project') return;
      basic++;
      report.checked();
      const nature = line.nature;
      const code = line.economicCode;
      if (!code) {
        report.fail({
          message: `第 ${i + 1} 条支出是基本支出（${LABEL[nature]}），但没有部门经济分类科目`,
          messageEn: `line ${i + 1} is basic expenditure (${nature}) without an economic code`,
          location: { path: `lines[${i}].economicCode` },
          hint: '基本支出须填经济分类款级科目。',
        });
        return;
      }
      const cls = code.slice(0, 3);
      if (CLASSES[nature].includes(cls)) return;
      const other = nature === 'personnel' ? 'public' : 'personnel';
      const fits = CLASSES[other].includes(cls);
      report.fail({
        message: `第 ${i + 1} 条支出列为${LABEL[nature]}，但经济分类 ${code} 属于 ${cls} 类${fits ? `，应为${LABEL[other]}` : `，${LABEL[nature]}只能用 ${CLASSES[nature].join('、')} 类科目`}：人员经费与公用经费划分错误`,
        messageEn: `line ${i + 1} is ${nature} expenditure but its economic code ${code} belongs to class ${cls}`,
        location: { path: `lines[${i}].nature` },
        expected: fits ? other : CLASSES[nature].join('/'),
        actual: `${nature} ${code}`,
        hint: fits ? `把这条支出的性质改为${LABEL[other]}，或改正经济分类科目。` : '改正经济分类科目；不属于基本支出的，列为项目支出。',
      });
    });
    if (basic === 0) report.notApplicable('预算数据中没有基本支出');
  },
};
