#!/usr/bin/env bash
# Throughput of the whole text classifier (language guard, lexicon and model) in texts per
# second on one core, over the development texts in corpus/dev, and the start-up cost of
# loading the lexicon and the model. Target: at least 30,000 texts per second per core.
# Usage: bench/classification.sh [iterations]   (default 5 of 4 s each, after a 10 s warm-up)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
nproc_all=$(nproc)
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
# One core: taskset pins the JVM, and -XX:ActiveProcessorCount keeps its GC and JIT
# threads from assuming more.
taskset -c 0 /usr/bin/time -f "wall %e s, peak RSS %M KB" \
	java -XX:ActiveProcessorCount=1 -Xmx256m -cp "$classpath" \
	com.returnscope.classification.ClassificationBenchmark "${1:-5}"
