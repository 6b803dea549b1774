/**
 * The registration package as a ZIP: `manifest.json`, `manifest.sha256` (in `sha256sum` format)
 * and the evidence files, every entry stored uncompressed, so that a verifier needs nothing but
 * a SHA-256 and the ZIP's local headers (no inflate) to check it.
 */
import { zipSync, type Zippable } from 'fflate';
import type { RegistrationPackage } from './registration-package';

export function zipPackage(pkg: RegistrationPackage): Buffer {
  const entries: Zippable = {
    'manifest.json': new Uint8Array(pkg.manifestBytes),
    'manifest.sha256': new Uint8Array(Buffer.from(`${pkg.manifestSha256}  manifest.json\n`, 'utf8')),
  };
  for (const file of pkg.files) entries[file.path] = new Uint8Array(file.bytes);
  return Buffer.from(zipSync(entries, { level: 0, mtime: pkg.manifest.generatedAt }));
}
