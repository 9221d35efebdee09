#!/usr/bin/env python3
"""Check src/SamTransform/Data/policy_templates.json against the conformance corpus.

Expands every policy template used in input/all_policy_templates.yaml (replacing
{"Ref": <Parameter>} with the given literal values) and compares the result with the
PolicyDocument of KitchenSinkFunctionRolePolicy<index> in output/<partition>/all_policy_templates.json.
Also checks that each template's Definition only references declared parameters.

Usage: tools/check_policy_templates.py [--corpus DIR] [--data FILE]
Stdlib only; reads the corpus in place (default ../shared/conformance relative to the repo root).
"""
import argparse
import json
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PARTITIONS = ["aws", "aws-cn", "aws-us-gov"]

# Templates used elsewhere in the corpus with literal values:
# (output case, path to the PolicyDocument inside the role's Policies, template, parameter values)
EXTRA_CASES = [
    ("function_with_conditional_policy_template", (0, "Fn::If", 1, "PolicyDocument"),
     "AWSSecretsManagerGetSecretValuePolicy", {"SecretArn": "Dummy Secret Arn"}),
    ("function_with_conditional_policy_template", (0, "Fn::If", 2, "PolicyDocument"),
     "AWSSecretsManagerRotationPolicy", {"FunctionName": "Dummy Function Name"}),
]


def parse_policies(path):
    """Minimal reader for the Policies list of all_policy_templates.yaml (no PyYAML needed).

    Returns [(template_name, {param: value})] in list order."""
    lines = open(path, encoding="utf-8").read().splitlines()
    start = next(i for i, l in enumerate(lines) if l.strip() == "Policies:")
    result = []
    item_indent = None
    for line in lines[start + 1:]:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip())
        m = re.match(r"^(\s*)- ([A-Za-z0-9_]+):\s*(\{\})?\s*$", line)
        if m and (item_indent is None or indent == item_indent):
            item_indent = indent
            result.append((m.group(2), {}))
            continue
        if item_indent is not None and indent > item_indent and result:
            k, v = line.strip().split(":", 1)
            v = v.strip()
            if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
                v = v[1:-1]
            result[-1][1][k.strip()] = v
            continue
        break  # end of the Policies list
    return result


def expand(node, values):
    if isinstance(node, dict):
        if len(node) == 1 and "Ref" in node and isinstance(node["Ref"], str) and node["Ref"] in values:
            return values[node["Ref"]]
        return {k: expand(v, values) for k, v in node.items()}
    if isinstance(node, list):
        return [expand(v, values) for v in node]
    return node


def refs(node, acc):
    if isinstance(node, dict):
        if len(node) == 1 and "Ref" in node and isinstance(node["Ref"], str):
            acc.add(node["Ref"])
        for v in node.values():
            refs(v, acc)
    elif isinstance(node, list):
        for v in node:
            refs(v, acc)
    return acc


def canon(x):
    """Canonical form: arrays put in a stable order at every depth (the corpus compares that way)."""
    if isinstance(x, dict):
        return {k: canon(v) for k, v in x.items()}
    if isinstance(x, list):
        return sorted((canon(v) for v in x), key=lambda v: json.dumps(v, sort_keys=True))
    return x


def role_policies(output_file, role):
    doc = json.load(open(output_file, encoding="utf-8"))
    return doc["Resources"][role]["Properties"]["Policies"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(REPO, "..", "shared", "conformance"))
    ap.add_argument("--data", default=os.path.join(REPO, "src", "SamTransform", "Data", "policy_templates.json"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    data = json.load(open(args.data, encoding="utf-8"))
    templates = data["Templates"]
    ok = bad = 0
    used = set()

    # Structural check: Refs in Definition must be declared parameters (or pseudo parameters), and vice versa.
    for name, t in templates.items():
        declared = set(t.get("Parameters", {}))
        found = {r for r in refs(t["Definition"], set()) if not r.startswith("AWS::")}
        if found != declared:
            print(f"STRUCTURE {name}: declared {sorted(declared)} but Definition references {sorted(found)}")
            bad += 1

    cases = []
    for i, (name, values) in enumerate(parse_policies(os.path.join(args.corpus, "input", "all_policy_templates.yaml"))):
        for part in PARTITIONS:
            out = os.path.join(args.corpus, "output", part, "all_policy_templates.json")
            pols = {p["PolicyName"]: p["PolicyDocument"] for p in role_policies(out, "KitchenSinkFunctionRole")}
            cases.append((f"{part}/all_policy_templates[{i}]", name, values,
                          pols.get(f"KitchenSinkFunctionRolePolicy{i}")))
    for case, path, name, values in EXTRA_CASES:
        for part in PARTITIONS:
            out = os.path.join(args.corpus, "output", part, case + ".json")
            node = role_policies(out, next(k for k, v in json.load(open(out))["Resources"].items()
                                           if v["Type"] == "AWS::IAM::Role"))
            for step in path:
                node = node[step]
            cases.append((f"{part}/{case}", name, values, node))

    for label, name, values, expected in cases:
        used.add(name)
        if name not in templates:
            print(f"MISSING {label}: template {name} not in data file")
            bad += 1
            continue
        t = templates[name]
        if set(values) != set(t.get("Parameters", {})):
            print(f"PARAMS {label} {name}: corpus gives {sorted(values)}, template declares {sorted(t.get('Parameters', {}))}")
            bad += 1
            continue
        actual = expand(t["Definition"], values)
        if expected is None or canon(actual) != canon(expected):
            print(f"MISMATCH {label} {name}")
            print("  expected:", json.dumps(expected, sort_keys=True))
            print("  actual:  ", json.dumps(actual, sort_keys=True))
            bad += 1
        else:
            ok += 1
            if args.verbose:
                print(f"ok {label} {name}")

    unused = sorted(set(templates) - used)
    print(f"{len(templates)} templates in data file; {len(unused)} not exercised by these corpus cases: {', '.join(unused)}")
    print(f"{ok} ok, {bad} mismatched")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
