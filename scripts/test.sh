#!/usr/bin/env bash
# Runs every test of ClaimAudit on a fresh machine: installs what the tests need (Chromium for the
# HTML report test, shellcheck for the deploy hook, Azurite from npm), starts Azurite on ports free
# for this run, runs
# `dotnet test` over Functions.sln, and stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium (the HTML report's browser test) and shellcheck (the deploy hook's lint, skipped when
# missing) come from Debian's packages.
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v shellcheck >/dev/null 2>&1 || need_apt+=(shellcheck)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=(); elif command -v sudo >/dev/null 2>&1; then sudo=(sudo); else sudo=(none); fi
  if [ "${sudo[0]:-}" != none ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing ${need_apt[*]} from Debian's packages"
    "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${need_apt[@]}" >/dev/null
  elif ! command -v chromium >/dev/null 2>&1 && [ -z "${CLAIMAUDIT_SKIP_BROWSER:-}" ]; then
    echo "test.sh: the HTML report test needs Chromium: install the 'chromium' package (or set CLAIMAUDIT_SKIP_BROWSER=1 to skip that test)" >&2
    exit 1
  else
    echo "test.sh: shellcheck is not installed; the deploy hook's lint test will be skipped" >&2
  fi
fi

npm ci --no-audit --no-fund --loglevel=error
# Ports chosen for this run: another test run on the machine has its own emulator.
scripts/azurite.sh start --free-ports
trap 'scripts/azurite.sh stop' EXIT
CLAIMAUDIT_TEST_STORAGE="$(cat .azurite/connection)"
export CLAIMAUDIT_TEST_STORAGE

log=$(mktemp)
set +e
dotnet test Functions.sln --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line over all test projects ("Passed!  - Failed: 0, Passed: 12, ...").
awk '/(Passed|Failed)! +- Failed: /{gsub(",","");for(i=1;i<=NF;i++){if($i=="Failed:")f+=$(i+1);if($i=="Passed:")p+=$(i+1);if($i=="Skipped:")s+=$(i+1)}} END{printf "tests: %d passed, %d failed, %d skipped\n",p,f,s}' "$log"
rm -f "$log"
exit "$status"
