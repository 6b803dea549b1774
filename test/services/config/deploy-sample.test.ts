/** The sample environment file of the deploy guide configures a production start as it is written. */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../../services/config/config';

const SAMPLE = path.join(__dirname, '../../../deploy/shuyu.env.sample');

function sampleEnv(): Record<string, string> {
  const pairs = fs.readFileSync(SAMPLE, 'utf8').split('\n').filter((line) => /^[A-Z_]+=/.test(line));
  return Object.fromEntries(pairs.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

describe('deploy/shuyu.env.sample', () => {
  it('passes validation as written, as a production profile without the demo and with keys outside the data directory', () => {
    const config = loadConfig(sampleEnv());
    expect(config.profile).toBe('production');
    expect(config.demo).toBe(false);
    expect(path.relative(config.dataDir, config.keys.dir).startsWith('..')).toBe(true);
  });

  it('names every variable the configuration reads', () => {
    const source = fs.readFileSync(path.join(__dirname, '../../../services/config/config.ts'), 'utf8');
    const read = [...source.matchAll(/^ {2}(SHUYU_[A-Z_]+):/gm)].map((m) => m[1]);
    const documented = fs.readFileSync(SAMPLE, 'utf8');
    expect(read.filter((name) => !documented.includes(name))).toEqual([]);
  });
});
