#!/usr/bin/env python3
"""API scaling: time the transform of templates with N functions, each with one HttpApi (--kind http) or one REST
Api (--kind rest) event on the implicit API.

http: every function adds a route (with a path parameter) to the implicit ServerlessHttpApi, which has a JWT default
authorizer from Globals, so the run exercises route edits, permissions and the default-authorizer pass.
rest: every function adds a path (with a path parameter) to the implicit ServerlessRestApi, whose Swagger document is
hashed (Python 2.7 rendering) for the deployment id.
The time per function should stay flat as N grows (linear total time).

Usage: python3 bench/api_scaling.py [--kind http|rest] [--cli PATH_TO_dotnet-sam-transform.dll] [--sizes 250,500,1000,2000] [--repeat 3]
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

REST_HEADER = """Transform: AWS::Serverless-2016-10-31
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


def template(kind: str, n: int) -> str:
    header = HEADER if kind == "http" else REST_HEADER
    event = "HttpApi" if kind == "http" else "Api"
    return header + "".join(FUNCTION.format(i=i).replace("Type: HttpApi", "Type: " + event) for i in range(n))


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
    parser.add_argument("--kind", choices=["http", "rest"], default="http")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        results = []
        for n in sizes:
            path = os.path.join(tmp, f"{args.kind}-{n}.yaml")
            with open(path, "w", encoding="utf-8") as f:
                f.write(template(args.kind, max(n, 1)))
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
