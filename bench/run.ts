/**
 * `npm run bench`: every benchmark, one after the other, each printing its figures and a reference measured in the same
 * run. Record results in bench/RESULTS.md with the date and the machine. Arguments after the name go to the benchmark:
 * `npm run bench -- statistics 300000 --stores=postgresql`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const rest = process.argv.slice(3);
for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort()) {
  console.log(`\n## ${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, file), ...rest], { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
  if (result.status !== 0) process.exitCode = 1;
}
