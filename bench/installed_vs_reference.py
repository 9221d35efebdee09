#!/usr/bin/env python3
"""The installed tool against AWS's translator process, side by side, as users run them.

1. Packs dotnet-sam-transform (the RID-specific packages: Native AOT where this machine's RID has one, else the
   framework-dependent package) into a temporary feed and installs it with `dotnet tool install --tool-path`.
2. Start to exit on fixtures/hello-function: the installed tool and `python3 ../shared/tools/sam-reference.py`,
   alternating, RUNS times each; medians of wall time, and the ratio.
3. Peak resident memory (`/usr/bin/time -v`, "Maximum resident set size") of both on the scale templates of
   bench/SamTransform.Bench (`generate N`): N functions with policies, layers, an alias, tags and 4 events each.
   The reference's figure includes Python's start-up: that is what its users run too.

Usage: python3 bench/installed_vs_reference.py [--runs 11] [--sizes 10,400,1600,5000] [--reference-sizes 10,400,1600]
       [--tool PATH]  (an installed dotnet-sam-transform: skips the pack and install)
Prints Markdown tables for bench/RESULTS.md. Needs /usr/bin/time (Debian package `time`).
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = os.path.normpath(os.path.join(ROOT, "..", "shared", "tools", "sam-reference.py"))
HELLO = os.path.join(ROOT, "fixtures", "hello-function", "template.yaml")


def run(args, **kw):
    return subprocess.run(args, check=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)


def install(work):
    feed = os.path.join(work, "feed")
    version = "0.1.0-bench." + time.strftime("%Y%m%d%H%M%S", time.gmtime())
    print(f"packing {version} (a Native AOT compile: minutes)...", file=sys.stderr)
    run(["dotnet", "pack", os.path.join(ROOT, "src", "SamTransform.Cli"), "-c", "Release", "-o", feed, "-m:1",
         f"-p:PackageVersion={version}", "-nologo", "-v", "q"])
    tools = os.path.join(work, "tools")
    nuget = os.path.join(work, "nuget.config")
    with open(nuget, "w") as f:
        f.write(f'<configuration><packageSources><clear /><add key="feed" value="{feed}" /></packageSources></configuration>')
    run(["dotnet", "tool", "install", "dotnet-sam-transform", "--tool-path", tools, "--version", version,
         "--configfile", nuget])
    packages = sorted(os.listdir(os.path.join(tools, ".store", "dotnet-sam-transform", version)))
    print(f"installed: {', '.join(packages)}", file=sys.stderr)
    return os.path.join(tools, "dotnet-sam-transform"), packages


def wall(args, out):
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=out, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def peak_rss_mb(args):
    result = subprocess.run(["/usr/bin/time", "-v"] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{result.stderr[-2000:]}")
    kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    seconds = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", result.stderr).group(1)
    return kb / 1024, seconds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--sizes", default="10,400,1600,5000")
    parser.add_argument("--reference-sizes", default="10,400,1600")
    parser.add_argument("--tool")
    options = parser.parse_args()

    work = tempfile.mkdtemp(prefix="samtransform-installed-")
    try:
        tool, packages = (options.tool, ["(given)"]) if options.tool else install(work)
        ours = [tool, "transform", HELLO]
        reference = ["python3", REFERENCE, HELLO]
        with open(os.devnull, "w") as null:
            wall(ours, null), wall(reference, null)  # warm the file cache
            times = {"tool": [], "reference": []}
            for _ in range(options.runs):
                times["tool"].append(wall(ours, null))
                times["reference"].append(wall(reference, null))
        tool_median = statistics.median(times["tool"])
        reference_median = statistics.median(times["reference"])
        load = open("/proc/loadavg").read().split()[:3]
        print(f"Installed packages: {', '.join(packages)}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
              f"load average {' '.join(load)}; {os.cpu_count()} cores.\n")
        print(f"### fixtures/hello-function, start to exit, {options.runs} runs each, alternating\n")
        print("| command | median wall (s) | min (s) | max (s) |")
        print("| --- | ---: | ---: | ---: |")
        for name, label in (("tool", "installed `dotnet-sam-transform transform`"), ("reference", "`python3 sam-reference.py`")):
            print(f"| {label} | {statistics.median(times[name]):.3f} | {min(times[name]):.3f} | {max(times[name]):.3f} |")
        print(f"\nThe installed tool is {reference_median / tool_median:.0f}x faster (ratio of the medians).\n")

        print("### Peak resident memory (`/usr/bin/time -v`), scale templates\n")
        print("| functions | template (KB) | installed tool (MB) | tool wall | reference (MB) | reference wall |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: |")
        bench = os.path.join(ROOT, "bench", "SamTransform.Bench")
        reference_sizes = {int(n) for n in options.reference_sizes.split(",") if n}
        for n in [int(n) for n in options.sizes.split(",")]:
            template = os.path.join(work, f"functions-{n}.yaml")
            run(["dotnet", "run", "-c", "Release", "--project", bench, "--", "generate", str(n), template])
            mine, mine_wall = peak_rss_mb([tool, "transform", template, "-o", template + ".json"])
            theirs, theirs_wall = peak_rss_mb(["python3", REFERENCE, template]) if n in reference_sizes else (None, "")
            theirs_text = f"{theirs:.0f}" if theirs is not None else "not run"
            print(f"| {n:,} | {os.path.getsize(template) // 1024:,} | {mine:.0f} | {mine_wall} | {theirs_text} | {theirs_wall} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
