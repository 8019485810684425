// Enforces the layering: nothing under src/core may import node I/O modules, database or network
// clients, or an outer layer (cli, io, renderers, importers, store, server, portal, generator).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const CORE = join(ROOT, 'src', 'core');
const FORBIDDEN_MODULES = /^(node:)?(fs|fs\/promises|path|child_process|net|http|https|http2|dgram|dns|os|worker_threads|cluster|tls|readline|process|vm|zlib)$/;
const FORBIDDEN_PACKAGES = /^(pg|better-sqlite3|kysely|exceljs|playwright-core|pdfjs-dist|commander|yaml)(\/|$)/;
const OUTER = /(^|\/)(cli|io|renderers|importers|store|server|portal|generator)(\/|$)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

/** Import specifiers of a file: static imports, re-exports and dynamic import()/require(). */
export function importsOf(text: string): string[] {
  const specs: string[] = [];
  const re = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(re)) specs.push((m[1] ?? m[2] ?? m[3] ?? m[4]) as string);
  return specs;
}

describe('layering', () => {
  it('finds the import forms it must police', () => {
    expect(importsOf(`import { readFileSync } from 'node:fs';\nexport * from "../cli/x.ts";\nconst m = await import('http');`))
      .toEqual(['node:fs', '../cli/x.ts', 'http']);
  });

  it('core imports no I/O, no outer layer and no I/O package', () => {
    const files = sourceFiles(CORE);
    expect(files.length).toBeGreaterThan(10);
    const violations: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const rel = relative(ROOT, file);
        if (FORBIDDEN_MODULES.test(spec)) violations.push(`${rel}: imports ${spec}`);
        if (FORBIDDEN_PACKAGES.test(spec)) violations.push(`${rel}: imports package ${spec}`);
        if (spec.startsWith('.')) {
          const target = relative(ROOT, resolve(file, '..', spec));
          if (!target.startsWith('src/core/') && !target.startsWith('data/')) violations.push(`${rel}: imports ${target} outside core`);
          if (OUTER.test(target.replace(/^src\//, ''))) violations.push(`${rel}: imports outer layer ${target}`);
        }
        if (/^(process|globalThis\.process)$/.test(spec)) violations.push(`${rel}: uses process`);
      }
      if (/\bDate\.now\(|new Date\(\)|process\.(env|argv|stdout)|Math\.random\(/.test(readFileSync(file, 'utf8'))) {
        violations.push(`${relative(ROOT, file)}: reads the clock, the environment or randomness`);
      }
    }
    expect(violations).toEqual([]);
  });
});
