# Sourced by the consumer tests. Set `work` (a temporary directory) and `label` (the prefix of the
# summary lines) first. `check NAME COMMAND...` runs COMMAND quietly into $work/check-N.log and prints
# one line with its time; on failure, the end of its output. `require` is a check the later ones
# depend on: it stops at its failure. `summary` prints the wall time and the counts.

started=$SECONDS
passed=0
failed=0
logs=0

summary() {
  echo "$label: wall time $((SECONDS - started)) s"
  echo "$label: $passed passed, $failed failed"
}

check() {
  local name="$1"
  shift
  logs=$((logs + 1))
  local log="$work/check-$logs.log" began=$SECONDS
  if "$@" >"$log" 2>&1; then
    passed=$((passed + 1))
    echo "ok    $name ($((SECONDS - began)) s)"
  else
    failed=$((failed + 1))
    echo "FAIL  $name"
    tail -n 40 "$log" | sed 's/^/      /'
    return 1
  fi
}

require() {
  check "$@" || {
    summary
    exit 1
  }
}
