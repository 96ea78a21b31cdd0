export interface Block {
  file: string;
  lang: string;
  line: number;
  open: number;
  close: number;
  indent: number;
  content: string;
  partial: boolean;
  embed: string | null;
}
export function documentationFiles(root: string): string[];
export function readBlocks(root: string, file: string): Block[];
