// Styles and page geometry of the Word renderer (Word 文档): fonts and sizes as government
// documents print them — 宋体 for text, 黑体 for headings and table headers, Times New Roman for
// Latin letters and digits; 正文 小四 (12 pt), tables 五号 (10.5 pt) or 小五 (9 pt) when wide —
// A4 pages, portrait or landscape, and the footer “第 N 页 共 M 页”. Everything is a named style, so
// a person editing the document in Word or WPS changes one style, not every paragraph.
import {
  AlignmentType,
  Footer,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type IParagraphStyleOptions,
  type IStylesOptions,
} from 'docx';

/** East Asian and Latin fonts. Word and WPS know 宋体/黑体 by these names on Chinese systems, and map them to SimSun/SimHei elsewhere. */
export const SONG = '宋体';
export const HEI = '黑体';
export const LATIN = 'Times New Roman';

/** Font sizes in half-points (Word's unit): 二号, 三号, 四号, 小四, 五号, 小五. */
export const SIZE = { er: 44, san: 32, si: 28, xiaosi: 24, wu: 21, xiaowu: 18 } as const;

/** A4 in twips (1/20 pt). */
const A4_SHORT = 11906;
const A4_LONG = 16838;

/** Page margins in twips: 2.54 cm on portrait pages (Word's default), 2 cm on landscape pages. */
const PORTRAIT_MARGIN = { top: 1440, bottom: 1440, left: 1440, right: 1440, header: 720, footer: 720 };
const LANDSCAPE_MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 };

/** Width of the text between the margins, in twips; tables fill it. */
export function textWidth(landscape: boolean): number {
  return landscape
    ? A4_LONG - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right
    : A4_SHORT - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right;
}

/** The page of a section: A4, portrait or landscape (docx swaps the sides for landscape). */
export function page(landscape: boolean) {
  return {
    size: {
      width: A4_SHORT,
      height: A4_LONG,
      orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: landscape ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN,
  };
}

/** Ids of the document's own paragraph styles (names are Chinese, as Word shows them). */
export const STYLE = {
  body: 'YsBody',
  coverTitle: 'YsCoverTitle',
  coverLine: 'YsCoverLine',
  contentsTitle: 'YsContentsTitle',
  tableTitle: 'YsTableTitle',
  tableLine: 'YsTableLine',
  tableUnit: 'YsTableUnit',
  cell: 'YsCell',
  cellSmall: 'YsCellSmall',
  headerCell: 'YsHeaderCell',
  headerCellSmall: 'YsHeaderCellSmall',
  note: 'YsNote',
  footer: 'YsFooter',
  sectionEnd: 'YsSectionEnd',
} as const;

const fonts = (eastAsia: string) => ({ ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia });

/** Two characters of 小四 text: the first-line indent of 正文. */
const INDENT_2 = 480;
/** Line spacing 1.5 (auto rule: 240 = single). */
const LINE_15 = { line: 360, lineRule: LineRuleType.AUTO };

function style(id: string, name: string, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions {
  return { id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true, ...options };
}

function cellStyles(id: string, headerId: string, size: number, label: string): IParagraphStyleOptions[] {
  const spacing = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO };
  return [
    style(id, `表格文字${label}`, { run: { font: fonts(SONG), size }, paragraph: { spacing } }),
    style(headerId, `表头文字${label}`, {
      basedOn: id,
      run: { font: fonts(HEI), size },
      paragraph: { alignment: AlignmentType.CENTER, spacing },
    }),
  ];
}

/** The document's styles: defaults, Heading 1 and 2, the TOC levels and the styles of its own parts. */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: fonts(SONG), size: SIZE.xiaosi, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
      // 第一部分 …: 黑体 三号, centred. Outline levels are written so WPS and LibreOffice see them too.
      heading1: {
        run: { font: fonts(HEI), size: SIZE.san, bold: false, color: '000000' },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 360, ...LINE_15 },
          keepNext: true,
          keepLines: true,
          outlineLevel: 0,
        },
      },
      // 一、收入支出预算总体情况说明: 黑体 小四, indented as the text under it.
      heading2: {
        run: { font: fonts(HEI), size: SIZE.xiaosi, bold: false, italics: false, color: '000000' },
        paragraph: {
          indent: { firstLine: INDENT_2 },
          spacing: { before: 120, after: 0, ...LINE_15 },
          keepNext: true,
          keepLines: true,
          outlineLevel: 1,
        },
      },
    },
    paragraphStyles: [
      style(STYLE.body, '预算正文', {
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT_2 }, spacing: LINE_15 },
      }),
      style(STYLE.coverTitle, '封面标题', {
        run: { font: fonts(HEI), size: SIZE.er },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 1200, line: 720, lineRule: LineRuleType.AUTO } },
      }),
      style(STYLE.coverLine, '封面文字', {
        run: { font: fonts(SONG), size: SIZE.san },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240, ...LINE_15 } },
      }),
      style(STYLE.contentsTitle, '目录标题', {
        run: { font: fonts(HEI), size: SIZE.san, characterSpacing: 240 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 360 } },
      }),
      // The entries of the 目录 (Word's own “toc 1”/“toc 2”, which it fills in when it updates the field).
      { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', uiPriority: 39, unhideWhenUsed: true,
        run: { font: fonts(SONG), size: SIZE.xiaosi }, paragraph: { spacing: { before: 60, after: 60, ...LINE_15 } } },
      { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', uiPriority: 39, unhideWhenUsed: true,
        run: { font: fonts(SONG), size: SIZE.xiaosi }, paragraph: { indent: { left: INDENT_2 }, spacing: LINE_15 } },
      // Table titles are not headings (the 目录 lists them by a TC field as “一、部门收支预算表”);
      // the outline level puts them in Word's navigation pane under 附件.
      style(STYLE.tableTitle, '表格标题', {
        run: { font: fonts(HEI), size: SIZE.san },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 160, ...LINE_15 }, keepNext: true, outlineLevel: 1 },
      }),
      style(STYLE.tableLine, '表格说明', {
        run: { size: SIZE.wu },
        paragraph: { spacing: { after: 40 }, keepNext: true },
      }),
      style(STYLE.tableUnit, '表格单位', {
        basedOn: STYLE.tableLine,
        run: { size: SIZE.wu },
        paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 60 }, keepNext: true },
      }),
      ...cellStyles(STYLE.cell, STYLE.headerCell, SIZE.wu, ''),
      ...cellStyles(STYLE.cellSmall, STYLE.headerCellSmall, SIZE.xiaowu, '（宽表）'),
      style(STYLE.note, '表注', {
        run: { size: SIZE.wu },
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { before: 120, line: 300, lineRule: LineRuleType.AUTO } },
      }),
      // The empty paragraph after a table that ends a section (Word needs one to hold the section
      // break): 1 pt high, so a table that fills its page does not push it onto a blank page.
      style(STYLE.sectionEnd, '分节段落', {
        run: { size: 2 },
        paragraph: { spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } },
      }),
      style(STYLE.footer, '页脚文字', {
        run: { size: SIZE.xiaowu },
        paragraph: { alignment: AlignmentType.CENTER },
      }),
    ],
  };
}

/** The footer of every page but the cover: “第 N 页 共 M 页” from Word's PAGE and NUMPAGES fields. */
export function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'] })],
      }),
    ],
  });
}

/** An empty footer, for the cover page. */
export function emptyFooter(): Footer {
  return new Footer({ children: [new Paragraph({ style: STYLE.footer })] });
}
