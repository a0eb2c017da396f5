#!/usr/bin/env bash
# Does a legitimate new edition of the data break a test that is not a check of the real data?
# Copies the project (working tree, without target/) to target/new-edition-check/, imports there a
# plausible next edition of the monitoring overview (2026-11: huisvesting-7 and registratie-5 from
# delayed to completed, werk-4 from delayed to in progress) with the import-overview command, runs
# the whole suite on the copy and lists the tests that failed. Only checks of the real data by name
# (RealData*, Quality*) may be among them. The repository's own data is not touched.
#   usage: src/test/edition/new-edition-check.sh [extra Maven arguments, e.g. -Dtest=MeasureApiTest]
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD
copy=$root/target/new-edition-check
rm -rf "$copy"
mkdir -p "$copy"
git ls-files -co --exclude-standard -z | tar --null -T - -cf - | tar -xf - -C "$copy"
cd "$copy"

# The next edition's document: the current one with three status lines changed and its own date.
overview=corpus/sources/monitoringsoverzicht-2025-11.txt
next=$copy/monitoringsoverzicht-2026-11.txt
sed -e '/^<p>4\. Rechtsvermoeden bij onderbetaling minimumloon<\/p>/s/In uitvoering, vertraagd/In uitvoering/' \
    -e '/^<p>5\. Feedbackcyclus loonaangifteketen<\/p>/s/In uitvoering, vertraagd/Afgerond/' \
    -e '/^7\. Huur(prijs)bescherming$/,/^- /s/^- In uitvoering, vertraagd$/- Afgerond/' \
    "$overview" > "$next"
changed=$(diff "$overview" "$next" | grep -c '^>' || true)
[ "$changed" = 3 ] || { echo "expected 3 changed status lines in $next, got $changed: has $overview changed?" >&2; exit 1; }

./mvnw -o -q package -DskipTests
java -jar target/assistant-*.jar import-overview "$next" --edition 2026-11 --report "$copy/import-report.md" > /dev/null
grep -A6 '^## Status changes' "$copy/import-report.md"

./mvnw -o verify -Dmaven.test.failure.ignore=true "$@" > "$copy/verify.log" 2>&1 || { tail -50 "$copy/verify.log"; exit 1; }
# From the XML reports: the text ones leave out the failures of a @ParameterizedClass (one per database).
failed=$(awk '/<testcase /{ match($0, / name="[^"]*"/); n = substr($0, RSTART + 7, RLENGTH - 8)
                          match($0, / classname="[^"]*"/); c = substr($0, RSTART + 12, RLENGTH - 13) }
              /<(failure|error)[ >\/]/{ print c "." n }' target/surefire-reports/TEST-*.xml | sort -u)
echo "== tests that failed on the 2026-11 edition ($(printf '%s' "$failed" | grep -c . || true)); log: $copy/verify.log"
[ -n "$failed" ] && printf '%s\n' "$failed"
others=$(printf '%s\n' "$failed" | grep -v -E '(^|\.)(RealData|Quality)[A-Za-z]*(\[[0-9]+\])?\.' | grep . || true)
if [ -n "$others" ]; then
  echo "== of these, not checks of the real data by name:"
  printf '%s\n' "$others"
  exit 1
fi
echo "== no behaviour test failed"
