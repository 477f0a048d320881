#!/usr/bin/env python3
"""Runs a command RUNS times as fresh processes and prints the median wall time (s) and the highest peak memory (MiB).
One run before them is not counted (BENCH_WARMUP, default 1): it fills the output folder, as every build after the
first one finds it, for SroDocs and Hugo alike.
Usage: measure.py RUNS -- COMMAND ..."""
import os
import statistics
import subprocess
import sys
import time


def main():
    runs = int(sys.argv[1])
    command = sys.argv[sys.argv.index("--") + 1:]
    warmup = int(os.environ.get("BENCH_WARMUP", "1"))
    walls, peaks = [], []
    for run in range(warmup + runs):
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        output = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
        walls.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            sys.stderr.write(output.decode("utf-8", "replace")[-2000:])
            sys.exit(f"Befehl endete mit {code}: {' '.join(command)}")
        if run < warmup:
            walls.pop()
            peaks.pop()
    print(f"{statistics.median(walls):.3f} {max(peaks):.0f}")


if __name__ == "__main__":
    main()
