// The size tables of bench/README.md, every row in one run: the library's rows (what a portal imports,
// every dependency counted), the floor of the fixed stack, and the alternatives (bench/size/rows.mjs).
//
//   node bench/size/table.mjs                # builds the library first (npm run build at the root)
//   node bench/size/table.mjs --skip-build   # uses the dist/ already there
//   node bench/size/table.mjs --limits       # also writes the measured figures as the CI limits
//                                            # where a target is not met (bench/size/limits.json)
//
// Needs `npm ci` at the root, and the bench install for the alternatives (see bench/README.md);
// a row whose package is not installed is listed as skipped.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { entries, figuresFile, reactQuery, root } from './esbuild-options.mjs';
import { available, measure, ownCode } from './measure.mjs';
import { rows } from './rows.mjs';

const args = new Set(process.argv.slice(2));
const allDependencies = [...reactQuery, 'react-hook-form', '@hookform/resolvers', 'zod'];

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (!args.has('--skip-build')) {
  process.stderr.write('building the library (npm run build)…\n');
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) fail(`npm run build failed:\n${built.stdout}${built.stderr}`);
}

const kB = (bytes) => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(2)} MB` : `${(bytes / 1000).toFixed(2)} kB`);
const times = (value) => `${value >= 10 ? value.toFixed(0) : value.toFixed(2)}×`;
/** size-limit's syntax ('30 kB') to bytes. */
const bytesOf = (limit) => Math.round(Number.parseFloat(limit) * 1000);

// Aligned like the formatter leaves markdown tables: first column left, the others right.
function markdown(header, lines) {
  const widths = header.map((_, column) => Math.max(3, ...[header, ...lines].map((cells) => cells[column].length)));
  const line = (cells) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  return [line(header), rule, ...lines.map(line)].join('\n');
}

/** The import lines of an entry file: what the row's label stands for. */
const importsOf = (entry) =>
  readFileSync(join(entries, entry), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('export '))
    .map((line) => line.replace(/^export /, 'import ').replace(/;$/, ''));

const measured = [];
const skipped = [];
for (const row of rows) {
  if (!available(row)) {
    skipped.push(row);
    continue;
  }
  try {
    const all = await measure(row.entry);
    const usesReactQuery = all.packages.has('@tanstack/react-query');
    const withoutReactQuery = usesReactQuery ? await measure(row.entry, { without: reactQuery }) : all;
    // What each package costs the row: the gzip bytes the row loses when that package is left out.
    const marginal = new Map();
    if (row.kind !== 'alternative') {
      for (const name of all.packages.keys()) {
        if (name === ownCode) continue;
        const without =
          name === '@tanstack/query-core'
            ? null
            : await measure(row.entry, { without: name === '@tanstack/react-query' ? reactQuery : [name] });
        if (without) marginal.set(name, all.gzip - without.gzip);
      }
    }
    measured.push({ ...row, all, withoutReactQuery, usesReactQuery, marginal });
  } catch (error) {
    fail(`${row.label} (bench/size/entries/${row.entry}) does not bundle: ${error.message}`);
  }
}

const byId = (id) => measured.find((row) => row.id === id);
const amplify = byId('amplify');
const floor = byId('floor');

const main = measured.map((row) => [
  row.label,
  kB(row.all.gzip),
  row.usesReactQuery ? kB(row.withoutReactQuery.gzip) : '',
  kB(row.all.minified),
  amplify && row !== amplify ? times(amplify.all.gzip / row.all.gzip) : '',
  floor && row !== floor ? times(row.all.gzip / floor.all.gzip) : '',
  floor && row.kind === 'library' && row !== floor ? kB(row.all.gzip - floor.all.gzip) : '',
  row.target ? `${row.target}${row.all.gzip > bytesOf(row.target) ? ' **not met**' : ''}` : '',
]);
console.log(
  markdown(
    [
      'row (minified + gzip -9, react and react-dom left out)',
      'gzip',
      'gzip without react-query',
      'minified',
      'Amplify ÷ row',
      'row ÷ floor',
      'above floor',
      'target',
    ],
    main,
  ),
);
console.log();
for (const row of measured) console.log(`- ${row.label}: \`${importsOf(row.entry).join('; ')}\``);
for (const row of skipped) console.log(`- ${row.label}: skipped (${row.needs} does not exist)`);

// What each row is made of: minified bytes per package (esbuild metafile), and for the library's rows
// and the floor the gzip bytes the row loses when that package is left out (they do not add up exactly:
// gzip compresses across packages).
const composed = measured.filter((row) => row.kind !== 'alternative');
const packages = [...new Set(composed.flatMap((row) => [...row.all.packages.keys()]))].sort((a, b) =>
  a === ownCode ? -1 : b === ownCode ? 1 : a.localeCompare(b),
);
console.log();
console.log(
  markdown(
    ['package: minified kB / gzip kB saved when left out', ...composed.map((row) => row.label)],
    [
      ...packages.map((name) => [
        name === ownCode
          ? `${ownCode} (own code)`
          : name === '@tanstack/query-core'
            ? '@tanstack/query-core (saved with react-query)'
            : name,
        ...composed.map((row) => {
          const bytes = row.all.packages.get(name);
          if (bytes === undefined) return '';
          const saved = row.marginal.get(name);
          return `${(bytes / 1000).toFixed(2)}${saved === undefined ? '' : ` / ${(saved / 1000).toFixed(2)}`}`;
        }),
      ]),
      ['**bundle**', ...composed.map((row) => `**${(row.all.minified / 1000).toFixed(2)} / ${(row.all.gzip / 1000).toFixed(2)}**`)],
    ],
  ),
);

// The library's own code in the quick start and the full flow, by what it does and the issue that asks
// for it: minified bytes (metafile), and each part's share of the own code's gzip size alone (every
// dependency left out), in proportion to its minified bytes. A module no part claims is listed as "other".
const parts = [
  [
    'HTTP exchange (issue 11): fetch, timeout, abort, manual redirects, capped body; option and request checks',
    /core\/(http\/(fetchAnswer|createHttpAdapter|checkTimeoutMs|checkMaxBodyBytes|untilAborted|checkBaseUrl)|contract\/(Medium|isLanguageTag|\w*Schema)|errors\/parseRequest)\./,
  ],
  [
    'answer reader (issue 11): the contract in any case, Retry-After, HttpStatusCode names, MaybeSent',
    /core\/(http\/(readSendCodeAnswer|parseRetryAfter|httpStatusOfName)|contract\/TwoFactorField|errors\/clampWaitSeconds)\./,
  ],
  ['page-wide engine (issue 12): single flight, cooldown, verify lock', /core\/engine\//],
  ['error class and developer reports (brief)', /core\/errors\/(TwoFactorError|reportDeveloperError)\./],
  [
    'send and verify hook bindings (issue 12): the engine through useSyncExternalStore',
    /react\/(send\/|verify\/|shared\/(useTwoFactorMutation|twoFactorMutationOptions|usePersonSnapshot|useCooldownRemaining\w*|UseCooldownRemainingOptions)\.)/,
  ],
  ['English catalogue (brief, issue 14)', /i18n\/en\.|locales\//],
  [
    'localisation (issue 14): overrides checked key by key, plurals, serverErrors by ErrorCode, locale',
    /i18n\/|react\/(provider\/(useTwoFactorLocale|LocaleContext))\./,
  ],
  ['visual layer (issue 15): text isolated per direction, cooldown announcement', /react\/shared\/(ServerText|CooldownAnnouncer)\./],
  ['prompt (brief): markup, choices, errors, summary links, focus, status, language names', /react\/(prompt\/|shared\/)/],
  ['code step and flow (issues 12, 15)', /react\/(code-step|flow)\/|core\/contract\/normalizeCode\./],
  ['provider (brief, issue 13: `http` from a server component)', /react\/provider\//],
];
const byPart = [];
for (const row of [byId('quick-start'), byId('full-flow')].filter(Boolean)) {
  const alone = await measure(row.entry, { without: allDependencies });
  const ownBytes = [...alone.modules.values()].reduce((sum, bytes) => sum + bytes, 0);
  const sums = new Map();
  for (const [file, bytes] of alone.modules) {
    const part = parts.find(([, pattern]) => pattern.test(file))?.[0] ?? `other: ${file}`;
    sums.set(part, (sums.get(part) ?? 0) + bytes);
  }
  byPart.push({ row, alone, ownBytes, sums });
}
if (byPart.length > 0) {
  const found = new Set(byPart.flatMap(({ sums }) => [...sums.keys()]));
  const names = [
    ...parts.map(([name]) => name).filter((name) => found.has(name)),
    ...[...found].filter((name) => name.startsWith('other')),
  ];
  console.log();
  console.log(
    markdown(
      ['own code by part: minified kB / share of own gzip kB', ...byPart.map(({ row }) => row.label)],
      [
        ...names.map((name) => [
          name,
          ...byPart.map(({ alone, ownBytes, sums }) => {
            const bytes = sums.get(name);
            return bytes === undefined ? '' : `${(bytes / 1000).toFixed(2)} / ${((alone.gzip * bytes) / ownBytes / 1000).toFixed(2)}`;
          }),
        ]),
        [
          '**own code alone** (every dependency left out)',
          ...byPart.map(({ alone, ownBytes }) => `**${(ownBytes / 1000).toFixed(2)} / ${(alone.gzip / 1000).toFixed(2)}**`),
        ],
      ],
    ),
  );

  // What the kilobytes above the floor buy: the row's gzip size minus the floor's, split into the own
  // code's parts (their shares above), what each dependency costs the row beyond what it costs the floor
  // (the gzip bytes saved when it is left out, row minus floor), and what is left: gzip compressing the
  // parts together, which no part owns.
  if (floor) {
    const dependencyParts = [
      ['zod', "zod beyond the floor's zod/mini object, enum and string (issue 11: the reader's and the request checks' schemas)"],
      ['react-hook-form', "react-hook-form against the floor's useForm (the prompt's one createFormControl)"],
      ['@hookform/resolvers', "@hookform/resolvers against the floor's (its zodResolver; the prompt checks its two choices without it)"],
      ['@tanstack/react-query', "react-query against the floor's (QueryClient, QueryClientProvider, useMutation in both)"],
    ];
    const above = byPart.map(({ row, alone, ownBytes, sums }) => {
      const cells = new Map([...sums].map(([name, bytes]) => [name, (alone.gzip * bytes) / ownBytes]));
      for (const [name, label] of dependencyParts) {
        cells.set(label, (row.marginal.get(name) ?? 0) - (floor.marginal.get(name) ?? 0));
      }
      const total = row.all.gzip - floor.all.gzip;
      const claimed = [...cells.values()].reduce((sum, bytes) => sum + bytes, 0);
      cells.set('gzip across the parts (compressed together, owned by none)', total - claimed);
      return { cells, total };
    });
    const labels = [...names, ...dependencyParts.map(([, label]) => label), 'gzip across the parts (compressed together, owned by none)'];
    const signedKB = (bytes) => `${bytes < 0 ? '−' : ''}${(Math.abs(bytes) / 1000).toFixed(2)}`;
    console.log();
    console.log(
      markdown(
        ['what each kilobyte above the floor buys: gzip kB (what it serves)', ...byPart.map(({ row }) => row.label)],
        [
          ...labels.map((label) => [label, ...above.map(({ cells }) => (cells.has(label) ? signedKB(cells.get(label)) : ''))]),
          ['**row minus floor**', ...above.map(({ total }) => `**${signedKB(total)}**`)],
        ],
      ),
    );
  }
}

const alternatives = measured.filter((row) => row.kind === 'alternative');
if (alternatives.length > 0) {
  console.log();
  console.log(
    markdown(
      ['alternative: its largest packages (minified)', 'packages'],
      alternatives.map((row) => [
        row.label,
        [...row.all.packages]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 6)
          .map(([name, bytes]) => `${name} ${kB(bytes)}`)
          .join(', '),
      ]),
    ),
  );
}

if (args.has('--json')) {
  // The figures the root README quotes, for bench/figures.mjs.
  const figures = Object.fromEntries(
    measured.map((row) => [row.id, { gzip: row.all.gzip, withoutReactQuery: row.withoutReactQuery.gzip }]),
  );
  mkdirSync(dirname(figuresFile), { recursive: true });
  writeFileSync(figuresFile, JSON.stringify(figures));
}

if (args.has('--limits')) {
  // The CI limit of a row is its target when met, else the measured figure (rounded up to 0.1 kB).
  const limits = {};
  for (const row of measured.filter((candidate) => candidate.kind === 'library')) {
    const measuredLimit = `${(Math.ceil(row.all.gzip / 100) / 10).toFixed(1)} kB`;
    limits[row.id] = row.target && row.all.gzip <= bytesOf(row.target) ? row.target : measuredLimit;
  }
  writeFileSync(join(root, 'bench', 'size', 'limits.json'), `${JSON.stringify(limits, null, 2)}\n`);
  console.log(`\nCI limits written to bench/size/limits.json: ${JSON.stringify(limits)}`);
}
