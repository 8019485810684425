// Loads the rule configuration named by --config (rules.yaml) for check, audit and render: reads
// and validates it against the catalogue; on a problem prints the messages (naming the file, line
// and setting) and gives undefined, for the command to exit 2.
import { CATALOGUE } from '../core/rules/catalogue/index.ts';
import type { RuleConfig } from '../core/rules/config.ts';
import { readRuleConfig } from '../io/read-rule-config.ts';

/** The configuration in `path` ({} when no --config was given), or undefined after saying what is wrong. */
export async function loadRuleConfig(path: string | undefined, say: (text: string) => void): Promise<RuleConfig | undefined> {
  if (!path) return {};
  const read = await readRuleConfig(path, CATALOGUE);
  if (!read.ok) {
    say(read.messages.join('\n'));
    return undefined;
  }
  return read.config;
}
