#!/usr/bin/env bash
# Kills the job outright (kill -9) while it reads orders.csv and again while it decides,
# starts it a third time, and compares its decisions.csv and rejects.csv with those of an
# uninterrupted run: how often a kill leaves the embedded H2 unable to resume to the same
# outputs. The README ("A process killed outright") says what it found. A probe, not a test:
# PostgreSQL's kill -9 case is a test (InterruptedRunFunctionalTests).
#
# Usage: bench/kill9.sh [PAIRS] [--reader]       e.g. bench/kill9.sh 10 --reader
#   PAIRS      how many kill pairs (default 10)
#   --reader   a second process reads the job repository over H2's AUTO_SERVER while each
#              killed job runs, and opens the file after each kill, as the kill -9 test did
# Settings from the environment: ORDERS (order lines generated, default 60000), SCRATCH.
# Exits 0 when every pair resumed to the same outputs, 1 otherwise.
set -euo pipefail

PAIRS=10
READER=no
for arg in "$@"; do
	case "$arg" in
		--reader) READER=yes ;;
		*[!0-9]* | '') echo "bench/kill9.sh: '$arg' is neither a number of pairs nor --reader" >&2; exit 64 ;;
		*) PAIRS="$arg" ;;
	esac
done
ORDERS="${ORDERS:-60000}"
SCRATCH="${SCRATCH:-${TMPDIR:-/tmp}/returnscope-kill9}"

cd "$(dirname "$0")/.."
repo=$(pwd)
jar="$repo/target/returnscope.jar"
[ -f "$jar" ] || { echo "bench/kill9.sh: $jar is missing: run mvn -B -q package -DskipTests first" >&2; exit 66; }
rm -rf "$SCRATCH"
mkdir -p "$SCRATCH/lib"
# the reader uses the H2 the job ships with
unzip -q -o -j "$jar" 'BOOT-INF/lib/h2-*.jar' -d "$SCRATCH/lib"
h2=$(ls "$SCRATCH"/lib/h2-*.jar)

java -jar "$jar" generate --orders="$ORDERS" --seed=1 --output="$SCRATCH/input" > "$SCRATCH/generate.log"

# the job's arguments for a folder and a log name
arguments() {
	echo "--input=$SCRATCH/input --output=$1/output --run-date=2026-11-25 --chunk-size=500"\
		"--spring.datasource.url=jdbc:h2:file:$1/db/returnscope;AUTO_SERVER=TRUE --logging.file.name=$1/$2.log"
}

# waits up to three minutes for a line in a log, while process $3 lives
await() {
	for _ in $(seq 1 1800); do
		grep -q "$2" "$1" 2>/dev/null && return 0
		kill -0 "$3" 2>/dev/null || return 1
		sleep 0.1
	done
	return 1
}

# the reader's arguments for a folder
repository() {
	echo "-cp $h2 $repo/bench/Kill9Reader.java jdbc:h2:file:$1/db/returnscope;AUTO_SERVER=TRUE"
}


# starts the job in folder $1 as $2, waits for step $3, lets it run $4 s, kills it
kill_during() {
	java -jar "$jar" $(arguments "$1" "$2") > "$1/$2.out" 2>&1 &
	local job=$!
	await "$1/$2.log" "Executing step: \[$3\]" "$job" || true
	local reader=
	if [ "$READER" = yes ]; then
		java $(repository "$1") & reader=$!
	fi
	sleep "$4"
	[ -z "$reader" ] || { kill -9 "$reader"; wait "$reader" 2>/dev/null || true; }
	kill -9 "$job" 2>/dev/null || true
	wait "$job" 2>/dev/null || true
	[ "$READER" = no ] || java $(repository "$1") once > /dev/null 2>&1 || true
}

reference="$SCRATCH/uninterrupted"
mkdir -p "$reference"
java -jar "$jar" $(arguments "$reference" job) > "$reference/job.out" 2>&1
same=0; different=0; failed=0
for pair in $(seq 1 "$PAIRS"); do
	folder="$SCRATCH/pair-$pair"
	mkdir -p "$folder"
	# random kill points, drawn here: a command substitution's subshell would repeat them
	printf -v reading '%d.%02d' $((1 + RANDOM % 5)) $((RANDOM % 100))
	printf -v deciding '%d.%02d' $((RANDOM % 3)) $((RANDOM % 100))
	kill_during "$folder" first ordersStep "$reading"
	kill_during "$folder" second decisionsStep "$deciding"
	code=0
	java -jar "$jar" $(arguments "$folder" third) > "$folder/third.out" 2>&1 || code=$?
	outputs="$folder/output/2026-11-25"
	if [ "$code" -ne 0 ]; then
		failed=$((failed + 1))
		verdict="failed: $(grep -h -E '^returnscope: .*(failure|damaged)' "$folder"/*.out | head -1) (kept in $folder)"
	elif cmp -s "$outputs/decisions.csv" "$reference/output/2026-11-25/decisions.csv" \
			&& cmp -s "$outputs/rejects.csv" "$reference/output/2026-11-25/rejects.csv"; then
		same=$((same + 1)); verdict="same outputs"
		rm -rf "$folder"
	else
		different=$((different + 1)); verdict="DIFFERENT outputs (kept in $folder)"
	fi
	echo "pair $pair: killed $reading s into ordersStep, $deciding s into decisionsStep; third start exit $code, $verdict"
done
echo "$PAIRS pairs (reader: $READER, $ORDERS order lines): $same resumed to the same outputs, $different to different ones, $failed failed"
[ "$same" -eq "$PAIRS" ]
