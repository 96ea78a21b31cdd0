# Sourced by the framework consumer tests (next/, react-router/, jest/) after checks.sh, with `root`, `work`
# and `app` set. Each test's app is a committed template with its own lockfile, which holds everything but
# react-two-factor: it is copied out of the repository (so that nothing resolves from the repo's
# node_modules), installed with `npm ci`, then the freshly packed tarball goes in with `--no-save`.
# `CONSUMER_TARBALL` (set by .ci/run, which packs once) skips the build and pack; `CONSUMER_NPM_CACHE` (set
# by .ci/run to a temporary directory it removes at the end) lets the apps share the packages they have in common.

export npm_config_cache="${CONSUMER_NPM_CACHE:-$work/npm-cache}" npm_config_update_notifier=false npm_config_audit=false npm_config_fund=false
export NEXT_TELEMETRY_DISABLED=1 XDG_CONFIG_HOME="$work/config"

pids=()
stop_servers() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
}

pack() {
  if [ -n "${CONSUMER_TARBALL:-}" ]; then
    cp "$CONSUMER_TARBALL" "$work/" && ls "$work"/react-two-factor-*.tgz
  else
    (cd "$root" && npm run build && npm pack --silent --pack-destination "$work")
  fi
}

# install_template DIR: the template's files (not its node_modules or build output), npm ci, the tarball.
install_template() {
  mkdir -p "$app" && tar -C "$1" --exclude=node_modules --exclude=.next --exclude=build --exclude=.react-router -cf - . | tar -C "$app" -xf - || return 1
  (cd "$app" && npm ci) || return 1
  (cd "$app" && npm install --no-save "$work"/react-two-factor-*.tgz) || return 1
  (cd "$app" && npm ls react-two-factor)
}

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

# start_gateway: fake-gateway.mjs (react-two-factor/testing/node) from the app's directory, on a free port;
# sets gateway_url and gateway_log.
start_gateway() {
  gateway_log="$work/gateway.log"
  : >"$gateway_log"
  cp "$root/test/consumer/fake-gateway.mjs" "$app/fake-gateway.mjs" || return 1
  node "$app/fake-gateway.mjs" "$gateway_log" >"$work/gateway.url" 2>"$work/gateway.err" &
  pids+=($!)
  for _ in $(seq 100); do [ -s "$work/gateway.url" ] && break; sleep 0.1; done
  [ -s "$work/gateway.url" ] || { cat "$work/gateway.err"; return 1; }
  gateway_url="$(head -n 1 "$work/gateway.url")"
}

# wait_for_url URL LOG: up to 30 s for the app to answer; prints the app's log when it does not.
wait_for_url() {
  for _ in $(seq 150); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.2
  done
  cat "$2"
  return 1
}

send_path=/api/2fa/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson

# post_send ORIGIN [CURL ARGS...]: POSTs a send to the app at ORIGIN, prints the status.
post_send() {
  local origin="$1"
  shift
  curl -s -o "$work/answer.json" -w '%{http_code}' -X POST -H 'Content-Type: application/json' "$@" --data '{}' "$origin$send_path"
}

# The route handler's refusals: 401 without a session, 403 from another Origin.
route_refusals() {
  local status
  status="$(post_send "$1" -H "Origin: $1")"
  echo "no session: $status"
  [ "$status" = 401 ] || return 1
  status="$(post_send "$1" -H 'Origin: https://evil.example' --cookie session=p1)"
  echo "another origin: $status"
  [ "$status" = 403 ]
}

# missing_variables ORIGIN: an app started without the gateway's variables answers a send 500 and calls nobody.
missing_variables() {
  local before status
  before="$(wc -l <"$gateway_log")"
  status="$(post_send "$1" -H "Origin: $1" --cookie session=p1)"
  echo "send without the variables: $status $(cat "$work/answer.json")"
  sleep 0.2 # the fake writes its log every 50 ms
  [ "$status" = 500 ] && [ "$(wc -l <"$gateway_log")" = "$before" ]
}

# gateway_saw_the_session KEY N: N requests, all for the session's person, all with the key.
gateway_saw_the_session() {
  sleep 0.2 # the fake writes its log every 50 ms
  cat "$gateway_log"
  [ "$(wc -l <"$gateway_log")" -eq "$2" ] &&
    [ "$(grep -c '"PersonId":"person-from-session"' "$gateway_log")" -eq "$2" ] &&
    [ "$(grep -c "\"key\":\"$1\"" "$gateway_log")" -eq "$2" ] &&
    ! grep -q 'browser-person\|wrapper-person' "$gateway_log"
}
