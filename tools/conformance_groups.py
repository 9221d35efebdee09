#!/usr/bin/env python3
"""Summarise a `dotnet sam-transform conformance` run per capability group.

Usage: dotnet run --project src/SamTransform.Cli -- conformance ../shared/conformance > /tmp/conf.txt
       python3 tools/conformance_groups.py /tmp/conf.txt [../shared/conformance]
Prints, for each groups/<name>.txt, passed/total checks (a case has 3 checks, error_* cases 1)."""
import os, re, sys

report = sys.argv[1]
corpus = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "conformance")
failed = {}
for line in open(report):
    m = re.match(r"FAIL (\S+) \[(\S+)\]", line)
    if m:
        failed.setdefault(m.group(1), set()).add(m.group(2))
groups = os.path.join(corpus, "groups")
for name in sorted(os.listdir(groups)):
    cases = [c.strip() for c in open(os.path.join(groups, name)) if c.strip()]
    total = sum(1 if c.startswith("error_") else 3 for c in cases)
    bad = sum(len(failed.get(c, ())) for c in cases)
    print(f"{name[:-4]:20} {total - bad:5}/{total:<5} {100.0 * (total - bad) / total:5.1f}%")
