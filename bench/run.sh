#!/usr/bin/env bash
# SroDocs-Benchmark: erzeugt die Messkorpora (1.000 und 10.000 Seiten, dieselben 10.000 Seiten in einem Ordner,
# lange Dokumente), baut jedes mehrmals in frischen Prozessen und gibt Median, Seiten pro Sekunde und
# Spitzenspeicher aus; ist Hugo installiert (apt-get install hugo), baut es dieselben Seiten mit einem
# minimalen Layout zum Vergleich.
# SroDocs baut dabei ohne Volltextsuche (--ohne-suche), damit Hugo und SroDocs dasselbe tun. Zum Schluss misst es
# die Vorschau: warmer Neuaufbau nach Änderung einer Seite und Speichern bis Neuladen (bench/SroDocs.Bench).
#   bash bench/run.sh            alles
#   BENCH_RUNS=5 BENCH_SIZES="1000" bash bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${BENCH_RUNS:-3}"
sizes="${BENCH_SIZES:-1000 10000}"
long="${BENCH_LONG-2000 256}"   # Anzahl, größte Seite in KB (dazu jede 200. Seite mit 3 MB)
work="${BENCH_DIR:-$( [ -d /dev/shm ] && echo /dev/shm/srodocs-bench || echo "${TMPDIR:-/tmp}/srodocs-bench" )}"
command -v python3 >/dev/null || { echo "Für den Benchmark wird python3 benötigt."; exit 1; }

# Gemessen wird die nativ übersetzte Fassung (Native AOT): kein JIT beim Start, alles Nötige übersetzt, und zwar für
# den Prozessor dieses Rechners (IlcInstructionSet=native), so wie der JIT von `dotnet run` es auch tut; ohne das
# übersetzt Native AOT für den kleinsten gemeinsamen x64-Befehlssatz, und Textsuche und UTF-8-Umwandlung laufen ohne
# ihre Vektorbefehle (gemessen: Vector128.Shuffle als Funktionsaufruf, 2 % der Zeit bei 10.000 Seiten). Mit
# BENCH_NATIVE=0 die ReadyToRun-Fassung der .NET-Laufzeit zum Vergleich.
bin="$work/srodocs"
rm -rf "$bin" generator/*/obj/Release generator/*/bin/Release
if [ "${BENCH_NATIVE:-1}" = 1 ]; then
  echo "SroDocs wird nativ übersetzt (Native AOT) …"
  dotnet publish generator/SroDocs.Cli -c Release -r linux-x64 -p:PublishAot=true -p:IlcInstructionSet=native -o "$bin" -nologo -v q >/dev/null
else
  echo "SroDocs wird als Release (ReadyToRun) veröffentlicht …"
  dotnet publish generator/SroDocs.Cli -c Release -r linux-x64 --self-contained true \
    -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$bin" -nologo -v q >/dev/null
fi
rm -rf generator/*/obj/Release generator/*/bin/Release

corpus() { # name, then the command that writes it into the folder given last
  local dir="$work/korpus-$1"; shift
  if [ ! -f "$dir/.fertig" ]; then rm -rf "$dir"; "$@" "$dir" >/dev/null; touch "$dir/.fertig"; fi
  echo "$dir"
}
pages() { find "$1" -name '*.md' -not -path '*/_data/*' | wc -l; }

hugo_ok=0
if command -v hugo >/dev/null; then hugo_ok=1; fi
printf '\n%-22s %8s %10s %9s %10s %9s %7s\n' "Korpus" "Seiten" "SroDocs s" "Seiten/s" "Spitze MiB" "Hugo s" "Faktor"
report() { # name dir
  local name="$1" dir="$2" n out srodocs hugo
  n=$(pages "$dir")
  out="$work/ausgabe-$name"
  read -r srodocs peak < <(python3 bench/measure.py "$runs" -- "$bin/srodocs" build --content "$dir" --output "$out" --stand 2026-12-01 --ohne-suche)
  if [ "$hugo_ok" = 1 ]; then
    read -r hugo hpeak < <(python3 bench/measure.py "$runs" -- hugo --quiet -s bench/hugo --contentDir "$dir" -d "$work/hugo-$name")
    printf '%-22s %8d %10.2f %9.0f %10.0f %9.2f %6.2f×\n' "$name" "$n" "$srodocs" "$(echo "$n / $srodocs" | bc -l)" "$peak" "$hugo" "$(echo "$srodocs / $hugo" | bc -l)"
  else
    printf '%-22s %8d %10.2f %9.0f %10.0f %9s %7s\n' "$name" "$n" "$srodocs" "$(echo "$n / $srodocs" | bc -l)" "$peak" "–" "–"
  fi
}

report "mitgeliefert" "content"
for n in $sizes; do
  report "$n" "$(corpus "$n" python3 bench/gen_corpus.py "$n")"
done
if [[ " $sizes " == *" 10000 "* ]]; then
  report "10000-flach" "$(corpus 10000-flach python3 bench/flatten_corpus.py "$(corpus 10000 python3 bench/gen_corpus.py 10000)")"
fi
if [ -n "$long" ]; then
  read -r count kb <<<"$long"
  report "lang-$count" "$(corpus "lang-$count" python3 bench/gen_long_corpus.py "$(corpus 1000 python3 bench/gen_corpus.py 1000)" "$count" "$kb")"
fi
[ "$hugo_ok" = 1 ] || echo "Hugo ist nicht installiert (apt-get install hugo); der Vergleich entfällt."
echo "Median aus $runs Läufen je Korpus nach ${BENCH_WARMUP:-1} ungezähltem Lauf, Ausgabe auf $work."

# Die Vorschau (serve): warmer Neuaufbau nach Änderung einer Seite des 1.000-Seiten-Korpus (im Prozess, wie serve ihn
# macht) und Speichern bis Neuladen mit dem mitgelieferten Inhalt (gegen einen laufenden serve).
echo
echo "Vorschau (serve):"
tool="$work/bench-werkzeug"
dotnet build bench/SroDocs.Bench -c Release -o "$tool" -nologo -v q >/dev/null
rm -rf generator/*/obj/Release generator/*/bin/Release bench/SroDocs.Bench/obj/Release bench/SroDocs.Bench/bin/Release
echo "1.000 Seiten:"
"$tool/srodocs-bench" neuaufbau "$(corpus 1000 python3 bench/gen_corpus.py 1000)" themes/default 15
echo "Mitgeliefert:"
"$tool/srodocs-bench" neuaufbau content themes/default 15
"$tool/srodocs-bench" neuladen "$bin/srodocs" content "$PWD/themes/default" 10
