#!/usr/bin/env python3
"""Writes schemas/cfn/<type>.json: CloudFormation resource schemas for the types listed in schemas/cfn-types.txt.

Source: the npm package @aws-cdk/aws-service-spec (its db.json.gz: property types, required properties, allowed
values), fetched with `npm pack`, plus the project's constraint table schemas/cfn-constraints.json (minimum, maximum,
length, pattern, from the AWS quota documentation). The output has the shape of the official per-region schemas
(typeName, properties, definitions, required, additionalProperties: false), so the validator treats both alike.

Usage: python3 tools/generate-cfn-schemas.py [--spec PATH/TO/db.json.gz]
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "@aws-cdk/aws-service-spec"


def fetch_spec(workdir):
    out = subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=workdir, check=True, capture_output=True, text=True)
    tarball = out.stdout.strip().splitlines()[-1]
    subprocess.run(["tar", "xzf", tarball], cwd=workdir, check=True)
    with open(os.path.join(workdir, "package", "package.json")) as f:
        version = json.load(f)["version"]
    return os.path.join(workdir, "package", "db.json.gz"), version


def spec_version(spec_path):
    """The version of an unpacked package given with --spec (its package.json beside db.json.gz), else 'local'."""
    manifest = os.path.join(os.path.dirname(os.path.abspath(spec_path)), "package.json")
    if os.path.exists(manifest):
        with open(manifest) as f:
            return json.load(f)["version"]
    return "local"


def convert(t, definitions, types_by_id, resource_types, depth=0):
    kind = t["type"]
    if kind == "string":
        schema = {"type": "string"}
        if t.get("allowedValues"):
            schema["enum"] = sorted(set(t["allowedValues"]))
        return schema
    if kind in ("integer", "number", "boolean", "null"):
        return {"type": kind}
    if kind == "date-time":
        return {"type": "string"}
    if kind == "json":
        return {}
    if kind == "tag":
        definitions["Tag"] = {
            "type": "object",
            "additionalProperties": False,
            "properties": {"Key": {"type": "string"}, "Value": {"type": "string"}},
            "required": ["Key", "Value"],
        }
        return {"$ref": "#/definitions/Tag"}
    if kind == "array":
        return {"type": "array", "items": convert(t["element"], definitions, types_by_id, resource_types, depth + 1)}
    if kind == "map":
        return {"type": "object", "additionalProperties": convert(t["element"], definitions, types_by_id, resource_types, depth + 1)}
    if kind == "union":
        return {"anyOf": [convert(u, definitions, types_by_id, resource_types, depth + 1) for u in t["types"]]}
    if kind == "ref":
        target = types_by_id[t["reference"]["$ref"]]
        name = target["name"]
        if name not in definitions:
            definitions[name] = None  # placeholder against recursion
            definitions[name] = object_schema(target["properties"], definitions, types_by_id, resource_types)
        return {"$ref": "#/definitions/" + name}
    raise ValueError("unknown type kind " + kind)


def property_schema(prop, definitions, types_by_id, resource_types):
    variants = [prop["type"]] + list(prop.get("previousTypes", []))
    schemas = []
    for v in variants:
        s = convert(v, definitions, types_by_id, resource_types)
        if s not in schemas:
            schemas.append(s)
    # CloudFormation still accepts the shapes a property had before (previousTypes).
    return schemas[0] if len(schemas) == 1 else {"anyOf": schemas}


def object_schema(properties, definitions, types_by_id, resource_types):
    if not properties:
        return {"type": "object"}
    schema = {
        "type": "object",
        "additionalProperties": False,
        "properties": {name: property_schema(p, definitions, types_by_id, resource_types) for name, p in sorted(properties.items())},
    }
    required = sorted(name for name, p in properties.items() if p.get("required"))
    if required:
        schema["required"] = required
    return schema


def apply_constraints(schema, path, constraint, type_name):
    node = schema
    parts = path.split(".")
    for i, part in enumerate(parts):
        container = node
        while True:
            if "$ref" in container:
                container = schema["definitions"][container["$ref"].split("/")[-1]]
            elif container.get("type") == "array" and "items" in container:
                container = container["items"]
            else:
                break
        props = container.get("properties", {})
        if part not in props:
            sys.exit(f"{type_name}: constraint path '{path}' has no property '{part}'")
        node = props[part]
        if i == len(parts) - 1:
            target = node
            while "$ref" in target:
                target = schema["definitions"][target["$ref"].split("/")[-1]]
            if target.get("type") == "array" and not any(k in constraint for k in ("maxItems", "minItems")):
                target = target["items"]
            target.update(constraint)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--spec", help="db.json.gz of @aws-cdk/aws-service-spec (default: npm pack the latest)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        spec_path, version = (args.spec, spec_version(args.spec)) if args.spec else fetch_spec(tmp)
        with gzip.open(spec_path) as f:
            db = json.load(f)["schema"]
    types_by_id = {t["$id"]: t for t in db["typeDefinition"]["entities"]}
    resources = {r["cloudFormationType"]: r for r in db["resource"]["entities"]}
    with open(os.path.join(ROOT, "schemas", "cfn-types.txt")) as f:
        wanted = [line.strip() for line in f if line.strip() and not line.startswith("#")]
    with open(os.path.join(ROOT, "schemas", "cfn-constraints.json")) as f:
        constraints = json.load(f)
    out_dir = os.path.join(ROOT, "schemas", "cfn")
    os.makedirs(out_dir, exist_ok=True)
    for old in os.listdir(out_dir):
        os.remove(os.path.join(out_dir, old))
    for type_name in wanted:
        resource = resources.get(type_name)
        if resource is None:
            sys.exit(f"{type_name} is not in {PACKAGE} {version}")
        definitions = {}
        body = object_schema(resource["properties"], definitions, types_by_id, resources)
        schema = {
            "typeName": type_name,
            "description": f"Generated by tools/generate-cfn-schemas.py from {PACKAGE} {version} and schemas/cfn-constraints.json.",
            "additionalProperties": False,
            "properties": body.get("properties", {}),
        }
        # Attributes (return values) are not inputs: listed the way the official schemas list them.
        read_only = sorted(a for a in resource.get("attributes", {}) if "." not in a and a not in body.get("properties", {}))
        if read_only:
            schema["readOnlyProperties"] = ["/properties/" + a for a in read_only]
        if body.get("required"):
            schema["required"] = body["required"]
        if definitions:
            schema["definitions"] = dict(sorted(definitions.items()))
        for path, constraint in constraints.get(type_name, {}).items():
            apply_constraints(schema, path, constraint, type_name)
        name = type_name.lower().replace("::", "-") + ".json"
        with open(os.path.join(out_dir, name), "w") as f:
            json.dump(schema, f, indent=1, sort_keys=False)
            f.write("\n")
    print(f"wrote {len(wanted)} schemas from {PACKAGE} {version}")


if __name__ == "__main__":
    main()
