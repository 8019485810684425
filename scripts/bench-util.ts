// Small helpers the bench scripts share: CPU time since a reading, an error's first line, the
// process's resident set from /proc/self/status, and the guarantee a generated document checks clean.
import { readFileSync } from 'node:fs';

/** Seconds of CPU time (user + system, all threads) since a process.cpuUsage() reading. */
export function cpuSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1e6;
}

/** An error's name and message, first line only. */
export function message(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`.split('\n')[0] ?? String(err);
  return String(err);
}

/** A /proc/self/status memory field (VmRSS now, VmHWM the peak; every thread) in bytes; undefined off Linux. */
export function procMemory(field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** A check result of a generated document, which must have no error-level finding. */
export function acceptCheck<R extends { counts: { error: number }; findings: { severity: string; message: string }[] }>(result: R): R {
  if (result.counts.error > 0) throw new Error(`errors in a generated document: ${result.findings.find((f) => f.severity === 'error')?.message}`);
  return result;
}
