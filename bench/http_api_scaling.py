#!/usr/bin/env python3
"""HttpApi scaling: time the transform of templates with N functions, each with one HttpApi event.

Every function adds a route (with a path parameter) to the implicit ServerlessHttpApi, which has a JWT default
authorizer from Globals, so the run exercises route edits, permissions and the default-authorizer pass. The time per
function should stay flat as N grows (linear total time).

Usage: python3 bench/http_api_scaling.py [--cli PATH_TO_dotnet-sam-transform.dll] [--sizes 250,500,1000,2000] [--repeat 3]
Build first: dotnet build -c Release src/SamTransform.Cli
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time

HEADER = """Transform: AWS::Serverless-2016-10-31
Globals:
  HttpApi:
    Auth:
      DefaultAuthorizer: Jwt
      Authorizers:
        Jwt:
          IdentitySource: $request.header.Authorization
          JwtConfiguration:
            issuer: https://issuer.example.org
            audience: [app]
Resources:
"""

FUNCTION = """  Fn{i}:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      CodeUri: s3://bucket/app.zip
      Events:
        Get:
          Type: HttpApi
          Properties:
            Path: /items{i}/{{id}}
            Method: get
"""


def template(n: int) -> str:
    return HEADER + "".join(FUNCTION.format(i=i) for i in range(n))


def run(cli: str, path: str) -> float:
    start = time.perf_counter()
    subprocess.run(["dotnet", cli, "transform", path, "-o", os.devnull], check=True)
    return time.perf_counter() - start


def main() -> None:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default=os.path.join(root, "artifacts/bin/SamTransform.Cli/release/dotnet-sam-transform.dll"))
    parser.add_argument("--sizes", default="0,250,500,1000,2000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        results = []
        for n in sizes:
            path = os.path.join(tmp, f"http-{n}.yaml")
            with open(path, "w", encoding="utf-8") as f:
                f.write(template(max(n, 1)))
            times = [run(args.cli, path) for _ in range(args.repeat)]
            results.append((max(n, 1), statistics.median(times), os.path.getsize(path)))
        base = results[0][1] if sizes[0] == 0 else 0.0
        print("| functions | template KiB | median wall time (s) | minus start-up (s) | ms per function |")
        print("| ---: | ---: | ---: | ---: | ---: |")
        for n, t, size in results:
            net = t - base
            print(f"| {n} | {size / 1024:.0f} | {t:.3f} | {net:.3f} | {1000 * net / n:.3f} |")


if __name__ == "__main__":
    main()
