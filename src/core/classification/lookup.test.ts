// Tests for the pure look-up helpers: code prefixes, name normalisation and comparison.
import { describe, expect, it } from 'vitest';
import { bundledClassification } from './bundled.ts';
import { classOf, isKnownCode, kindOfCode, levelOf, nameVariant, normaliseCode, normaliseName, sectionOf } from './lookup.ts';

describe('codes', () => {
  it('normalises printed codes', () => {
    expect(normaliseCode('212 01 01')).toBe('2120101');
    expect(normaliseCode('２１２０１')).toBe('21201');
    expect(normaliseCode(' 30108\u3000')).toBe('30108');
  });

  it('gives 类 and 款 prefixes', () => {
    expect(classOf('2120101')).toBe('212');
    expect(sectionOf('2120101')).toBe('21201');
    expect(sectionOf('212 01 99')).toBe('21201');
    expect(classOf('30108')).toBe('301');
    expect(sectionOf('212')).toBeUndefined();
    expect(classOf('21')).toBeUndefined();
  });

  it('knows levels and kinds by shape', () => {
    expect(levelOf('212')).toBe('类');
    expect(levelOf('21201')).toBe('款');
    expect(levelOf('2120101')).toBe('项');
    expect(levelOf('2120')).toBeUndefined();
    expect(levelOf('21x01')).toBeUndefined();
    expect(kindOfCode('2120101')).toBe('functional');
    expect(kindOfCode('30108')).toBe('economic-department');
    expect(kindOfCode('50101')).toBe('economic-government');
    expect(kindOfCode('10101')).toBeUndefined();
  });

  it('tells known codes per list', () => {
    const set = bundledClassification(2023)!;
    expect(isKnownCode(set, 'functional', '2120101')).toBe(true);
    expect(isKnownCode(set, 'functional', '212 01 01')).toBe(true);
    expect(isKnownCode(set, 'economic-department', '30217')).toBe(true);
    expect(isKnownCode(set, 'economic-government', '50101')).toBe(true);
    expect(isKnownCode(set, 'economic-government', '30101')).toBe(false);
    expect(isKnownCode(set, 'functional', '2129998')).toBe(false);
  });
});

describe('names', () => {
  it('normalises 其它, parentheses and spaces', () => {
    expect(normaliseName('其它城乡社区管理事务支出')).toBe('其他城乡社区管理事务支出');
    expect(normaliseName('因公出国(境)费用')).toBe(normaliseName('因公出国（境）费用'));
    expect(normaliseName(' 行政 运行\u3000')).toBe('行政运行');
  });

  it('classifies printed names against official ones', () => {
    expect(nameVariant('行政运行', '行政运行')).toBe('same');
    expect(nameVariant('行政运行', ' 行政运行 ')).toBe('same');
    expect(nameVariant('其他城乡社区管理事务支出', '其它城乡社区管理事务支出')).toBe('variant');
    expect(nameVariant('维修（护）费', '维修(护)费')).toBe('variant');
    expect(nameVariant('行政运行', '行政 运行')).toBe('variant');
    expect(nameVariant('行政运行', '一般行政管理事务')).toBe('different');
    expect(nameVariant('行政事业单位养老支出', '行政事业单位离退休')).toBe('different');
  });
});
