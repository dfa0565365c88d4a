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
    for p in "${need_apt[@]}"; do
      case $p in
        chromium) echo "test.sh: installing chromium (Debian package) for the HTML report's headless-browser test" ;;
        shellcheck) echo "test.sh: installing shellcheck (Debian package) for the deploy hook's lint test" ;;
      esac
    done
    "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${need_apt[@]}" >/dev/null
  elif ! command -v chromium >/dev/null 2>&1 && [ -z "${CLAIMAUDIT_SKIP_BROWSER:-}" ]; then
    echo "test.sh: the HTML report test needs Chromium: install the 'chromium' package (or set CLAIMAUDIT_SKIP_BROWSER=1 to skip that test)" >&2
    exit 1
  else
    echo "test.sh: shellcheck is not installed; the deploy hook's lint test will be skipped" >&2
  fi
fi

# Azurite's npm packages: `npm ci` only when node_modules does not already hold exactly what
# package-lock.json names. The stamp is the lock file's sha256, written after a successful install.
stamp=node_modules/.claimaudit-lock.sha256
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -x node_modules/.bin/azurite ] && [ "$(cat "$stamp" 2>/dev/null)" = "$lock_sum" ]; then
  echo "test.sh: node_modules matches package-lock.json; npm ci skipped"
else
  echo "test.sh: installing Azurite's npm packages (npm ci from package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" >"$stamp"
fi
# Ports chosen for this run: another test run on the machine has its own emulator.
scripts/azurite.sh start --free-ports
trap 'scripts/azurite.sh stop || true' EXIT
CLAIMAUDIT_TEST_STORAGE="$(cat .azurite/connection)"
export CLAIMAUDIT_TEST_STORAGE

log=$(mktemp)
# A trx file per test project: the skipped tests and their reasons are read from them at the end.
# The trx logger's default names (user_machine_date_time_tfm.trx) are reserved with an exclusive
# create and numbered on a clash, so two projects finishing in the same second get two files; a
# fixed LogFileName would not do that: every project would overwrite the same file.
results=$(mktemp -d)
# The trap runs under set -e: a failing stop must not skip the clean-up after it.
trap 'scripts/azurite.sh stop || true; rm -rf "$log" "$results"' EXIT
set +e
# The same warning can be reported twice for one project: the Functions SDK restores its generated
# WorkerExtensions project (NU1603 is logged), then builds it, and the build replays the warnings
# kept in its assets file; our Directory.Build.props (NoWarn NU1603) is not imported there. Each
# distinct warning is printed once, every other line as it comes (a bash loop, not awk: mawk
# reads a pipe in blocks, which held the whole run's output back until the end). A warning is
# known by its text without a trailing " [project]": MSBuild adds that suffix when a warning is
# logged for another project than the one it names (in today's output the copies are identical,
# but a copy with the suffix is still the same warning). The trx loggers' "Results File:" lines
# are left out: the skipped tests are listed at the end instead.
once() {
  local line key
  local -A seen=()
  while IFS= read -r line || [ -n "$line" ]; do
    if [[ $line =~ :\ warning\ [A-Z]+[0-9]+: ]]; then
      key=${line%$'\r'}
      [[ $key =~ ^(.*[^ ])\ +\[[^]]*\]$ ]] && key=${BASH_REMATCH[1]}
      [ -n "${seen[$key]:-}" ] && continue
      seen[$key]=1
    fi
    [[ $line == "Results File: "* ]] && continue
    printf '%s\n' "$line"
  done
}
dotnet test Functions.sln --nologo --logger trx --results-directory "$results" "$@" 2>&1 | once | tee "$log"
status=${PIPESTATUS[0]}
set -e
# The closing lines: one count over all test projects ("Passed!  - Failed: 0, Passed: 12, ..."), then
# each skipped test with its reason (the trx logger's NotExecuted results and their messages).
awk '/(Passed|Failed)! +- Failed: /{gsub(",","");for(i=1;i<=NF;i++){if($i=="Failed:")f+=$(i+1);if($i=="Passed:")p+=$(i+1);if($i=="Skipped:")s+=$(i+1)}} END{printf "tests: %d passed, %d failed, %d skipped\n",p,f,s}' "$log"
find "$results" -name '*.trx' -exec awk '
  function unxml(t) { gsub(/&lt;/, "<", t); gsub(/&gt;/, ">", t); gsub(/&quot;/, "\"", t); gsub(/&apos;/, "\047", t); gsub(/&amp;/, "\\&", t); return t }
  /<UnitTestResult / && /outcome="NotExecuted"/ { name = $0; sub(/.*testName="/, "", name); sub(/".*/, "", name); want = 1; next }
  want && /<Message>/ { msg = $0; sub(/.*<Message>/, "", msg); sub(/<\/Message>.*/, "", msg); printf "  skipped %s: %s\n", unxml(name), unxml(msg); want = 0; next }
  want && /<\/UnitTestResult>/ { printf "  skipped %s\n", unxml(name); want = 0 }
' {} + | sort
# A build error or a crashed test host fails the run with no failed test to count: say so last.
if [ "$status" -ne 0 ] && ! grep -qE 'Failed! +- Failed: +[1-9]' "$log"; then
  echo "test.sh: dotnet test exited $status without a failed test: a build error or a test host that stopped (see the errors above)" >&2
fi
exit "$status"
