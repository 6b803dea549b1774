/** The platform's package root and version, found above this file (works from source and from dist). */
import fs from 'node:fs';
import path from 'node:path';

function findPackageRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file) && (JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string }).name === 'shuyu') return dir;
  }
  return process.cwd();
}

export const packageRoot = findPackageRoot();

export const platformVersion = (() => {
  const file = path.join(packageRoot, 'package.json');
  return fs.existsSync(file) ? ((JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: string }).version ?? '0.0.0') : '0.0.0';
})();
