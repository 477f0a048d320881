#!/usr/bin/env bash
# Runs every test of SroDocs and ends with the line "N passed, N failed".
# The browser tests need Chromium: SRODOCS_CHROMIUM names it; otherwise Debian's
# /usr/bin/chromium is used and installed here where it is missing.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ -z "${SRODOCS_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "Chromium fehlt – wird mit apt-get installiert …"
  sudo_cmd=""
  if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium fonts-liberation >/dev/null
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
