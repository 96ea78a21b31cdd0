#!/usr/bin/env bash
# React Router 7 consumer test, framework mode. Its scaffold downloads its template from GitHub, so
# template/ is written by hand from React Router's docs (react-router.config.ts, vite.config.ts, app/root.tsx,
# app/routes.ts), pinned, with its lockfile. The prompt is on the index route; the handler is the `action` of
# a resource route typed with Route.ActionArgs. The check: `react-router typegen` and a strict tsc
# (exactOptionalPropertyTypes); `react-router build` with no gateway variables set; `react-router-serve`
# over a loopback fake gateway; in Chromium, send, see the code boxes, type the code, reach "verified".
#
#   test/consumer/react-router/run.sh                   # needs the npm registry and Chromium
#   CONSUMER_KEEP=1 test/consumer/react-router/run.sh   # keeps the temporary app to look into
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
here="$root/test/consumer/react-router"
work="$(mktemp -d "${TMPDIR:-/tmp}/rtf-react-router.XXXXXX")"
app="$work/app"
label="react-router consumer"
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

key=react-router-consumer-key-81c2
unset_variables=(-u APIM_BASE_URL -u APIM_SUBSCRIPTION_KEY -u APP_ORIGIN)

strict_tsc() {
  (cd "$app" && grep -q '"exactOptionalPropertyTypes": true' tsconfig.json && ./node_modules/.bin/react-router typegen &&
    ./node_modules/.bin/tsc --noEmit -p tsconfig.json)
}

build() { (cd "$app" && env "${unset_variables[@]}" ./node_modules/.bin/react-router build); }

# serve PORT [VAR=VALUE...]: the built app on 127.0.0.1:PORT with these variables only.
serve() {
  local port="$1"
  shift
  (cd "$app" && exec env "${unset_variables[@]}" "$@" HOST=127.0.0.1 PORT="$port" NODE_ENV=production \
    ./node_modules/.bin/react-router-serve ./build/server/index.js) >"$work/serve-$port.log" 2>&1 &
  pids+=($!)
  wait_for_url "http://127.0.0.1:$port/" "$work/serve-$port.log"
}

start_servers() {
  start_gateway || return 1
  local port
  port="$(free_port)"
  origin="http://127.0.0.1:$port"
  serve "$port" APIM_BASE_URL="$gateway_url" APIM_SUBSCRIPTION_KEY="$key" APP_ORIGIN="$origin"
}

start_without_variables() {
  local port
  port="$(free_port)"
  bare_origin="http://127.0.0.1:$port"
  serve "$port"
}

server_html() {
  curl -fsS "$origin/" >"$work/page.html" || return 1
  grep -q 'data-status="idle"' "$work/page.html" && grep -q 'Send code' "$work/page.html" || {
    head -c 3000 "$work/page.html"
    return 1
  }
}

no_key_in_the_client() { ! grep -rl "$key" "$app/build/client" "$work/page.html"; }

echo "$label: in $work"
require 'the library packed' pack
require 'template/ copied out, npm ci, the tarball installed with --no-save' install_template "$here/template"
check 'react-router typegen, tsc --noEmit, strict with exactOptionalPropertyTypes (the action typed with Route.ActionArgs)' strict_tsc || true
require 'react-router build with no gateway variables set' build
require 'react-router-serve and the fake gateway on 127.0.0.1' start_servers
check 'server HTML of / holds the prompt (data-status="idle", "Send code")' server_html || true
check 'resource route: 401 without a session, 403 from another Origin' route_refusals "$origin" || true
check 'Chromium: send, the code boxes have a size, typing the code reaches "verified"' \
  node "$root/test/consumer/click-flow.mjs" "$origin" "$root" || true
check "the gateway got 2 requests, each with the session's PersonId and the key" gateway_saw_the_session "$key" 2 || true
check 'the key is nowhere in the built client files or the page' no_key_in_the_client || true
if check 'react-router-serve with no gateway variables set' start_without_variables; then
  check 'a send without the variables answers 500 and calls nobody' missing_variables "$bare_origin" || true
fi
summary
[ "$failed" -eq 0 ]
