// Size experiments: each one edits a copy of src/ (never the tree itself), bundles the size rows from
// that copy, and prints what the edit saves against the unedited copy, row by row. An experiment whose
// text is no longer in the source says so instead of measuring something else.
//
//   node bench/size/experiment.mjs              # every experiment
//   node bench/size/experiment.mjs reader-without-zod catalogue-code-texts
//
// Some experiments drop behaviour on purpose, as upper bounds of what a cut could save; their
// descriptions say so. Nothing here changes the library. The two cuts that kept behaviour (the reader's
// and the request checks' plain checks inside their zod schemas) are in the library since issue 16;
// bench/README.md records what they saved.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reactQuery, root } from './esbuild-options.mjs';
import { measure } from './measure.mjs';
import { rows } from './rows.mjs';

export const experiments = [
  {
    name: 'reader-without-zod',
    description:
      "upper bound: the reader's schema replaced by a pass-through (no member checked). What a hand-written reader could save at most, before the cost of its own checks",
    edits: [
      {
        file: 'core/http/readSendCodeAnswer.ts',
        from: 'return answerSchema.safeParse(lowerCaseAnswer(value));',
        to: 'return { success: true, data: lowerCaseAnswer(value) as Answer };',
      },
      {
        file: 'core/http/readSendCodeAnswer.ts',
        from: /\nconst failureSchema = object\(\{[\s\S]*?\nconst answerSchema = object\(\{[\s\S]*?\n\}\);\n/,
        to: '\ndeclare const answerSchema: ZodMiniType;\n',
      },
    ],
  },
  {
    name: 'catalogue-code-texts',
    description: "upper bound: the code step's texts taken out of the English catalogue (the prompt alone never shows them)",
    edits: [
      {
        file: 'i18n/en.ts',
        from: /\n {2}codeTitle:[\s\S]*?useAnotherMethod: '[^']*',/,
        to: '',
      },
    ],
  },
  {
    name: 'no-private-query-client',
    description:
      'upper bound: TwoFactorProvider without its private QueryClient (a host would then have to bring its own; the floor has one)',
    edits: [
      {
        file: 'react/provider/TwoFactorProvider.tsx',
        from: 'const [privateClient] = useState(() => new QueryClient());',
        to: 'const privateClient = queryClient as QueryClient;',
      },
    ],
  },
  {
    name: 'adapter-without-verify',
    description: 'upper bound: createHttpAdapter without its verify operation (the quick start never verifies but bundles it)',
    edits: [
      {
        file: 'core/http/createHttpAdapter.ts',
        from: /\n {2}if \(verifyPath !== undefined\) \{\n {4}const verifyUrl[\s\S]*?\n {2}\}\n/,
        to: '\n',
      },
    ],
  },
  {
    name: 'adapter-without-request-check',
    description:
      "upper bound: the adapter's check of the request before sending (trim, non-empty ids, language tag, medium) left out; the prompt's form checks medium and language a second time",
    edits: [
      {
        file: 'core/http/createHttpAdapter.ts',
        from: "toWireRequest(parseRequest(sendCodeRequestSchema, request, 'SendCodeRequest'))",
        to: 'toWireRequest(request)',
      },
      {
        file: 'core/http/createHttpAdapter.ts',
        from: "toVerifyBody(parseRequest(verifyCodeRequestSchema, request, 'VerifyCodeRequest'))",
        to: 'toVerifyBody(request)',
      },
    ],
  },
  {
    name: 'provider-without-http',
    description:
      "what the provider's `http` path weighs: TwoFactorProvider without createHttpAdapter. A portal that passes its own `adapter` (another backend, not createHttpAdapter) pays this for nothing, since a prop cannot be tree-shaken; the quick start itself passes `http`, so its figure here is the whole HTTP adapter and reader",
    edits: [
      {
        file: 'react/provider/TwoFactorProvider.tsx',
        from: 'createHttpAdapter(JSON.parse(key) as SerializableHttpAdapterOptions)',
        to: '(JSON.parse(key) as TwoFactorAdapter)',
      },
      {
        file: 'react/provider/TwoFactorProvider.tsx',
        from: "import { createHttpAdapter } from '../../core/http/createHttpAdapter.js';\n",
        to: '',
      },
    ],
  },
  {
    name: 'no-developer-messages',
    description: 'upper bound: every developer-facing message (option TypeErrors, console reports) emptied',
    edits: [
      { file: 'core/http/createHttpAdapter.ts', from: /fail\(`[^`]*`\)|fail\('[^']*'\)/g, to: "fail('')" },
      ...['react/prompt/usePromptChoices.ts', 'react/prompt/resolveLanguages.ts'].map((file) => ({
        file,
        from: /reportDeveloperError\(`[^`]*`\)|reportDeveloperError\('[^']*'\)/g,
        to: "reportDeveloperError('')",
      })),
    ],
  },
  {
    name: 'reader-without-problem-details',
    description:
      "upper bound: the reader without ASP.NET's ValidationProblemDetails (a model-binding 400's `errors` would no longer reach their fields)",
    edits: [
      {
        file: 'core/http/readSendCodeAnswer.ts',
        from: /function readProblem\(body: Record<string, unknown>\): Problem \| undefined \{[\s\S]*?\n\}\n/,
        to: 'function readProblem(_body: Record<string, unknown>): Problem | undefined {\n  return undefined;\n}\n',
      },
    ],
  },
  {
    name: 'retry-after-seconds-only',
    description:
      'upper bound: `Retry-After` read as delta-seconds only (no HTTP-date, no wait read from the gateway\'s message: a quota\'s "replenished in 22.14:18:12" would show no time)',
    edits: [
      {
        file: 'core/http/parseRetryAfter.ts',
        from: /\nexport function parseRetryAfter\([\s\S]*$/,
        to: "\nexport function parseRetryAfter(header: string | null | undefined, _message: string | undefined, _now: number): number | undefined {\n  const value = header?.trim() ?? '';\n  return /^\\d+$/.test(value) ? clampWaitSeconds(Number(value)) : undefined;\n}\n",
      },
    ],
  },
  {
    name: 'no-status-names',
    description: 'upper bound: .NET\'s HttpStatusCode names (`"TooManyRequests"`) no longer read as statuses in a body',
    edits: [
      {
        file: 'core/http/readSendCodeAnswer.ts',
        from: 'return httpStatusOfName(name);',
        to: 'return undefined;',
      },
      {
        file: 'core/http/readSendCodeAnswer.ts',
        from: "import { httpStatusOfName } from './httpStatusOfName.js';\n",
        to: '',
      },
    ],
  },
  {
    name: 'combined',
    description: "catalogue-code-texts and adapter-without-verify together: splitting out the code step's texts and the verify operation",
    combines: ['catalogue-code-texts', 'adapter-without-verify'],
  },
  {
    name: 'every-upper-bound',
    description:
      'every behaviour-dropping experiment above at once except the private QueryClient (whose bytes a host would download anyway) and provider-without-http (the quick start passes http): how far own code can fall without dropping zod',
    combines: [
      'reader-without-zod',
      'catalogue-code-texts',
      'adapter-without-request-check',
      'adapter-without-verify',
      'no-developer-messages',
      'reader-without-problem-details',
      'retry-after-seconds-only',
      'no-status-names',
    ],
  },
];

const signed = (bytes) => `${bytes > 0 ? '+' : bytes < 0 ? '−' : '±'}${(Math.abs(bytes) / 1000).toFixed(2)}`;

function apply(source, edits) {
  for (const { file, from, to } of edits) {
    const path = join(source, 'src', file);
    if (!existsSync(path)) return `src/${file} no longer exists`;
    const text = readFileSync(path, 'utf8');
    const found = typeof from === 'string' ? text.includes(from) : from.test(text);
    if (!found) return `src/${file} no longer holds ${String(from).slice(0, 70)}…`;
    if (from instanceof RegExp) from.lastIndex = 0;
    writeFileSync(path, typeof from === 'string' ? text.replace(from, to) : text.replace(from, to));
  }
  return undefined;
}

const measuredRows = rows.filter((row) => row.kind === 'library' && !row.needs);

async function sizes(source) {
  const result = {};
  for (const row of measuredRows) {
    const all = await measure(row.entry, { source });
    const withoutReactQuery = await measure(row.entry, { source, without: reactQuery });
    result[row.id] = { all: all.gzip, withoutReactQuery: withoutReactQuery.gzip };
  }
  return result;
}

function copy() {
  const directory = mkdtempSync(join(tmpdir(), 'rtf-size-'));
  cpSync(join(root, 'src'), join(directory, 'src'), { recursive: true });
  // As the package declares for dist/: no module of the library has side effects (CSS aside).
  writeFileSync(join(directory, 'package.json'), JSON.stringify({ type: 'module', sideEffects: false }));
  return directory;
}

const argv = process.argv.slice(2);
// `--apply DIR name…`: applies the named experiments to DIR/src instead of measuring (to run the tests on them).
const applyTo = argv[0] === '--apply' ? argv[1] : undefined;
const chosen = applyTo ? argv.slice(2) : argv;
const selected = chosen.length > 0 ? experiments.filter((experiment) => chosen.includes(experiment.name)) : experiments;
const editsOf = (experiment) =>
  experiment.combines
    ? // In the order listed: an experiment that deletes a block goes after one that edits inside it.
      experiment.combines.flatMap((name) => experiments.find((candidate) => candidate.name === name).edits)
    : experiment.edits;
if (applyTo) {
  for (const experiment of selected) {
    const problem = apply(applyTo, editsOf(experiment));
    console.log(`${experiment.name}: ${problem ?? 'applied'}`);
  }
  process.exit(0);
}
const baseline = copy();
const base = await sizes(baseline);
rmSync(baseline, { recursive: true });

const header = ['experiment', ...measuredRows.map((row) => row.label)];
const lines = [
  [
    '(from source, as built)',
    ...measuredRows.map((row) => `${(base[row.id].all / 1000).toFixed(2)} kB (${(base[row.id].withoutReactQuery / 1000).toFixed(2)})`),
  ],
];
const notes = [];
for (const experiment of selected) {
  const source = copy();
  const problem = apply(source, editsOf(experiment));
  if (problem) {
    lines.push([experiment.name, ...measuredRows.map(() => 'n/a')]);
    notes.push(`- ${experiment.name}: not measured, ${problem}`);
  } else {
    const after = await sizes(source);
    lines.push([
      experiment.name,
      ...measuredRows.map((row) => {
        const saved = base[row.id].all - after[row.id].all;
        const savedWithout = base[row.id].withoutReactQuery - after[row.id].withoutReactQuery;
        return `${signed(-saved)} (${signed(-savedWithout)})`;
      }),
    ]);
    notes.push(`- ${experiment.name}: ${experiment.description}`);
  }
  rmSync(source, { recursive: true });
}
const widths = header.map((_, column) => Math.max(...[header, ...lines].map((cells) => cells[column].length)));
const line = (cells) =>
  `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
console.log('gzip kB saved by each experiment, all dependencies (in brackets: without react-query)\n');
console.log(line(header));
console.log(`| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`);
for (const cells of lines) console.log(line(cells));
console.log();
console.log(notes.join('\n'));
