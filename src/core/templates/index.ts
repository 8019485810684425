// The templates yusuan knows, by id. A template is data (see types.ts); adding a region means
// adding its spec here.
import { LUOYANG } from './luoyang/index.ts';
import { SHANGHAI, SHANGHAI_DEPT } from './shanghai/index.ts';
import type { TemplateSpec } from './types.ts';

const TEMPLATES: readonly TemplateSpec[] = [LUOYANG, SHANGHAI, SHANGHAI_DEPT];

export function getTemplate(id: string): TemplateSpec | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export function templateIds(): string[] {
  return TEMPLATES.map((t) => t.id);
}
