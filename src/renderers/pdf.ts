// PDF engine: the print page (print-html.ts) through one shared headless Chromium (playwright-core),
// launched on first use, reused by every call, closed by closePdfEngine(). Documents are printed in
// a pool of reusable tabs (print-pages.ts): one tab a core, each its own renderer process, so
// concurrent renderPdf calls print side by side and a tab's loaded fonts serve every later
// document. Page sizes come from the print CSS (A4 portrait, landscape for wide tables), the
// running header and the 第 N 页 共 M 页 footer from Chromium's header/footer templates, and the
// PDF gets bookmarks (outline) and tags unless `tagged: false`.
//
// Fonts: Chromium's PDF writer embeds TrueType fonts as named CID fonts but turns OpenType/CFF
// fonts — what fonts-noto-cjk installs — into anonymous Type 3 fonts. scripts/build-pdf-fonts.py
// (run by scripts/setup.sh) converts Noto Sans CJK SC to TrueType ("Noto Sans CJK SC TT" with the
// common characters, "… TT Full" with all) and writes a fontconfig file; when it is there,
// Chromium starts with FONTCONFIG_FILE pointing at it and the PDF embeds NotoSansCJKsc-Regular /
// -Bold by name. Without it the installed Noto Sans
// CJK SC is used (still embedded, as Type 3). Before launching, the engine checks that Chromium
// and a Chinese font exist and says in Chinese what to install when not.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Document } from '../core/model/document.ts';
import type { ChartOptions } from './charts.ts';
import { printFooterTemplate, printHeaderTemplate, renderPrintHtml } from './print-html.ts';
import { PagePool } from './print-pages.ts';

export interface PdfOptions {
  /** Last year's figures for the comparison chart (e.g. from the Budget), in 分. */
  chartOptions?: ChartOptions;
  /**
   * Tagged PDF (structure for screen readers and reflow) with bookmarks for the parts and tables.
   * Default true. False gives a file a third the size printed in half the time (Chromium then
   * builds no accessibility tree), without tags or bookmarks.
   */
  tagged?: boolean;
}

export type PdfEngineProblem = 'no-chromium' | 'no-cjk-font' | 'launch-failed';

/** The engine cannot run on this machine; the message says what to install. */
export class PdfEngineError extends Error {
  constructor(
    readonly problem: PdfEngineProblem,
    message: string,
  ) {
    super(message);
    this.name = 'PdfEngineError';
  }
}

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

/**
 * Documents printed at the same time (tabs in the pool), $YUSUAN_PDF_TABS or one a core (at most
 * 4): printing is CPU-bound in each tab's renderer process.
 */
export function pdfTabs(): number {
  const own = Number(process.env.YUSUAN_PDF_TABS);
  if (Number.isInteger(own) && own > 0) return Math.min(own, 16);
  return Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
}

/** Longest a document may take to load or print before the call fails. */
const PRINT_TIMEOUT_MS = 120_000;

/** The Chromium executable: $YUSUAN_CHROMIUM, else the first installed of the usual paths. */
export function chromiumPath(): string | undefined {
  const own = process.env.YUSUAN_CHROMIUM;
  if (own) return existsSync(own) ? own : undefined;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

/** Where scripts/build-pdf-fonts.py puts the TrueType CJK fonts and their fontconfig file. */
export function pdfFontDir(): string {
  if (process.env.YUSUAN_FONT_DIR) return process.env.YUSUAN_FONT_DIR;
  const cache = process.env.XDG_CACHE_HOME || join(os.homedir(), '.cache');
  return join(cache, 'yusuan', 'fonts');
}

/** The fontconfig file that adds the TrueType CJK fonts, when they have been built. */
export function pdfFontConfig(): string | undefined {
  const dir = pdfFontDir();
  const conf = join(dir, 'fonts.conf');
  const built = ['NotoSansCJKsc-Regular.common.ttf', 'NotoSansCJKsc-Regular.ttf'].every((f) => existsSync(join(dir, f)));
  return built && existsSync(conf) ? conf : undefined;
}

const MISSING_CHROMIUM =
  '缺少 Chromium，无法生成 PDF：请安装 chromium（sudo apt-get install chromium，或运行 bash scripts/setup.sh），' +
  '或用环境变量 YUSUAN_CHROMIUM 指定浏览器路径 / Chromium not found: install chromium or set YUSUAN_CHROMIUM';
const MISSING_FONT =
  '缺少中文字体，请安装 fonts-noto-cjk：sudo apt-get install fonts-noto-cjk / no Chinese (CJK) font installed: install fonts-noto-cjk';

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ ok: boolean; stdout: string; missing: boolean }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { env, timeout: 20_000, maxBuffer: 8 * 1024 * 1024 }, (err, stdout) => {
      const missing = (err as NodeJS.ErrnoException | null)?.code === 'ENOENT';
      resolve({ ok: !err, stdout: String(stdout ?? ''), missing });
    });
  });
}

function browserEnv(): NodeJS.ProcessEnv {
  const conf = pdfFontConfig();
  return conf ? { ...process.env, FONTCONFIG_FILE: conf } : { ...process.env };
}

/**
 * What keeps the engine from running, in words for the user, or undefined when Chromium and a
 * Chinese font are there. Checks the font with fontconfig (fc-list :lang=zh); on a machine
 * without fc-list the font is not checked here.
 */
export async function pdfEngineProblem(): Promise<string | undefined> {
  if (!chromiumPath()) return MISSING_CHROMIUM;
  const fonts = await run('fc-list', [':lang=zh', 'family'], browserEnv());
  if (!fonts.missing && fonts.stdout.trim() === '') return MISSING_FONT;
  return undefined;
}

interface Engine {
  browser: Browser;
  pool: PagePool;
}

let engine: Promise<Engine> | undefined;

async function launch(): Promise<Engine> {
  const problem = await pdfEngineProblem();
  if (problem) throw new PdfEngineError(problem === MISSING_CHROMIUM ? 'no-chromium' : 'no-cjk-font', problem);
  const { chromium } = await import('playwright-core');
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: chromiumPath()!,
      args: CHROMIUM_ARGS,
      env: browserEnv(),
      timeout: 60_000,
    });
  } catch (e) {
    throw new PdfEngineError('launch-failed', `Chromium 无法启动 / Chromium failed to start: ${(e as Error).message.split('\n')[0]}`);
  }
  browser.on('disconnected', () => {
    // A crashed or closed browser is started again by the next call.
    engine = undefined;
  });
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  return { browser, pool: new PagePool(() => context.newPage(), pdfTabs()) };
}

function getEngine(): Promise<Engine> {
  if (!engine) {
    engine = launch();
    engine.catch(() => {
      engine = undefined;
    });
  }
  return engine;
}

/**
 * Renders the whole disclosure to PDF bytes. Launches Chromium on the first call; concurrent calls
 * print side by side (pdfTabs() at once), so render a batch with Promise.all.
 */
export async function renderPdf(doc: Document, opts: PdfOptions = {}): Promise<Buffer> {
  const { pool } = await getEngine();
  const tagged = opts.tagged ?? true;
  return pool.use(async (page) => {
    // Built once the tab is free, so a large batch does not hold every page's HTML at once.
    const html = renderPrintHtml(doc, opts.chartOptions ? { chartOptions: opts.chartOptions } : {});
    await page.setContent(html, { waitUntil: 'load', timeout: PRINT_TIMEOUT_MS });
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: printHeaderTemplate(doc),
      footerTemplate: printFooterTemplate(),
      outline: tagged, // Chromium builds the outline from the tags: without tags there is none
      tagged,
    });
    return Buffer.from(pdf);
  });
}

/** Closes the shared Chromium, if it was started; the next renderPdf starts it again. */
export async function closePdfEngine(): Promise<void> {
  const current = engine;
  engine = undefined;
  if (!current) return;
  try {
    const { browser, pool } = await current;
    await pool.close();
    await browser.close();
  } catch {
    // never launched, or already gone
  }
}
