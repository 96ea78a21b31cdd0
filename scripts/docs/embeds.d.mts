import type { Block } from './blocks.mjs';

export interface StaleEmbed {
  file: string;
  line: number;
  path: string;
  reason: string;
}
export function syncEmbeds(options: { root: string; files?: string[]; write?: boolean }): { embeds: Block[]; stale: StaleEmbed[] };
