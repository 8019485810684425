// Tests of the HTML renderer on the hand-built seed document: merged headers, scopes, captions,
// escaping, amounts, blanks, body merges, notes and the print CSS.
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderHtml } from './html.ts';
import { largeTestDocument, testDocument } from './test-document.ts';

/** The cells' text of the first body row whose row header is `name`. */
function rowCells(html: string, name: string): string[] {
  const tr = html.split('\n').find((line) => line.startsWith('<tr') && line.includes(`<th scope="row">${name}</th>`));
  if (!tr) throw new Error(`no row ${name}`);
  return [...tr.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((m) => m[1]!);
}

/** The HTML of one table's section, by its id. */
function section(html: string, id: string): string {
  const at = html.search(new RegExp(`<section class="sheet[^"]*" id="t\\d+-${id}"`));
  if (at < 0) throw new Error(`no section ${id}`);
  return html.slice(at, html.indexOf('</section>', at));
}

describe('renderHtml', () => {
  const doc = testDocument();
  const html = renderHtml(doc);

  it('is one self-contained Chinese page with title and contents', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<h1>${doc.meta.title}</h1>`);
    expect(html).toContain('<h2 id="toc-title">目录</h2>');
    expect(html).toContain('<a href="#t1-income-expenditure-summary">一、部门收支预算表</a>');
    expect(html).toContain('<a href="#t2-expenditure">三、部门支出预算表</a>');
    expect(html).toContain('十二、部门（单位）整体绩效目标表'); // shortTitle wins over the title
    expect(html).toContain('id="t2-expenditure"');
    expect(html).not.toMatch(/<script|<link|\ssrc=|https?:\/\//i);
    expect(html).toContain('"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimSun", sans-serif');
  });

  it('prints the narrative parts before the tables, and lists them in the contents', () => {
    expect(html).toContain('<a href="#part-profile">第一部分 洛阳市涧西区社区治理和服务创新办公室部门概况</a>');
    expect(html).toContain('<a href="#part-explanation">第二部分 2023年洛阳市涧西区社区治理和服务创新办公室部门预算情况说明</a>');
    expect(html).toContain('<li class="part">附件：2023年洛阳市涧西区社区治理和服务创新办公室部门预算表\n<ol>');
    expect(html).not.toContain('第三部分'); // no glossary sections in this document
    expect(html).toContain('<h3>一、收入支出预算总体情况说明</h3>\n<p>洛阳市涧西区');
    expect(html.indexOf('id="part-explanation"')).toBeLessThan(html.indexOf('id="t1-income-expenditure-summary"'));
    const bare = renderHtml({ ...doc, narrative: undefined });
    expect(bare).not.toContain('第一部分');
    expect(bare).toContain('<ol>\n<li><a href="#t1-income-expenditure-summary">一、部门收支预算表</a></li>');
  });

  it('prints each table with title, caption, 部门名称 and unit lines', () => {
    const s = section(html, 'expenditure');
    expect(s).toContain('<h2 id="t2-expenditure-title">2023年部门支出预算表</h2>');
    expect(s).toContain('<caption class="sr-only">2023年部门支出预算表（单位：万元）</caption>');
    expect(s).toContain('<p class="subtitle">部门名称：洛阳市涧西区社区治理和服务创新办公室</p>');
    expect(s).toContain('<p class="unit">单位：万元</p>');
  });

  it('prints the merged multi-level header from the header grid', () => {
    const s = section(html, 'expenditure');
    const head = s.slice(s.indexOf('<thead>'), s.indexOf('</thead>'));
    expect(head.match(/<tr>/g)).toHaveLength(3);
    expect(head).toContain('<th scope="col" colspan="3" rowspan="2">科目编码</th>');
    expect(head).toContain('<th scope="col" rowspan="3">单位代码</th>');
    expect(head).toContain('<th scope="col" rowspan="3">合计</th>');
    expect(head).toContain('<th scope="col" colspan="5">基本支出</th>');
    expect(head).toContain('<th scope="col" colspan="3">项目支出</th>');
    expect(head).toContain('<th scope="col" colspan="2">人员经费</th>');
    expect(head).toContain('<th scope="col" rowspan="2">其他运转类</th>');
    expect(head).toContain('<th scope="col">对个人和家庭的补助</th>');
    expect(head.match(/<th /g)).toHaveLength(6 + 6 + 7);
  });

  it('prints amounts in 万元 right-aligned, blanks for null, names as row headers', () => {
    expect(rowCells(html, '行政运行')).toEqual([
      '212', '01', '01', '', '行政运行', '161.73', '148.64', '134.10', '', '14.54', '', '13.09', '5.60', '7.49',
    ]);
    expect(html).toContain('<td class="num">161.73</td>');
    expect(html).toContain('<th scope="row">一、一般公共预算</th><td class="num">2002.45</td>');
    expect(rowCells(html, '上年结转结余')).toEqual(['上年结转结余', '', '年终结转结余', '0.00']);
  });

  it('marks total and subtotal rows', () => {
    expect(html).toMatch(/<tr class="total"><td class="code"><\/td>.*<th scope="row">合计<\/th>/);
    expect(html).toContain('<tr class="subtotal"><th scope="row">本年收入合计</th>');
  });

  it('prints an empty table with its header, its 合计 row and its note', () => {
    const s = section(html, 'government-fund-expenditure');
    expect(s).toContain('<thead>');
    expect(s).toContain('<p class="note">备注：洛阳市涧西区社区治理和服务创新办公室2023年无政府性基金预算拨款安排的支出，故此表无数据。</p>');
    const noRows = renderHtml({ ...doc, tables: [{ ...doc.tables[2]!, rows: [] }] });
    expect(noRows).toContain('<tbody>\n</tbody>');
    expect(noRows).toContain('故此表无数据');
  });

  it('applies body merges and drops covered cells', () => {
    const s = section(html, 'department-performance');
    expect(s).not.toContain('<thead>'); // a form: its labels are body rows
    expect(s).toContain('<td>部门(单位)名称</td><td colspan="4">洛阳市涧西区社区治理和服务创新办公室</td></tr>');
    expect(s).toContain('<td rowspan="3">年度主要任务</td><td>任务名称</td><td colspan="3">主要内容</td></tr>');
    expect(s).toContain('<tr><td>加强社区民主管理建设</td><td colspan="3">');
    expect(s).toContain('<td rowspan="2">产出指标</td><td rowspan="2">履职目标实现</td>');
    expect(s).toContain('<tr><td>社区“三自”组织孵化培育数量</td><td>≥1120支</td><td></td></tr>');
    // A number in a text column is money too.
    expect(s).toContain('<td class="num" colspan="3">2002.45</td>');
  });

  it('escapes every text it prints', () => {
    const evil = testDocument();
    evil.meta.title = 'A & B <部门>';
    const t = evil.tables[1]!;
    t.title = '<img src=x onerror=alert(1)>';
    t.subtitle = ['部门名称："引号" & \'单引号\''];
    t.columns[4]!.header = ['<b>', '<b>', '<b>'];
    t.rows[4]!.cells[4] = '<script>alert("x")</script>';
    t.notes = ['注：<i>不是斜体</i>'];
    evil.narrative![0]!.paragraphs = ['<iframe>'];
    const out = renderHtml(evil);
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>');
    expect(out).not.toContain('<i>');
    expect(out).not.toContain('<iframe>');
    expect(out).toContain('<th scope="row">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</th>');
    expect(out).toContain('<h1>A &amp; B &lt;部门&gt;</h1>');
    expect(out).toContain('&quot;引号&quot; &amp; &#39;单引号&#39;');
    expect(escapeHtml('纯文本')).toBe('纯文本');
  });

  it('prints for A4, landscape for wide tables, headers repeated, rows whole, one table a page', () => {
    expect(html).toContain('@page { size: A4 portrait;');
    expect(html).toContain('@page wide { size: A4 landscape;');
    expect(html).toContain('.sheet.wide { page: wide; }');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('tr { break-inside: avoid;');
    expect(html).toContain('.sheet { break-before: page;');
    expect(html).toContain('<section class="sheet wide" id="t2-expenditure"');
    expect(html).toContain('<section class="sheet" id="t1-income-expenditure-summary"');
    expect(html).toContain('font-variant-numeric: tabular-nums');
  });

  it('renders a 13-table document of 50 rows a table', () => {
    const big = renderHtml(largeTestDocument(50));
    expect(big.match(/<section /g)).toHaveLength(13);
    expect(big.match(/<tbody>/g)).toHaveLength(13);
  });
});
