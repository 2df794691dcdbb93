// Restores the lockfile entries of Biome's per-platform binaries after `npm install`.
// When the registry in use does not carry every platform's binary, npm drops those optional
// entries from the lockfile, and `npm ci` then refuses the lockfile as out of sync. The entries
// carry os/cpu/libc, so npm skips them on other platforms and never needs to fetch them.
// Usage: node scripts/complete-lockfile.mjs [package-lock.json]
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const pkgs = lock.packages;
const targets = {
  'android-arm64': { os: ['android'], cpu: ['arm64'] },
  'android-x64': { os: ['android'], cpu: ['x64'] },
  'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  'linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
  'linux-x64-musl': { os: ['linux'], cpu: ['x64'], libc: ['musl'] },
  'win32-arm64': { os: ['win32'], cpu: ['arm64'] },
  'win32-x64': { os: ['win32'], cpu: ['x64'] },
};
const version = pkgs['node_modules/@biomejs/biome'].version;
for (const [name, t] of Object.entries(targets)) {
  const key = `node_modules/@biomejs/cli-${name}`;
  if (pkgs[key]) continue;
  pkgs[key] = {
    version,
    cpu: t.cpu,
    dev: true,
    ...(t.libc ? { libc: t.libc } : {}),
    license: 'MIT OR Apache-2.0',
    optional: true,
    os: t.os,
    engines: { node: '>=14.21.3' },
  };
}
const sorted = Object.fromEntries(
  Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
