// Subjects of figures in the published narratives.
import { describe, expect, it } from 'vitest';
import { cleanSubject, isChangePhrase, parseFunctionalPath, phraseBefore, quotedBefore, yearRole } from './subject.ts';

const CTX = { year: 2023, department: '上海市普陀区人民政府万里街道办事处' };

describe('subjects', () => {
  it('strips the year, the department and numbering', () => {
    expect(cleanSubject('上海市普陀区人民政府万里街道办事处收入预算', CTX)).toBe('收入预算');
    expect(cleanSubject('2023年“三公”经费预算数为', CTX)).toBe('“三公”经费预算数为');
    expect(cleanSubject('（二）、公务车购置及运行费', CTX)).toBe('公务车购置及运行费');
    expect(cleanSubject('2023年上海市普陀区人民政府万里街道办事处（部门）下属1家机关和1家参公事业单位财政拨款的机关运行经费预算为', CTX))
      .toBe('下属1家机关和1家参公事业单位财政拨款的机关运行经费预算为');
  });

  it('takes the phrase back to the clause break', () => {
    const t = '财政拨款支出预算中，一般公共预算拨款支出预算16497.86万元';
    expect(phraseBefore(t, t.indexOf('16497'))).toBe('一般公共预算拨款支出预算');
  });

  it('finds the quoted name before an amount and splits a functional path', () => {
    const t = '16. “社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”220.63万元';
    const q = quotedBefore(t, t.indexOf('220.63'));
    expect(parseFunctionalPath(q?.name ?? '')).toEqual([
      { name: '社会保障和就业支出', level: '类' },
      { name: '行政事业单位养老支出', level: '款' },
      { name: '机关事业单位职业年金缴费支出', level: '项' },
    ]);
    const c = '1.“一般公共服务支出”科目12,789万元';
    expect(parseFunctionalPath(quotedBefore(c, c.indexOf('12,789'))?.name ?? '')).toEqual([{ name: '一般公共服务支出' }]);
  });

  it('finds the quoted name only when nothing but its tail words follow it', () => {
    const t = '其中：“教育支出” 科目预算数为 35.00万元';
    expect(quotedBefore(t, t.indexOf('35.00'))).toEqual({ name: '教育支出', start: 3 });
    expect(quotedBefore('“教育支出”的资金35.00万元', 10)).toBeUndefined();
    const name80 = '甲'.repeat(80);
    const fits = `见“${name80}”12万元`;
    expect(quotedBefore(fits, fits.indexOf('12'))?.name).toBe(name80);
    const tooLong = `见“${name80}乙”12万元`;
    expect(quotedBefore(tooLong, tooLong.indexOf('12'))).toBeUndefined();
    const doubled = '““一般公共服务支出”2万元';
    expect(quotedBefore(doubled, doubled.indexOf('2'))?.start).toBe(1);
  });

  it('tells last year, this year and changes apart', () => {
    expect(yearRole('2022年当年预算执行数为', 2023)).toBe('last');
    expect(yearRole('2023年预算安排', 2023)).toBe('this');
    expect(yearRole('收入预算', 2023)).toBeUndefined();
    expect(yearRole('2024年和2023年预算安排', 2023)).toBe('this');
    expect(yearRole('2023年与 2022 年相比', 2023)).toBe('last');
    expect(isChangePhrase('比2022年预算增加')).toBe(true);
    expect(isChangePhrase('财政拨款收入')).toBe(false);
  });
});
