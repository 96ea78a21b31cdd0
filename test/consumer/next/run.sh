#!/usr/bin/env bash
# Next.js consumer test. template/ is an app made by create-next-app 16.4.3 with its defaults (App Router,
# TypeScript, Tailwind v4 through @tailwindcss/turbopack, cacheComponents), pinned, with its lockfile; ESLint
# and next/font/google (which downloads fonts at build time) taken out, `exactOptionalPropertyTypes` added
# to its tsconfig. Its route handler and page are the recipes of docs/frameworks.mdx. The check: `next
# build` with no gateway variables set; a strict tsc; `next start` over a loopback fake gateway; in
# Chromium, send, see the code boxes, type the code, reach the verified state; the key stays on the server.
#
#   test/consumer/next/run.sh                   # needs the npm registry and Chromium
#   CONSUMER_KEEP=1 test/consumer/next/run.sh   # keeps the temporary app to look into
#
# Everything it writes (app, npm cache, Next's caches) stays in one temporary directory, removed at the end.
# Prints one line per check and `next consumer: N passed, M failed`.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
here="$root/test/consumer/next"
work="$(mktemp -d "${TMPDIR:-/tmp}/rtf-next.XXXXXX")"
app="$work/app"
label="next consumer"
# shellcheck source=../checks.sh
source "$root/test/consumer/checks.sh"
# shellcheck source=../apps.sh
source "$root/test/consumer/apps.sh"
cleanup() {
  stop_servers
  if [ -n "${CONSUMER_KEEP:-}" ]; then echo "$label: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

key=next-consumer-key-3e1f

# Without APIM_BASE_URL, APIM_SUBSCRIPTION_KEY and APP_ORIGIN, as when secrets come only at run time.
next_build() { (cd "$app" && env -u APIM_BASE_URL -u APIM_SUBSCRIPTION_KEY -u APP_ORIGIN ./node_modules/.bin/next build); }

# The template's tsconfig: strict, exactOptionalPropertyTypes; after the build, which writes next-env.d.ts
# and the route types (LayoutProps).
strict_tsc() { (cd "$app" && grep -q '"exactOptionalPropertyTypes": true' tsconfig.json && ./node_modules/.bin/tsc --noEmit -p tsconfig.json); }

# next_start PORT [VAR=VALUE...]: the built app on 127.0.0.1:PORT with these variables only.
next_start() {
  local port="$1"
  shift
  (cd "$app" && exec env -u APIM_BASE_URL -u APIM_SUBSCRIPTION_KEY -u APP_ORIGIN "$@" ./node_modules/.bin/next start -H 127.0.0.1 -p "$port") \
    >"$work/next-$port.log" 2>&1 &
  pids+=($!)
  wait_for_url "http://127.0.0.1:$port/" "$work/next-$port.log"
}

start_servers() {
  start_gateway || return 1
  local port
  port="$(free_port)"
  origin="http://127.0.0.1:$port"
  next_start "$port" APIM_BASE_URL="$gateway_url" APIM_SUBSCRIPTION_KEY="$key" APP_ORIGIN="$origin"
}

start_without_variables() {
  local port
  port="$(free_port)"
  bare_origin="http://127.0.0.1:$port"
  next_start "$port"
}

server_html() {
  curl -fsS "$origin/" >"$work/page.html" || return 1
  grep -q 'data-status="idle"' "$work/page.html" && grep -q 'Send code' "$work/page.html" || {
    head -c 3000 "$work/page.html"
    return 1
  }
}

built_css() { find "$app/.next/static" -name '*.css' -exec cat {} +; }
tailwind_in_css() { built_css | grep -q 'hidden=until-found' && built_css | grep -q 'rtf-code-slots'; }

no_key_in_the_client() { ! grep -rl "$key" "$app/.next/static" "$work/page.html"; }

echo "$label: in $work"
require 'the library packed' pack
require 'template/ copied out, npm ci, the tarball installed with --no-save' install_template "$here/template"
require 'next build with no gateway variables set' next_build
check 'the built CSS holds Tailwind'\''s preflight ([hidden]) and styles.css' tailwind_in_css || true
check 'tsc --noEmit, strict with exactOptionalPropertyTypes' strict_tsc || true
require 'next start and the fake gateway on 127.0.0.1' start_servers
check 'server HTML of / holds the prompt (data-status="idle", "Send code")' server_html || true
check 'route handler: 401 without a session, 403 from another Origin' route_refusals "$origin" || true
check 'Chromium: send, the code boxes have a size, typing the code reaches "verified"; /wrapper sends with adapter={…}' \
  node "$root/test/consumer/click-flow.mjs" "$origin" "$root" --wrapper || true
check "the gateway got 3 requests, each with the session's PersonId and the key" gateway_saw_the_session "$key" 3 || true
check 'the key is nowhere in the built client files or the page' no_key_in_the_client || true
if check 'next start with no gateway variables set' start_without_variables; then
  check 'a send without the variables answers 500 and calls nobody' missing_variables "$bare_origin" || true
fi
summary
[ "$failed" -eq 0 ]
