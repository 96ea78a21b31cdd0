import type { Block } from './blocks.mjs';

export interface SnippetFailure {
  file: string;
  line: number;
  block: number | null;
  message: string;
}
export function snippetsOf(root: string, files?: string[]): { checked: Block[]; skipped: Block[] };
export function checkSnippets(options: { root: string; files?: string[]; work?: string }): {
  checked: Block[];
  skipped: Block[];
  failures: SnippetFailure[];
  build: string;
};
