// The yusuan command line (commander): `render`, `check` and `classification import`, help in Chinese with
// English after it. main() returns the exit code instead of exiting: 0 success, 2 anything the
// user can fix (bad input file, bad options, unknown format or template), 1 an internal error.
import { pathToFileURL } from 'node:url';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { removePendingTemps } from '../io/atomic-write.ts';
import { templateIds } from '../core/templates/index.ts';

/** Usage errors (unknown option, missing argument) exit 2, like bad input. */
const EXIT_USAGE = 2;

const TITLES: Record<string, string> = {
  'Usage:': '用法 / Usage:',
  'Options:': '选项 / Options:',
  'Arguments:': '参数 / Arguments:',
  'Commands:': '命令 / Commands:',
  'Global Options:': '全局选项 / Global Options:',
};

/** Commander's English errors, with a Chinese sentence first. */
const ERRORS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/unknown option '([^']+)'/, (m) => `未知选项 ${m[1]}`],
  [/unknown command '([^']+)'/, (m) => `未知命令 ${m[1]}`],
  [/missing required argument '([^']+)'/, (m) => `缺少参数 ${m[1]}`],
  [/required option '([^']+)' not specified/, (m) => `缺少必需的选项 ${m[1]}`],
  [/option '([^']+)' argument missing/, (m) => `选项 ${m[1]} 缺少值`],
  [/option '([^']+)' argument '([^']*)' is invalid\. ?(.*)/, (m) => `选项 ${m[1]} 的值 "${m[2]}" 无效：${m[3]}`],
  [/too many arguments/, () => '参数过多'],
];

function translateError(text: string): string {
  const line = text.trim().replace(/^error: /, '');
  for (const [re, zh] of ERRORS) {
    const m = line.match(re);
    if (m) return `错误：${zh(m)} / error: ${line}\n`;
  }
  return `错误 / error: ${line}\n`;
}

function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text.trim())) throw new InvalidArgumentError('须为四位数的年份，如 2023 / must be a 4-digit year');
  return Number(text);
}

const HOME_HELP = 'yusuan 数据目录（默认 $YUSUAN_HOME 或 ~/.yusuan）/ yusuan home directory';

/** Builds the program; `setExit` receives each command's exit code. */
export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('yusuan');
  program
    .configureHelp({ styleTitle: (title) => TITLES[title] ?? title })
    .configureOutput({ outputError: (text, write) => write(translateError(text)) })
    .helpOption('-h, --help', '显示帮助 / display help')
    .helpCommand('help [command]', '显示某个命令的帮助 / display help for a command')
    .showHelpAfterError('（加 --help 查看用法 / add --help for usage）')
    .exitOverride()
    .description('部门预算公开：从预算数据生成完整、正确的公开文件 / Department budget disclosure: generate and check')
    .version(pkg.version, '-V, --version', '显示版本号 / print the version');

  program
    .command('render')
    .description('把预算数据文件（YAML/JSON）渲染为公开文件 / render Budget files into disclosure documents')
    .argument('<inputs...>', '预算数据文件或目录（取目录中的 .yaml/.yml/.json，不递归）/ Budget files or directories')
    .requiredOption('--out <dir>', '输出目录，写入 <输入文件名>.<格式> / output directory')
    .option('--format <list>', '输出格式，逗号分隔：html、xlsx、json、docx、pdf（pdf 需要 Chromium 和中文字体，见 scripts/setup.sh）/ comma-separated formats', 'html,xlsx,json')
    .option('--template <id>', `地区模板（${templateIds().join('、')}），覆盖文件中的 template；不给时用文件中的，文件也未写则为 luoyang；未知的模板退出码 2 / template id, overrides the file's (default: the file's, else luoyang)`)
    .option('--force', '检查发现错误时仍然输出 / write even when the check finds errors')
    .option('--config <file>', '规则配置（停用规则、改严重程度或容差）/ rule configuration YAML')
    .option('--home <dir>', HOME_HELP)
    .addHelpText(
      'after',
      [
        '',
        '渲染前先检查；发现错误时不输出该文件，除非加 --force / each document is checked first; files with errors are not written unless --force',
        '退出码 / exit codes: 0 全部成功 / all rendered; 2 有输入文件或选项有误 / some input or option was bad; 1 检查发现错误未输出，或内部错误 / the check refused a file, or an internal error',
        '例 / example: yusuan render examples --format html,xlsx --out out/example',
      ].join('\n'),
    )
    .action(async (inputs: string[], opts: { out: string; format: string; template?: string; force?: boolean; home?: string; config?: string }) => {
      // Loaded on use: the renderers pull in exceljs, which --help and --version do not need.
      const { renderCommand } = await import('./render.ts');
      let ruleConfig;
      if (opts.config) {
        const { loadRuleConfig } = await import('./rules-config.ts');
        ruleConfig = await loadRuleConfig(opts.config, (t) => void process.stderr.write(`${t}\n`));
        if (!ruleConfig) return setExit(2);
      }
      setExit(await renderCommand(inputs, { ...opts, ...(ruleConfig && { ruleConfig }) }, process.stderr));
    });

  program
    .command('check')
    .description('检查预算数据或公开文件的勾稽关系、科目分类、完整性和绩效目标 / check a Budget or a Document against the rule catalogue')
    .argument('<inputs...>', '预算数据文件（.yaml/.json）或 yusuan 生成的文档（.json）；多个文件或目录时逐个检查并汇总 / a Budget file or a Document JSON; several files or a folder are checked in parallel and summarised')
    .option('--format <format>', '报告格式：text、json、html / report format', 'text')
    .option('--config <file>', '规则配置（停用规则、改严重程度或容差）/ rule configuration YAML')
    .option('--template <id>', '地区模板 / template id')
    .option('--home <dir>', HOME_HELP)
    .addHelpText('after', '\n退出码 / exit codes: 0 没有错误 / no errors; 1 发现错误 / errors found; 2 输入或配置有误 / bad input or configuration\n例 / example: yusuan check examples/jianxi-2023.yaml --format html > report.html\n      yusuan check budgets/   （目录中每个 .yaml/.json，多线程检查并汇总 / every file of the folder, checked in parallel）')
    .action(async (inputs: string[], opts: { format: string; config?: string; template?: string; home?: string }) => {
      const { stat } = await import('node:fs/promises');
      const single = inputs.length === 1 && !(await stat(inputs[0] as string).then((s) => s.isDirectory(), () => false));
      if (single) {
        const { checkCommand } = await import('./check.ts');
        return setExit(await checkCommand(inputs[0] as string, opts, process.stdout, process.stderr));
      }
      const { checkManyCommand } = await import('./check-many.ts');
      setExit(await checkManyCommand(inputs, opts, process.stdout, process.stderr));
    });

  program
    .command('audit')
    .description('审核已公开的部门预算文件（PDF、Excel、文本或 yusuan 文档 JSON）：识别模板和表格，按规则检查并指出页码和原文 / audit published disclosures')
    .argument('<inputs...>', '文件或目录（目录中的 .pdf、.xlsx、.txt、.json，含子目录）/ files or directories')
    .option('--format <format>', '报告格式：text、json、html / report format', 'text')
    .option('--out <file>', '报告写入文件（默认输出到屏幕）/ write the report to a file')
    .option('--summary <file>', '汇总表写成 CSV（Excel 可直接打开）/ write the summary as CSV')
    .option('--extract <dir>', '把识别出的表格写成 XLSX、CSV 和 JSON，每个文件一个子目录 / write the recovered tables')
    .option('--template <id>', `指定地区模板（${templateIds().join('、')}），不自动识别 / template id (skip detection)`)
    .option('--config <file>', '规则配置（停用规则、改严重程度或容差）/ rule configuration YAML')
    .option('--home <dir>', HOME_HELP)
    .addHelpText('after', '\n退出码 / exit codes: 0 没有错误 / no errors; 1 发现错误 / errors found; 2 有文件无法读取或选项有误 / a file could not be read, or bad options\n例 / example: yusuan audit 公开文件/ --format html --out 审核报告.html --summary 汇总.csv')
    .action(async (inputs: string[], opts: { format: string; out?: string; summary?: string; extract?: string; template?: string; config?: string; home?: string }) => {
      const { auditCommand } = await import('./audit.ts');
      setExit(await auditCommand(inputs, opts, process.stdout, process.stderr));
    });

  const classification = program
    .command('classification')
    .description('支出分类科目名录 / classification lists (功能分类、经济分类)');
  classification
    .command('import')
    .description('导入财政部门下发的正式科目名录（.xlsx/.csv），此后该年度以其为准 / import an official classification list')
    .argument('<file>', '科目名录文件 / list file (.xlsx or .csv)')
    .requiredOption('--year <year>', '预算年度，如 2023 / budget year', parseYear)
    .option('--kind <kind>', '名录类别：functional（功能分类）、economic-department（部门经济分类）、economic-government（政府经济分类）；默认自动识别 / list kind; detected when absent')
    .option('--home <dir>', HOME_HELP)
    .action(async (file: string, opts: { year: number; kind?: string; home?: string }) => {
      const { classificationImportCommand } = await import('./classification-import.ts');
      const result = await classificationImportCommand({
        file,
        year: opts.year,
        ...(opts.kind !== undefined && { kind: opts.kind }),
        ...(opts.home !== undefined && { home: opts.home }),
      });
      (result.exitCode === 0 ? process.stdout : process.stderr).write(`${result.message}\n`);
      setExit(result.exitCode);
    });

  return program;
}

/** Runs the command line; resolves to the exit code (it never calls process.exit itself). */
export async function main(argv: readonly string[] = process.argv): Promise<number> {
  let exitCode = 0;
  const program = buildProgram((code) => (exitCode = code));
  const onInterrupt = (): void => {
    removePendingTemps();
    process.stderr.write('\n已中断，未完成的输出已删除 / interrupted; unfinished outputs removed\n');
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  try {
    await program.parseAsync([...argv]);
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    // Help and --version exit 0; usage errors are the user's to fix: 2.
    return e.exitCode === 0 ? 0 : EXIT_USAGE;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
  return exitCode;
}

// Run directly (`tsx src/cli/main.ts …`, as the npm scripts do); bin/yusuan.js calls main() itself.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv);
}
