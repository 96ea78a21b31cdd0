// The API reference in docs/reference is generated from the JSDoc of the public entries by TypeDoc and its
// Markdown plugin (typedoc.json); never edited by hand.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const referenceFolder = 'docs/reference';

/** Writes the reference into `out` (repository-relative or absolute). */
export function generateReference(root, out = referenceFolder) {
  const typedoc = join(root, 'node_modules/typedoc/bin/typedoc');
  rmSync(join(root, out), { recursive: true, force: true });
  execFileSync(process.execPath, [typedoc, '--out', out], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
}

function filesUnder(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((name) => statSync(join(folder, name)).isFile())
    .sort();
}

/** Regenerates into a temporary folder and returns the files of docs/reference that differ, are missing or are extra. */
export function staleReference(root) {
  const temporary = mkdtempSync(join(tmpdir(), 'rtf-reference-'));
  try {
    generateReference(root, temporary);
    const wanted = filesUnder(temporary);
    const committed = filesUnder(join(root, referenceFolder));
    const stale = [];
    for (const name of wanted) {
      if (!committed.includes(name)) stale.push(`${name}: missing`);
      else if (readFileSync(join(temporary, name), 'utf8') !== readFileSync(join(root, referenceFolder, name), 'utf8'))
        stale.push(`${name}: differs`);
    }
    for (const name of committed) if (!wanted.includes(name)) stale.push(`${name}: no longer generated`);
    return stale;
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}
