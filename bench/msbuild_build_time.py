#!/usr/bin/env python3
"""What SamTransform.MSBuild adds to `dotnet build` of a 20-function Lambda project.

Packs SamTransform.MSBuild from this checkout into a temporary feed, writes a project with 20 functions (one C# class,
a template whose functions all use the project as CodeUri, so every handler is checked), and times:

  * an unchanged build (incremental, nothing to do) of that project and of the same project without the package
    reference, alternating between the two (the machine's load drifts), median of --runs each: the difference is what
    the package costs on every build;
  * the SamTransform target itself (MSBuild's performance summary) when it is skipped and when the template changed
    (validate + handler check in a separate process).

Usage: python3 bench/msbuild_build_time.py [--runs 7] [--functions 20]
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ENV = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1", MSBUILDDISABLENODEREUSE="1")
COMMON = ["-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false"]


def run(args, cwd, check=True):
    result = subprocess.run(args, cwd=cwd, env=ENV, capture_output=True, text=True)
    if check and result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def write_project(root: Path, name: str, functions: int, version: str | None):
    (root / "Directory.Build.props").write_text("<Project />\n")
    (root / "Directory.Build.targets").write_text("<Project />\n")
    (root / "Directory.Packages.props").write_text("<Project />\n")
    (root / "NuGet.config").write_text(
        '<configuration><packageSources><clear /><add key="local" value="feed" /></packageSources></configuration>\n')
    project = root / name
    project.mkdir()
    reference = f'<PackageReference Include="SamTransform.MSBuild" Version="{version}" />' if version else ""
    (project / f"{name}.csproj").write_text(f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <AssemblyName>Bench.Functions</AssemblyName>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    {reference}
  </ItemGroup>
</Project>
""")
    methods = "\n".join(f"    public Stream Handle{i}(Stream input, ILambdaContext context) => input;" for i in range(functions))
    (project / "Functions.cs").write_text(
        "namespace Bench;\npublic interface ILambdaContext { }\npublic class Functions\n{\n" + methods + "\n}\n")
    resources = "".join(f"""  Function{i}:
    Type: AWS::Serverless::Function
    Properties:
      Handler: Bench.Functions::Bench.Functions::Handle{i}
      Events:
        Api:
          Type: HttpApi
          Properties:
            Path: /items/{i}
            Method: GET
""" for i in range(functions))
    (project / "template.yaml").write_text(f"""AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: dotnet8
    CodeUri: .
    MemorySize: 512
    Timeout: 10
Resources:
{resources}""")
    return project


def timed_build(project: Path, *extra):
    start = time.perf_counter()
    result = run(["dotnet", "build", "--no-restore", *COMMON, *extra], project)
    return time.perf_counter() - start, result.stdout


def target_ms(output: str, target: str = "SamTransform") -> float:
    # Performance summary line: "      123 ms  SamTransform    1 calls"
    match = re.search(rf"^\s*(\d+) ms\s+{re.escape(target)}\s+\d+ calls", output, re.MULTILINE)
    return float(match.group(1)) if match else 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--functions", type=int, default=20)
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="samtransform-bench-"))
    try:
        feed = root / "feed"
        run(["dotnet", "pack", str(REPO / "src/SamTransform.MSBuild"), "-c", "Release", "-o", str(feed), *COMMON], REPO)
        version = next(feed.glob("SamTransform.MSBuild.*.nupkg")).name[len("SamTransform.MSBuild."):-len(".nupkg")]
        project = write_project(root, "Bench", args.functions, version)
        baseline = write_project(root, "Baseline", args.functions, None)
        ENV["NUGET_PACKAGES"] = str(root / "packages")
        for folder in (project, baseline):
            run(["dotnet", "restore", *COMMON], folder)
        first, _ = timed_build(project)
        timed_build(baseline)

        enabled, disabled = [], []
        for _ in range(args.runs):
            enabled.append(timed_build(project)[0])
            disabled.append(timed_build(baseline)[0])
        _, skipped_log = timed_build(project, "-clp:PerformanceSummary")
        changed = []
        for _ in range(args.runs):
            (project / "template.yaml").touch()
            changed.append(target_ms(timed_build(project, "-clp:PerformanceSummary")[1]))

        print(f"functions: {args.functions}, runs: {args.runs}, package {version}")
        print(f"first build (restore done, compile + transform): {first:.2f} s")
        print(f"unchanged build, with the package:    median {statistics.median(enabled):.3f} s  (min {min(enabled):.3f})")
        print(f"unchanged build, without the package: median {statistics.median(disabled):.3f} s  (min {min(disabled):.3f})")
        print(f"added by the package on an unchanged build: {statistics.median(enabled) - statistics.median(disabled):+.3f} s (median difference)")
        print(f"SamTransform target when skipped: {target_ms(skipped_log):.0f} ms; _SamTransformPrepare: {target_ms(skipped_log, '_SamTransformPrepare'):.0f} ms")
        print(f"SamTransform target after a template change: median {statistics.median(changed):.0f} ms (min {min(changed):.0f})")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
