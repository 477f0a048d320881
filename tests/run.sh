#!/usr/bin/env bash
# Runs every test of SroDocs and ends with the line "N passed, N failed".
# The browser tests need Chromium: SRODOCS_CHROMIUM names it; otherwise Debian's
# /usr/bin/chromium is used and installed here where it is missing. The HTML validation
# needs Java and the npm package vnu-jar, the search Pagefind (both pinned in package-lock.json), installed here too.
set -uo pipefail
cd "$(dirname "$0")/.."

# Stops the run with one German sentence, and the count line the CI reads.
give_up() {
  echo "$1" >&2
  echo "0 passed, 0 failed"
  exit 1
}

sudo_cmd=""
if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi

# Installs Debian packages; waits up to five minutes for a package manager that is busy elsewhere.
apt_install() {
  $sudo_cmd apt-get -o DPkg::Lock::Timeout=300 update -qq >/dev/null 2>&1 &&
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get -o DPkg::Lock::Timeout=300 install -y -qq "$@" >/dev/null 2>&1
}

if [ -z "${SRODOCS_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "Chromium fehlt – wird mit apt-get installiert …"
  apt_install chromium fonts-liberation ||
    give_up "Chromium ließ sich nicht installieren (apt-get braucht root oder sudo und Netz); bitte Chromium installieren oder SRODOCS_CHROMIUM auf einen vorhandenen Chromium setzen."
fi

if ! command -v java >/dev/null 2>&1; then
  echo "Java fehlt (für die HTML-Prüfung) – wird mit apt-get installiert …"
  apt_install default-jre-headless ||
    give_up "Java ließ sich nicht installieren (apt-get braucht root oder sudo und Netz); bitte ein Java ab Version 11 installieren."
fi

if [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] || [ ! -f node_modules/pagefind/lib/runner/bin.cjs ]; then
  command -v npm >/dev/null 2>&1 ||
    give_up "npm fehlt: Bitte Node.js mit npm installieren, damit Suche (Pagefind) und HTML-Prüfer (vnu-jar) geladen werden können."
  npm ci --no-audit --no-fund --loglevel=error >/dev/null ||
    give_up "npm ci ist gescheitert: Pagefind und der HTML-Prüfer (vnu-jar) ließen sich nicht aus der npm-Registry laden."
fi

results=$(mktemp -d)
dotnet test SroDocs.sln --nologo --logger "trx" --results-directory "$results"
status=$?

passed=0
failed=0
found=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  found=1
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(printf '%s' "$counters" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]\+')
  f=$(printf '%s' "$counters" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]\+')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
rm -rf "$results"

if [ "$found" = "0" ] && [ "$status" = "0" ]; then
  status=1
fi
echo "$passed passed, $failed failed"
exit "$status"
