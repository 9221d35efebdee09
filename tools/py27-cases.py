#!/usr/bin/env python3
"""Records what the reference translator hashes for each template of a folder, as expected values for tests.

  python3 tools/py27-cases.py ../shared/tools/sam-reference.py FOLDER [NAME ...]

For every FOLDER/NAME.yaml (all of them when no NAME is given) it runs the reference under tools/sam-hash-spy.py and
writes FOLDER/NAME.sha1input: each distinct string the translator handed to SHA-1, one a line, in the order they
were first hashed (the REST API deployment's input is the one that renders the definition). The templates are
your own probes; the answers are the oracle's.
"""
import ast
import os
import subprocess
import sys

reference, folder = sys.argv[1], sys.argv[2]
names = sys.argv[3:] or sorted(os.path.splitext(f)[0] for f in os.listdir(folder) if f.endswith(".yaml"))
spy = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sam-hash-spy.py")
for name in names:
    template = os.path.join(folder, name + ".yaml")
    run = subprocess.run([sys.executable, spy, reference, template], capture_output=True, text=True)
    seen = []
    for line in run.stderr.splitlines():
        if line.startswith("SHA1INPUT: "):
            text = ast.literal_eval(line[len("SHA1INPUT: "):]).decode("utf-8")  # the spy prints a bytes literal
            if text not in seen:
                seen.append(text)
    if not seen:
        print(f"{name}: nothing hashed (exit {run.returncode}); {run.stdout.strip()[:200]}")
        continue
    with open(os.path.join(folder, name + ".sha1input"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("".join(s + "\n" for s in seen))
    print(f"{name}: {len(seen)} hashed string(s)")
