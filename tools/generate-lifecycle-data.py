#!/usr/bin/env python3
"""Writes the lifecycle tables of src/SamTransform/Data/validation_rules.json:

- "runtimes": every Lambda runtime identifier of the Runtime enum of the official AWS::Lambda::Function schema
  (default ../shared/cfn-schemas), with the deprecation, block-create and block-update dates of
  tools/data/lambda-runtimes.tsv (each row names its source; null for a runtime with no announced date);
- "retired": the resource type prefixes of retired services from tools/data/retired-services.tsv.

The rest of the file (limits, levels, fargate) is kept as it is.

Usage: python3 tools/generate-lifecycle-data.py [--schemas DIR]
"""
import argparse
import csv
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "src", "SamTransform", "Data", "validation_rules.json")


def rows(name):
    with open(os.path.join(ROOT, "tools", "data", name)) as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))



def dump(value, indent=0):
    """JSON as the file is written by hand: two-space indentation, entries of a table and lists of plain values on one line."""
    scalar = lambda v: not isinstance(v, (dict, list))
    if isinstance(value, dict) and not (indent >= 2 and all(scalar(v) for v in value.values())):
        pad = "  " * (indent + 1)
        items = [pad + json.dumps(k) + ": " + dump(v, indent + 1) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + "  " * indent + "}"
    if isinstance(value, dict):
        return "{" + ", ".join(json.dumps(k) + ": " + json.dumps(v) for k, v in value.items()) + "}"
    return json.dumps(value, separators=(", ", ": "))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--schemas", default=os.path.join(ROOT, "..", "shared", "cfn-schemas"))
    args = parser.parse_args()
    with open(os.path.join(args.schemas, "aws-lambda-function.json")) as f:
        identifiers = json.load(f)["properties"]["Runtime"]["enum"]
    dates = {r["identifier"]: r for r in rows("lambda-runtimes.tsv")}
    missing = sorted(set(dates) - set(identifiers))
    if missing:
        raise SystemExit(f"lambda-runtimes.tsv lists runtimes the schema does not: {missing}")

    def value(r, key):
        return None if r[key] in ("", "-") else r[key]

    runtimes = {"_comment": "Runtime identifier -> Lambda's deprecation, block-create and block-update dates (tools/data/lambda-runtimes.tsv, via tools/generate-lifecycle-data.py); null: no date announced. Deprecated: a warning; creation blocked: an error; a name not listed: an error."}
    for identifier in sorted(identifiers, key=lambda i: (dates.get(i, {}).get("deprecated") or "9999", i), reverse=True):
        r = dates.get(identifier)
        runtimes[identifier] = None if r is None else {k: value(r, c) for k, c in (("deprecated", "deprecated"), ("blockCreate", "block_create"), ("blockUpdate", "block_update"))}
    retired = {"_comment": "Resource type prefix -> the retired service and its end-of-life date (tools/data/retired-services.tsv). A type of a retired service is an error."}
    for r in rows("retired-services.tsv"):
        retired[r["prefix"]] = {"service": r["service"], "retired": r["retired"]}

    with open(TARGET) as f:
        data = json.load(f)
    data["runtimes"] = runtimes
    data["retired"] = retired
    text = dump(data)
    with open(TARGET, "w") as f:
        f.write(text + "\n")
    print(f"wrote {TARGET}: {len(runtimes) - 1} runtimes, {len(retired) - 1} retired services")


if __name__ == "__main__":
    main()
