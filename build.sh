#!/usr/bin/env bash
# Flow's build script (build.ps1 is its twin for PowerShell users).
#   ./build.sh restore | build | test | bench <name> [args...] | clean
# test: runs every test project of Actors.sln in Release and ends with "N passed, N failed".
# bench: runs one headless benchmark in Release (flow-overhead, flow-startup, flow-replicas, flow-reduce; "help" lists
#        them and their options), or "micro [filter]" for BenchmarkDotNet.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
target="${1:-build}"; shift || true
results="artifacts/test-results"

count_results() {
  local passed=0 failed=0 skipped=0 f p x s t
  for f in "$results"/*.trx; do
    [ -e "$f" ] || continue
    t=$(grep -o '<Counters [^>]*' "$f" | head -n 1)
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$t"); x=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$t")
    s=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$t")
    passed=$((passed + ${p:-0})); failed=$((failed + ${x:-0})); skipped=$((skipped + ${s:-0}))
  done
  echo "$passed $failed $skipped"
}

case "$target" in
  restore) dotnet restore Actors.sln ;;
  build) dotnet build Actors.sln -c Release "$@" ;;
  clean) rm -rf artifacts; dotnet clean Actors.sln -c Release ;;
  test)
    rm -rf "$results"; mkdir -p "$results"
    status=0
    dotnet build Actors.sln -c Release || status=$?
    if [ "$status" -ne 0 ]; then echo "build failed"; echo "0 passed, 1 failed"; exit 1; fi
    dotnet test Actors.sln -c Release --no-build \
      --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" \
      --blame-hang --blame-hang-timeout 5m "$@" || status=$?
    read -r passed failed skipped < <(count_results)
    if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "the test run failed outside any test (exit $status)"; fi
    if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "no test ran"; fi
    if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
    [ "$failed" -eq 0 ] ;;
  bench)
    name="${1:-help}"; shift || true
    # Build first and stop the build servers: their lingering work on 2 cores would skew the measurement.
    if [ "$name" = "micro" ]; then project=benchmarks/Flow.Benchmarks; else project=benchmarks/Flow.Bench; fi
    dotnet build -c Release "$project" -nologo -v quiet
    dotnet build-server shutdown > /dev/null 2>&1 || true
    if [ "$name" = "micro" ]; then
      dotnet run -c Release --no-build --project "$project" -- --filter "${1:-*}" "${@:2}"
    else
      dotnet run -c Release --no-build --project "$project" -- "$name" "$@"
    fi ;;
  *) echo "unknown target '$target' (restore | build | test | bench <name> | clean)" >&2; exit 2 ;;
esac
