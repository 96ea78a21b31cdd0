#!/usr/bin/env bash
# Next.js consumer test: the packed tarball in an app made from create-next-app's default template
# (App Router, TypeScript; without Tailwind and ESLint, which only cost install time), `next` then set
# to the latest version that runs on Node 20, the generated next.config kept as it is. A server
# component renders <TwoFactorProvider http={…}><TwoFactorPrompt/></TwoFactorProvider>, a route handler
# is createTwoFactorHandler over a loopback fake gateway; `next build` must pass, the server HTML must
# hold the prompt, and a click in Chromium must show the hint.
#
#   test/consumer/next/run.sh                   # needs the npm registry and Chromium
#   CONSUMER_KEEP=1 test/consumer/next/run.sh   # keeps the temporary app to look into
#
# Everything it writes (app, npm cache, create-next-app's preferences, Next's caches) stays in one
# temporary directory, removed at the end. Prints one line per check and `next consumer: N passed, M failed`.
set -euo pipefail

# Pinned, so that CI is reproducible: create-next-app 16.4.3 (the latest) pins next 16.4.3; next 16.4.6
# is the latest release and its engines say node >=20.9.0. Check with `npm view next versions` and
# `npm view next@<version> engines` before raising.
create_next_app_version=16.4.3
next_version=16.4.6

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
here="$root/test/consumer/next"
work="$(mktemp -d "${TMPDIR:-/tmp}/rtf-next.XXXXXX")"
app="$work/app"
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -n "${CONSUMER_KEEP:-}" ]; then echo "next consumer: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export NEXT_TELEMETRY_DISABLED=1 npm_config_cache="$work/npm-cache" XDG_CONFIG_HOME="$work/config" npm_config_update_notifier=false

label="next consumer"
# shellcheck source=../checks.sh
source "$root/test/consumer/checks.sh"

root_version() { node -e "const l=require('$root/package-lock.json');console.log(l.packages['node_modules/$1'].version)"; }

pack() { (cd "$root" && npm run build && npm pack --silent --pack-destination "$work"); }

create_app() {
  (cd "$work" && npx --yes "create-next-app@$create_next_app_version" app --yes --ts --app --no-tailwind --no-eslint \
    --no-src-dir --no-react-compiler --import-alias '@/*' --use-npm --skip-install --disable-git --no-agents-md --no-agent-feedback) || return 1
  echo "generated next.config.ts:"
  cat "$app/next.config.ts"
  rm -f "$app/app/page.module.css"
  cp -R "$here/app/." "$app/app/"
}

install_app() {
  local query form resolvers
  query="$(root_version @tanstack/react-query)" || return 1
  form="$(root_version react-hook-form)" || return 1
  resolvers="$(root_version @hookform/resolvers)" || return 1
  # The React side's libraries are optional peers of the library: the app installs them, as the README says.
  (cd "$app" && npm install --no-audit --no-fund "next@$next_version" "@tanstack/react-query@$query" "react-hook-form@$form" \
    "@hookform/resolvers@$resolvers" "$work"/react-two-factor-*.tgz) || return 1
  (cd "$app" && npm install --no-audit --no-fund) || return 1
  node -e "const p=require('$app/node_modules/next/package.json');if(p.version!=='$next_version')throw new Error('next '+p.version);console.log('next',p.version)"
}

next_build() { (cd "$app" && ./node_modules/.bin/next build); }

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

start_servers() {
  : >"$work/gateway.log"
  # The shipped fake gateway (react-two-factor/testing/node), imported from the app's node_modules.
  cp "$root/test/consumer/fake-gateway.mjs" "$app/fake-gateway.mjs"
  node "$app/fake-gateway.mjs" "$work/gateway.log" >"$work/gateway.port" 2>"$work/gateway.err" &
  pids+=($!)
  local port
  for _ in $(seq 300); do [ -s "$work/gateway.port" ] && break; sleep 0.1; done
  gateway_port="$(head -n 1 "$work/gateway.port")"
  [ -n "$gateway_port" ] || return 1
  port="$(free_port)"
  origin="http://127.0.0.1:$port"
  (cd "$app" && GATEWAY_URL="http://127.0.0.1:$gateway_port/2fa" APIM_KEY=next-consumer-key-3e1f APP_ORIGIN="$origin" \
    exec ./node_modules/.bin/next start -H 127.0.0.1 -p "$port") >"$work/next.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do
    curl -fsS -o /dev/null "$origin/" 2>/dev/null && return 0
    sleep 0.2
  done
  cat "$work/next.log"
  return 1
}

server_html() {
  curl -fsS "$origin/" >"$work/page.html" || return 1
  grep -q 'data-status="idle"' "$work/page.html" && grep -q 'Send code' "$work/page.html" || {
    head -c 3000 "$work/page.html"
    return 1
  }
}

route_refusals() {
  local status
  status="$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -H "Origin: $origin" --data '{}' \
    "$origin/api/2fa/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson")"
  echo "no session: $status"
  [ "$status" = 401 ] || return 1
  status="$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -H 'Origin: https://evil.example' \
    --cookie session=p1 --data '{}' "$origin/api/2fa/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson")"
  echo "another origin: $status"
  [ "$status" = 403 ]
}

click_in_chromium() { node "$here/click.mjs" "$origin" "$root"; }

gateway_saw_the_session() {
  cat "$work/gateway.log"
  # Two sends (the page and the wrapper), both for the session's person, both with the key.
  [ "$(grep -c '"PersonId":"person-from-session"' "$work/gateway.log")" -eq 2 ] &&
    [ "$(grep -c '"key":"next-consumer-key-3e1f"' "$work/gateway.log")" -eq 2 ] &&
    ! grep -q 'browser-person\|wrapper-person' "$work/gateway.log"
}

no_key_in_the_client() {
  ! grep -rl 'next-consumer-key-3e1f' "$app/.next/static" "$work/page.html"
}

echo "next consumer: in $work"
require 'npm run build && npm pack' pack
require "create-next-app@$create_next_app_version, default app template; the test's pages and route copied in" create_app
require "npm install next@$next_version, @tanstack/react-query, react-hook-form, @hookform/resolvers and the tarball" install_app
require 'next build (the generated next.config.ts, cacheComponents on)' next_build
require 'next start and the fake gateway on 127.0.0.1' start_servers
check 'server HTML of / holds the prompt (data-status="idle", "Send code")' server_html || true
check 'route handler: 401 without a session, 403 from another Origin' route_refusals || true
check 'Chromium: a click on "Send code" shows the hint; a client component with adapter={…} sends and runs onSent' click_in_chromium || true
check "the gateway got the session's PersonId and the key, never the browser's person" gateway_saw_the_session || true
check 'the key is nowhere in the built client files or the page' no_key_in_the_client || true
summary
[ "$failed" -eq 0 ]
