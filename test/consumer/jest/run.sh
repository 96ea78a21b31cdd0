#!/usr/bin/env bash
# Jest consumer test: template/ is a Jest 30 + Testing Library project, pinned, with its lockfile, whose
# jest.config.js and babel.config.js are the configuration docs/frameworks.mdx gives (babel-jest, CommonJS,
# react-two-factor let through transformIgnorePatterns, @babel/preset-typescript for .tsx). Its .tsx test
# renders the prompt on the mock adapter of react-two-factor/testing and sends a code; a strict tsc
# (exactOptionalPropertyTypes) checks the test file.
#
#   test/consumer/jest/run.sh                   # needs the npm registry
#   CONSUMER_KEEP=1 test/consumer/jest/run.sh   # keeps the temporary project to look into
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
here="$root/test/consumer/jest"
work="$(mktemp -d "${TMPDIR:-/tmp}/rtf-jest.XXXXXX")"
app="$work/app"
label="jest consumer"
# shellcheck source=../checks.sh
source "$root/test/consumer/checks.sh"
# shellcheck source=../apps.sh
source "$root/test/consumer/apps.sh"
cleanup() {
  if [ -n "${CONSUMER_KEEP:-}" ]; then echo "$label: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

jest() { (cd "$app" && ./node_modules/.bin/jest --ci); }

strict_tsc() { (cd "$app" && grep -q '"exactOptionalPropertyTypes": true' tsconfig.json && ./node_modules/.bin/tsc --noEmit -p tsconfig.json); }

echo "$label: in $work"
require 'the library packed' pack
require 'template/ copied out, npm ci, the tarball installed with --no-save' install_template "$here/template"
check 'jest: TwoFactorPrompt.test.tsx sends a code on the mock adapter, shows the hint and a field error' jest || true
check 'tsc --noEmit of the test, strict with exactOptionalPropertyTypes' strict_tsc || true
summary
[ "$failed" -eq 0 ]
