#!/usr/bin/env python3
"""Copy SAM templates as `sam package` would leave them, for measurements on templates fetched without their code.

Each local artifact path (CodeUri, ContentUri, DefinitionUri, SchemaUri, an AWS::Include or application Location:
a plain value that is not an s3:// or https:// URI) becomes s3://sam-package-stand-in/<path>, so that AWS's
translator, which only takes packaged templates, and `validate` see the same input. Lines are rewritten in place:
positions stay those of the original.

Usage: bench/package_stand_in.py SOURCE_DIR OUT_DIR
"""
import re
import sys
from pathlib import Path

KEYS = ("CodeUri", "ContentUri", "DefinitionUri", "SchemaUri", "Location")
LINE = re.compile(r"^(\s*(?:-\s+)?(?:" + "|".join(KEYS) + r")\s*:\s*)(['\"]?)([^'\"#\s][^'\"#]*?)\2(\s*(?:#.*)?)$")


def rewrite(line: str) -> str:
    body = line.rstrip("\r\n")
    end = line[len(body):]
    m = LINE.match(body)
    if not m:
        return line
    value = m.group(3).strip()
    if value.startswith(("!", "{", "[", "|", ">")) or "://" in value or value.startswith("arn:"):
        return line
    return f"{m.group(1)}{m.group(2)}s3://sam-package-stand-in/{value}{m.group(2)}{m.group(4)}{end}"


def main() -> None:
    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for f in sorted(src.iterdir()):
        if f.suffix in (".yaml", ".yml", ".json") and f.is_file():
            text = f.read_text(encoding="utf-8")
            (out / f.name).write_text("".join(rewrite(l) for l in text.splitlines(keepends=True)).replace("\r\n", "\n"), encoding="utf-8")


if __name__ == "__main__":
    main()
