/** The platform version, from the package.json found above this file (works from source and from dist). */
import fs from 'node:fs';
import path from 'node:path';

function findVersion(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (parsed.name === 'shuyu' && parsed.version) return parsed.version;
    }
  }
  return '0.0.0';
}

export const platformVersion = findVersion();
