// Per-deployment rule configuration (a YAML file read by the CLI): disable a rule, change its
// severity or its rounding tolerance. Validated here so a typo in a rule id is an error.
import type { Rule, Severity } from './types.ts';

export interface RuleOverride {
  enabled?: boolean;
  severity?: Severity;
  /** Units of the last printed digit allowed per summed item. */
  tolerance?: number;
}

export interface RuleConfig {
  rules?: Record<string, RuleOverride>;
}

export interface ConfigIssue {
  path: string;
  message: string;
}

const SEVERITIES = ['error', 'warning', 'info'];

/** Validates raw configuration against the catalogue; returns the config or the issues found. */
export function parseRuleConfig(raw: unknown, catalogue: readonly Rule[]): { config: RuleConfig; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  const config: RuleConfig = { rules: {} };
  if (raw === null || raw === undefined) return { config, issues };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, issues: [{ path: '(根)', message: '配置文件应为键值结构（rules: …）' }] };
  }
  const known = new Set(catalogue.map((r) => r.id));
  for (const key of Object.keys(raw)) {
    if (key !== 'rules') issues.push({ path: key, message: `未知的配置项“${key}”（只支持 rules）` });
  }
  const rules = (raw as { rules?: unknown }).rules;
  if (rules === undefined || rules === null) return { config, issues };
  if (typeof rules !== 'object' || Array.isArray(rules)) {
    issues.push({ path: 'rules', message: 'rules 应为以规则编号为键的结构' });
    return { config, issues };
  }
  for (const [id, value] of Object.entries(rules as Record<string, unknown>)) {
    const path = `rules.${id}`;
    if (!known.has(id)) {
      issues.push({ path, message: `没有编号为“${id}”的规则` });
      continue;
    }
    if (value === false || value === 'off') {
      config.rules![id] = { enabled: false };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      issues.push({ path, message: '应为 off，或含 enabled / severity / tolerance 的结构' });
      continue;
    }
    const o: RuleOverride = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k === 'enabled' && typeof v === 'boolean') o.enabled = v;
      else if (k === 'severity' && typeof v === 'string' && SEVERITIES.includes(v)) o.severity = v as Severity;
      else if (k === 'tolerance' && typeof v === 'number' && v >= 0 && Number.isFinite(v)) o.tolerance = v;
      else issues.push({ path: `${path}.${k}`, message: k === 'severity' ? `严重程度应为 error、warning 或 info，而不是“${String(v)}”` : k === 'tolerance' ? '容差应为非负数（末位单位数）' : `未知的设置“${k}”` });
    }
    config.rules![id] = o;
  }
  return { config, issues };
}
