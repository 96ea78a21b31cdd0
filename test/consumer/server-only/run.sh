#!/usr/bin/env bash
# Consumer test of a server-only install: builds and packs the library, makes a throw-away Node project
# from template/ (no React, outside the repository), runs `npm ci` on its committed lockfile, installs
# the tarball with --no-save, and shows that nothing of the React side is installed and that
# react-two-factor/server answers a request through node:http (against react-two-factor/testing/node).
#
#   test/consumer/server-only/run.sh                   # from any directory; needs only the npm registry
#   CONSUMER_KEEP=1 test/consumer/server-only/run.sh   # keeps the temporary project to look into
#
# Prints one line per check, the install's package count and size, and ends with
# `server-only: N passed, M failed`; exits non-zero on any failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/rtf-server-only.XXXXXX")"
app="$work/app"
if [ -n "${CONSUMER_KEEP:-}" ]; then
  trap 'echo "server-only: kept $work"' EXIT
else
  trap 'rm -rf "$work"' EXIT
fi
trap 'exit 130' INT TERM

label=server-only
# shellcheck source=../checks.sh
source "$root/test/consumer/checks.sh"

build() { (cd "$root" && npm run build); }

pack() { (cd "$root" && npm pack --silent --pack-destination "$work"); }

install_project() {
  cp -R "$here/template" "$app" || return 1
  (cd "$app" && npm ci --no-audit --no-fund) || return 1
  (cd "$app" && npm install --no-save --no-audit --no-fund --prefer-offline "$work"/react-two-factor-*.tgz)
}

# Every package in node_modules, nested ones included, from npm's record of the tree it installed.
installed_packages() {
  node -e '
    const { packages } = require(process.argv[1]);
    for (const path of Object.keys(packages)) console.log(path.replace(/^.*node_modules\//, ""));
  ' "$app/node_modules/.package-lock.json"
}

no_react_side() {
  local found
  found="$(installed_packages | grep -Ex 'react|react-dom|scheduler|@tanstack/.*|react-hook-form|@hookform/.*|msw' || true)"
  installed_packages | sed 's/^/installed: /'
  [ -z "$found" ] || {
    echo "installed without being asked for:"
    echo "$found"
    return 1
  }
}

figures() {
  local count size
  count="$(installed_packages | wc -l | tr -d ' ')"
  size="$(du -sk "$app/node_modules" | cut -f1)"
  echo "server-only: the install is $count packages, $((size / 1024)) MB ($size kB) in node_modules"
}

answer_one_request() { (cd "$app" && node answer-one-request.mjs); }

echo "server-only: building and packing $root in $work"
require 'npm run build' build
require 'npm pack' pack
require 'npm ci of the template (its lockfile holds no library), then npm install --no-save of the tarball' install_project
check 'node_modules holds no react, react-dom, @tanstack/*, react-hook-form, @hookform/*, msw' no_react_side || true
figures
check 'Node: react-two-factor/server behind node:http answers a send from react-two-factor/testing/node' answer_one_request || true

summary
[ "$failed" -eq 0 ]
