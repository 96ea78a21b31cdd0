// The fenced code blocks of the README and the guides, with the marker written just before each:
// `<!-- partial -->` / `<!-- embed: path -->` in Markdown, `{/* partial */}` / `{/* embed: path */}` in MDX
// (MDX rejects HTML comments).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const markdownMarker = /^<!--\s*(partial|embed:\s*(\S+))\s*-->$/;
const mdxMarker = /^\{\/\*\s*(partial|embed:\s*(\S+))\s*\*\/\}$/;
const fenceOpen = /^(`{3,}|~{3,})\s*([\w-]*)/;

/** The documentation files whose blocks are checked: README.md and every `.mdx` page under docs/. */
export function documentationFiles(root) {
  const pages = readdirSync(join(root, 'docs'), { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => join('docs', name));
  return ['README.md', ...pages];
}

/**
 * Every fenced block of one file: `{ file, lang, line, content, partial, embed, open, close }`, where `line` is
 * the 1-based line of the block's first content line and `open`/`close` the 0-based lines of its fences.
 */
export function readBlocks(root, file) {
  const text = readFileSync(join(root, file), 'utf8');
  const lines = text.split('\n');
  const marker = file.endsWith('.mdx') ? mdxMarker : markdownMarker;
  const blocks = [];
  for (let index = 0; index < lines.length; index++) {
    const opening = fenceOpen.exec(lines[index].trimStart());
    if (!opening) continue;
    const fence = opening[1];
    const indent = lines[index].length - lines[index].trimStart().length;
    let close = index + 1;
    while (close < lines.length && !(lines[close].trim().startsWith(fence) && lines[close].trim().replace(/[`~]/g, '') === '')) close++;
    let previous = index - 1;
    while (previous >= 0 && lines[previous].trim() === '') previous--;
    const found = previous >= 0 ? marker.exec(lines[previous].trim()) : null;
    blocks.push({
      file: relative(root, join(root, file)),
      lang: opening[2],
      line: index + 2,
      open: index,
      close,
      indent,
      content: lines
        .slice(index + 1, close)
        .map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)))
        .join('\n'),
      partial: found?.[1] === 'partial',
      embed: found?.[2] ?? null,
    });
    index = close;
  }
  return blocks;
}
