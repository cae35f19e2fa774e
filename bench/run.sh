#!/usr/bin/env bash
# The whole job at scale: generated inputs of 100,000, 1,000,000 and 10,000,000 order lines
# at 15 % returns, each run on a fresh embedded H2 database, then a second night on the same
# database. Records wall time, peak RSS, database size and time per step in
# docs/benchmarks.md (one subsection per size, replaced when that size runs again).
#
# Usage: bench/run.sh [SIZE...]        e.g. bench/run.sh 100000   (default: all three sizes)
# Settings from the environment: HEAP, GC, SEED, RETURN_RATE, RUN_DATE, SCRATCH.
# POSTGRES_URL (with POSTGRES_USER, POSTGRES_PASSWORD): a PostgreSQL server's database URL,
# e.g. jdbc:postgresql://127.0.0.1:5432/postgres; the job then runs on a fresh database
# returnscope_bench_SIZE on that server instead of H2, recorded in a subsection of its own.
set -euo pipefail
export LC_ALL=C   # sort and join must agree on the order of keys

HEAP="${HEAP:--Xmx512m}"                       # the job's JVM heap setting
GC="${GC:--XX:+UseParallelGC}"                 # the collector the README recommends for big nights
GENERATOR_HEAP="-Xmx256m"                       # the generator streams: a small heap is enough
SEED="${SEED:-1}"
RETURN_RATE="${RETURN_RATE:-0.15}"
RUN_DATE="${RUN_DATE:-2026-11-25}"              # night 1; night 2 is the day after
SCRATCH="${SCRATCH:-${TMPDIR:-/tmp}/returnscope-bench}"   # inputs, databases, outputs: not the repo
POSTGRES_URL="${POSTGRES_URL:-}"
POSTGRES_USER="${POSTGRES_USER:-returnscope}"
POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-}"
export SPRING_DATASOURCE_PASSWORD="$POSTGRES_PASSWORD"   # the job's, kept out of the recorded commands

cd "$(dirname "$0")/.."
repo=$(pwd)
jar="$repo/target/returnscope.jar"
doc="$repo/docs/benchmarks.md"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000 10000000)
for size in "${sizes[@]}"; do
	[[ "$size" =~ ^[1-9][0-9]*$ ]] || { echo "bench/run.sh: '$size' is not a number of order lines" >&2; exit 64; }
done
[ -x /usr/bin/time ] || { echo "bench/run.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 69; }

# Build when the jar is missing or older than the sources.
if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]; then
	echo "building $jar"
	mvn -B -q package -DskipTests
fi
mkdir -p "$SCRATCH"
# H2's shell is the SQL client for both databases (PostgreSQL's driver beside it)
h2_entry=$(jar tf "$jar" | grep -m1 '^BOOT-INF/lib/h2-.*\.jar$')
pg_entry=$(jar tf "$jar" | grep -m1 '^BOOT-INF/lib/postgresql-.*\.jar$')
(cd "$SCRATCH" && jar xf "$jar" "$h2_entry" "$pg_entry")
sql_jars="$SCRATCH/$h2_entry:$SCRATCH/$pg_entry"

night2_date=$(date -d "$RUN_DATE + 1 day" +%F)
cores=$(nproc)
memory=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
java_version=$(java -version 2>&1 | head -1)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain 2>/dev/null | grep -q . && echo " (with uncommitted changes)" || true)

# "h:mm:ss" or "m:ss.ss" from time -v, in seconds
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }' <<<"$1"; }
field() { sed -n "s/^[[:space:]]*$1: //p" "$2"; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
rows() { echo $(($(wc -l <"$1") - 1)); }   # generated files have no line breaks inside values
grouped() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$1"; }

# Runs a command under time -v; sets wall, rss and status.
measure() {
	local log=$1
	shift
	/usr/bin/time -v -o "$log.time" "$@" >"$log" 2>&1 || true
	wall=$(seconds "$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$log.time")")
	rss=$(awk '{ printf "%.0f MB", $1 / 1024 }' <<<"$(field 'Maximum resident set size (kbytes)' "$log.time")")
	status=$(field 'Exit status' "$log.time")
}

# Runs SQL on a database: sql URL USER PASSWORD STATEMENTS.
sql() {
	java -cp "$sql_jars" org.h2.tools.Shell -url "$1" -user "$2" -password "$3" -sql "$4"
}

# Milliseconds per step of the job's latest execution, and of the whole execution, from
# the job repository: "name=ms" lines. Arguments: URL USER PASSWORD.
step_times() {
	local ms="DATEDIFF('MILLISECOND', START_TIME, END_TIME)"
	[[ "$1" == jdbc:postgresql:* ]] && ms="CAST(EXTRACT(EPOCH FROM END_TIME - START_TIME) * 1000 AS BIGINT)"
	sql "$1" "$2" "$3" "
		SELECT STEP_NAME || '=' || $ms FROM BATCH_STEP_EXECUTION
		WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION) ORDER BY STEP_EXECUTION_ID;
		SELECT 'job=' || $ms FROM BATCH_JOB_EXECUTION
		WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION);" |
		grep -E '^[A-Za-z]+=[0-9]+ *$' | tr -d ' ' || true
}

bench_size() {
	local size=$1 dir="$SCRATCH/$1"
	rm -rf "$dir"
	mkdir -p "$dir"
	local db="$dir/db/returnscope" url="jdbc:h2:file:$dir/db/returnscope;COMPRESS=TRUE"   # as the default URL
	local user=sa password="" database="" name="H2" marker=$size
	if [ -n "$POSTGRES_URL" ]; then
		database="returnscope_bench_$size" user=$POSTGRES_USER password=$POSTGRES_PASSWORD marker="$size postgresql"
		url="${POSTGRES_URL%/*}/$database"
		name="PostgreSQL $(sql "$POSTGRES_URL" "$user" "$password" "SELECT current_setting('server_version') || ' (shared_buffers '
			|| current_setting('shared_buffers') || ', fsync ' || current_setting('fsync') || ')'" | sed -n '2{s/ *|* *$//;p}')"
		sql "$POSTGRES_URL" "$user" "$password" "DROP DATABASE IF EXISTS $database; CREATE DATABASE $database" >/dev/null
	fi
	local table="" commands="" data="" steps1="" steps2="" load
	load=$(cut -d' ' -f1-3 /proc/loadavg)   # the machine is shared: say how busy it was
	for night in 1 2; do
		local input="$dir/night-$night" run_date=$RUN_DATE
		[ "$night" = 2 ] && run_date=$night2_date
		local generate=(java "$GENERATOR_HEAP" -jar "$jar" generate "--orders=$size" "--return-rate=$RETURN_RATE"
			"--seed=$SEED" "--run-date=$RUN_DATE" "--night=$night" "--output=$input")
		local job=(java "$HEAP" "$GC" -jar "$jar" "--input=$input" "--output=$dir/output" "--run-date=$run_date"
			"--spring.datasource.url=$url" "--logging.file.name=$dir/returnscope.log")
		[ -n "$database" ] && job+=("--spring.datasource.username=$user")
		echo "$size order lines, night $night: generating"
		measure "$dir/generate-$night.log" "${generate[@]}"
		table+="| generate night $night | $wall s | $rss | $status | |"$'\n'
		echo "$size order lines, night $night: running the job ($HEAP $GC)"
		measure "$dir/job-$night.log" "${job[@]}"
		local db_size
		if [ -n "$database" ]; then
			db_size=$(mb "$(sql "$url" "$user" "$password" "SELECT pg_database_size('$database')" | sed -n '2{s/[ |]//g;p}')")
		else
			db_size=$(mb "$(stat -c %s "$db.mv.db" 2>/dev/null || echo 0)")
		fi
		table+="| job night $night ($run_date) | $wall s | $rss | $status | $db_size |"$'\n'
		echo "  wall $wall s, peak RSS $rss, exit $status, database $db_size"
		[ "$status" = 0 ] || sed 's/^/  | /' "$dir/job-$night.log" | tail -5
		# quoted, so that the URL's ';' can be pasted into a shell
		commands+="    ${generate[*]}"$'\n'"    /usr/bin/time -v $(printf '%q ' "${job[@]}" | sed 's/ $//')"$'\n'
		data+="- night $night: orders.csv $(grouped "$(rows "$input/orders.csv")") rows ($(mb "$(stat -c %s "$input/orders.csv")")), returns.csv $(grouped "$(rows "$input/returns.csv")") rows ($(mb "$(stat -c %s "$input/returns.csv")"))"$'\n'
		if [ "$night" = 1 ]; then steps1=$(step_times "$url" "$user" "$password"); else steps2=$(step_times "$url" "$user" "$password"); fi
	done

	local section
	section="### $(grouped "$size") order lines, return rate $RETURN_RATE, $name ($(date +%F))"$'\n\n'
	section+="Machine: $cores cores (nproc), $memory memory, $cpu; $java_version; load average $load at the start;"
	section+=" job JVM options \`$HEAP $GC\`; commit $commit$dirty."$'\n\n'
	section+="Data (seed $SEED):"$'\n\n'"$data"$'\n'
	section+="| run | wall | peak RSS | exit | database file |"$'\n'"|---|---|---|---|---|"$'\n'"$table"$'\n'
	section+="Time per step (BATCH_STEP_EXECUTION start to end; \`job\` is the whole execution, without JVM start-up):"$'\n\n'
	section+="| step | night 1 | night 2 |"$'\n'"|---|---|---|"$'\n'
	section+=$(step_rows "$steps1" "$steps2")
	section+=$'\n\n'"Commands:"$'\n\n'"$commands"
	[ -n "$database" ] && section+=$'\n'"Peak RSS is the job's JVM alone, not the database server's."$'\n'
	update_doc "$marker" "$section"
}

# One row per step, named once whatever order the parallel steps ended in on each night:
# night 1's order, then any step only night 2 ran; "job" (the whole execution) last.
step_rows() {
	awk -F= -v second="$2" '
		function ms(v) { return (v == "") ? "" : sprintf("%.1f s", v / 1000) }
		BEGIN {
			m = split(second, lines, "\n")
			for (i = 1; i <= m; i++) if (split(lines[i], kv, "=") == 2) { two[kv[1]] = kv[2]; later[++k] = kv[1] }
		}
		NF == 2 { one[$1] = $2; names[++n] = $1; seen[$1] = 1 }
		END {
			for (i = 1; i <= k; i++) if (!(later[i] in seen)) { names[++n] = later[i]; seen[later[i]] = 1 }
			for (i = 1; i <= n; i++) if (names[i] != "job") printf "| %s | %s | %s |\n", names[i], ms(one[names[i]]), ms(two[names[i]])
			printf "| job | %s | %s |\n", ms(one["job"]), ms(two["job"])
		}' <<<"$1"
}

# Replaces this size's subsection of the scale section, or adds it (and the section).
update_doc() {
	local size=$1 begin="<!-- bench/run.sh $1 begin -->" end="<!-- bench/run.sh $1 end -->"
	local body="$SCRATCH/section-${size// /-}.md"
	printf '%s\n%s\n%s\n' "$begin" "$2" "$end" >"$body"
	if ! grep -q '^<!-- bench/run.sh section end -->$' "$doc"; then
		printf '\n## The job at scale: bench/run.sh\n\n%s\n%s\n' \
			"Written by bench/run.sh; each subsection is replaced when its size runs again." \
			'<!-- bench/run.sh section end -->' >>"$doc"
	fi
	awk -v begin="$begin" -v end="$end" -v body="$body" '
		function insert() { while ((getline line < body) > 0) print line; done = 1 }
		$0 == begin { skipping = 1; insert(); next }
		skipping { if ($0 == end) skipping = 0; next }
		$0 == "<!-- bench/run.sh section end -->" && !done { insert(); print ""; print; next }
		{ print }' "$doc" >"$doc.tmp"
	mv "$doc.tmp" "$doc"
	echo "docs/benchmarks.md: bench/run.sh $size written"
}

for size in "${sizes[@]}"; do
	bench_size "$size"
done
