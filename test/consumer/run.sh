#!/usr/bin/env bash
# Consumer test: builds the library, packs it, installs the tarball into a throw-away app made from
# app-template/ (outside the repository, so nothing resolves from the repo's node_modules), and shows
# that every entry type-checks, bundles with Vite, and runs in Node (server rendering included).
#
#   test/consumer/run.sh                   # from any directory; needs only the npm registry
#   CONSUMER_KEEP=1 test/consumer/run.sh   # keeps the temporary app to look into
#
# Prints one line per check and ends with `consumer: N passed, M failed`; exits non-zero on any failure.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
template="$root/test/consumer/app-template"
work="$(mktemp -d "${TMPDIR:-/tmp}/rtf-consumer.XXXXXX")"
app="$work/app"
if [ -n "${CONSUMER_KEEP:-}" ]; then
  trap 'echo "consumer: kept $work"' EXIT
else
  trap 'rm -rf "$work"' EXIT
fi
trap 'exit 130' INT TERM

label=consumer
# shellcheck source=checks.sh
source "$root/test/consumer/checks.sh"

# The versions the repository itself installs, from its lockfile (package.json as a fallback).
root_versions() {
  node --input-type=module - "$root" "$@" <<'EOF'
import { readFileSync } from 'node:fs';
const [root, ...names] = process.argv.slice(2);
const lock = JSON.parse(readFileSync(`${root}/package-lock.json`, 'utf8'));
const manifest = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
for (const name of names) {
  const version = lock.packages?.[`node_modules/${name}`]?.version ?? manifest.devDependencies?.[name] ?? manifest.peerDependencies?.[name];
  if (!version) throw new Error(`no version of ${name} in ${root}/package-lock.json`);
  console.log(`${name}@${version}`);
}
EOF
}

# The shipped locales, from the one list that also drives the build entries and the tests.
locales() { node -e 'for (const { name, export: exported } of require(process.argv[1])) console.log(name, exported)' "$root/src/locales/locales.json"; }

build() { (cd "$root" && npm run build); }

pack() { (cd "$root" && npm pack --silent --pack-destination "$work"); }

# Only dist/, the README and the manifest are published; every entry's JS and types are there.
tarball_contents() {
  local listing
  listing="$(tar -tzf "$work"/react-two-factor-*.tgz)"
  local unexpected
  unexpected="$(grep -Ev '^package/(dist/.+|README\.md|package\.json|LICENSE.*)$' <<<"$listing" || true)"
  [ -z "$unexpected" ] || {
    echo "unexpected files in the tarball:"
    echo "$unexpected"
    return 1
  }
  local file locale_files
  locale_files="$(locales | awk '{ print "locales/" $1 }')" || return 1
  for file in index core/index i18n/index server/index testing/index testing/msw/index testing/node/index $locale_files; do
    grep -qx "package/dist/$file.js" <<<"$listing" || { echo "missing dist/$file.js"; return 1; }
    grep -qx "package/dist/$file.d.ts" <<<"$listing" || { echo "missing dist/$file.d.ts"; return 1; }
  done
  grep -qx 'package/dist/styles.css' <<<"$listing" || { echo 'missing dist/styles.css'; return 1; }
}

install_app() {
  # Runs as a check, where `set -e` does not apply: every step returns on failure.
  cp -R "$template" "$app" || return 1
  rm -rf "$app/node_modules" "$app/dist" || return 1
  local list
  # The React side's libraries are optional peers: an app installs them beside the library, as the README says.
  list="$(root_versions react react-dom @tanstack/react-query react-hook-form typescript vite \
    @vitejs/plugin-react @types/react @types/react-dom @types/node)" || return 1
  local -a versions
  mapfile -t versions <<<"$list"
  echo "installing ${versions[*]}"
  (cd "$app" && npm install --no-audit --no-fund --prefer-offline "$work"/react-two-factor-*.tgz "${versions[@]}") || return 1
  write_locales_module
}

# src/locales.ts of the app: one import per listed locale, so that tsc checks each one's types;
# locales.txt for the Node check.
write_locales_module() {
  local imports="" members="" name exported
  while read -r name exported; do
    imports+="import { $exported } from 'react-two-factor/locales/$name';"$'\n'
    members+="  '$name': $exported,"$'\n'
  done < <(locales)
  {
    echo '// Written by test/consumer/run.sh from src/locales/locales.json.'
    echo "import type { TwoFactorCatalogue } from 'react-two-factor';"
    printf '%s' "$imports"
    echo
    echo 'export const catalogues = {'
    printf '%s' "$members"
    echo '} satisfies Record<string, TwoFactorCatalogue>;'
  } >"$app/src/locales.ts"
  locales >"$app/locales.txt"
}

installed="$app/node_modules/react-two-factor/dist"

use_client_in_prompt() {
  local first
  first="$(head -n 1 "$installed/react/prompt/TwoFactorPrompt.js")"
  echo "first line: $first"
  [[ "$first" =~ ^[\"\']use\ client[\"\']\;?$ ]]
}

core_is_server_safe() {
  local bad=0 file
  for file in "$installed"/core/*.js "$installed"/core/*/*.js "$installed"/server/*.js; do
    if grep -Eq "^[\"']use client[\"']" "$file"; then
      echo "'use client' in ${file#"$installed"/}"
      bad=1
    fi
    if grep -Eq "(from|import|require\()\s*[\"'](react|react-dom)([\"'/])" "$file"; then
      echo "React import in ${file#"$installed"/}"
      bad=1
    fi
  done
  return "$bad"
}

typecheck() { (cd "$app" && ./node_modules/.bin/tsc --noEmit -p tsconfig.json); }

vite_build() { (cd "$app" && ./node_modules/.bin/vite build); }

# The stylesheet imported as `react-two-factor/styles.css` ends up in the app's CSS.
styles_bundled() { cat "$app"/dist/assets/*.css | grep -q 'rtf-prompt'; }

core_in_node() { (cd "$app" && node core-without-react.mjs); }

ssr() { (cd "$app" && node ssr.mjs "$@" >"$work/ssr.html"); }

html_has() {
  grep -qF -- "$1" "$work/ssr.html" || {
    head -c 2000 "$work/ssr.html"
    return 1
  }
}

echo "consumer: building and packing $root in $work"
require 'npm run build' build
require 'npm pack' pack
check 'tarball holds dist/ (JS + types of every entry, styles.css), README and package.json only' tarball_contents || true
require 'npm install of the tarball, react, react-dom, @tanstack/react-query, react-hook-form, typescript, vite, @vitejs/plugin-react' install_app
check 'dist/react/prompt/TwoFactorPrompt.js starts with "use client"' use_client_in_prompt || true
check 'dist/core/**/*.js and dist/server/*.js: no "use client", no import of react' core_is_server_safe || true
check 'tsc --noEmit: every entry type-checks, @ts-expect-error lines prove the types are not any' typecheck || true
check 'vite build of the app' vite_build && check 'styles.css is in the built CSS' styles_bundled || true
check 'Node: react-two-factor/core, /testing and /locales/* load with React, MSW and node:* unresolvable and send a code' core_in_node || true
if check 'Node: renderToString(<TwoFactorProvider><TwoFactorPrompt personId="42" /></TwoFactorProvider>)' ssr; then
  check 'server HTML has data-status="idle"' html_has 'data-status="idle"' || true
  check 'server HTML has "Send code"' html_has 'Send code' || true
fi
if check 'Node: renderToString of the prompt with messages={JSON.parse(JSON.stringify(fr))}, as a server component passes it' ssr fr; then
  check 'server HTML has "Envoyer le code"' html_has 'Envoyer le code' || true
fi

summary
[ "$failed" -eq 0 ]
