#!/usr/bin/env python3
"""Checks src/SamTransform/Data/connector_profiles.json, the connector profiles the project writes by hand from the
AWS SAM connector reference: every profile names a known kind, its access resolves to categories, policies name the
side whose role they attach to, and every %{Side.Property} placeholder is one the side's resource type can provide.

Usage: python3 tools/check_connector_profiles.py [path/to/connector_profiles.json]
Exit code 0 when the file is consistent, 1 with one line per problem otherwise."""
import json
import re
import sys
from pathlib import Path

KINDS = {"ManagedPolicy", "TopicPolicy", "QueuePolicy", "LambdaPermission"}
CATEGORIES = {"Read", "Write"}
PROPERTIES = {"Arn", "RoleName", "QueueUrl", "ResourceId", "Name", "Qualifier"}
RULE = re.compile(r"^(Ref|GetAtt:\w+|Role:\w+|RuleTargetRole|Literal:.*)$")
PLACEHOLDER = re.compile(r"%\{(Source|Destination)\.(\w+)\}")


def entries(mapping):
    return {k: v for k, v in mapping.items() if not k.startswith("_")}


def check(data):
    problems = []
    rules = entries(data["resourceTypes"])
    for type_name, type_rules in rules.items():
        for prop, rule in type_rules.items():
            if prop not in PROPERTIES:
                problems.append(f"resourceTypes.{type_name}: unknown property {prop}")
            if not RULE.match(rule):
                problems.append(f"resourceTypes.{type_name}.{prop}: unknown rule {rule!r}")
    for sam, cfn in entries(data["samTypes"]).items():
        if cfn not in rules:
            problems.append(f"samTypes.{sam}: {cfn} has no resourceTypes entry")

    blocks = entries(data["blocks"])
    used = set()
    for source, destinations in entries(data["profiles"]).items():
        for destination, profile in destinations.items():
            where = f"profiles.{source} -> {destination}"
            kind = profile.get("kind")
            if kind not in KINDS:
                problems.append(f"{where}: unknown kind {kind!r}")
            if (kind == "ManagedPolicy") != (profile.get("roleOf") in ("Source", "Destination")):
                problems.append(f"{where}: roleOf must be Source or Destination exactly for managed policies")
            access = profile.get("access")
            if isinstance(access, str):
                used.add(access)
                access = blocks.get(access)
                if access is None:
                    problems.append(f"{where}: unknown block {profile['access']!r}")
                    continue
            if not access or not set(access) <= CATEGORIES:
                problems.append(f"{where}: access categories must be a non-empty subset of {sorted(CATEGORIES)}")
                continue
            for combo in profile.get("validCombinations", []):
                if not set(combo) <= set(access):
                    problems.append(f"{where}: combination {combo} uses a category the profile lacks")
            for category, content in access.items():
                if kind == "LambdaPermission":
                    if not isinstance(content, dict) or {"Action", "Principal"} - set(content):
                        problems.append(f"{where}.{category}: a permission needs Action and Principal")
                elif not isinstance(content, list) or any(
                        s.get("Effect") != "Allow" or "Action" not in s or "Resource" not in s for s in content):
                    problems.append(f"{where}.{category}: statements need Effect Allow, Action and Resource")
                for side, prop in PLACEHOLDER.findall(json.dumps(content)):
                    side_type = source if side == "Source" else destination
                    if prop not in rules.get(side_type, {}):
                        problems.append(f"{where}.{category}: {side_type} cannot provide {side}.{prop}")
    for unused in set(blocks) - used:
        problems.append(f"blocks.{unused}: never used")
    return problems


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "src/SamTransform/Data/connector_profiles.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    problems = check(data)
    for problem in problems:
        print(problem)
    if not problems:
        pairs = sum(len(destinations) for destinations in entries(data["profiles"]).values())
        print(f"{path.name}: {pairs} profiles, consistent")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
