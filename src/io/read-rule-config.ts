// Reads a deployment's rule configuration (rules.yaml) and validates it against the catalogue;
// problems are messages naming the file and the setting, never exceptions.
import type { RuleConfig } from '../core/rules/config.ts';
import { parseRuleConfig } from '../core/rules/config.ts';
import type { Rule } from '../core/rules/types.ts';
import { formatFileIssue, readSourceFile } from './read-budget.ts';

export async function readRuleConfig(path: string, catalogue: readonly Rule[]): Promise<{ ok: true; config: RuleConfig } | { ok: false; messages: string[] }> {
  const source = await readSourceFile(path, { maxBytes: 1024 * 1024 });
  if (!source.ok) return { ok: false, messages: source.issues.map(formatFileIssue) };
  const { config, issues } = parseRuleConfig(source.value, catalogue);
  if (issues.length > 0) {
    return {
      ok: false,
      messages: issues.map((i) => {
        const pos = source.locate(i.path);
        return `${path}${pos ? `:${pos.line}:${pos.column}` : ''}: ${i.path}: ${i.message}`;
      }),
    };
  }
  return { ok: true, config };
}
