#!/usr/bin/env bash
# Runs every test of ClaimAudit on a fresh machine: installs what the tests need (Chromium for the
# HTML report test, shellcheck for the deploy hook, Azurite from npm), starts Azurite, runs
# `dotnet test` over Functions.sln, and stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v shellcheck >/dev/null 2>&1 || need_apt+=(shellcheck)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "test.sh: installing ${need_apt[*]} from Debian's packages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "test.sh: please install ${need_apt[*]} (sudo apt-get install ${need_apt[*]})" >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund --loglevel=error
scripts/azurite.sh start
trap 'scripts/azurite.sh stop' EXIT

log=$(mktemp)
set +e
dotnet test Functions.sln --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line over all test projects ("Passed!  - Failed: 0, Passed: 12, ...").
awk '/(Passed|Failed)! +- Failed: /{gsub(",","");for(i=1;i<=NF;i++){if($i=="Failed:")f+=$(i+1);if($i=="Passed:")p+=$(i+1);if($i=="Skipped:")s+=$(i+1)}} END{printf "tests: %d passed, %d failed, %d skipped\n",p,f,s}' "$log"
rm -f "$log"
exit "$status"
