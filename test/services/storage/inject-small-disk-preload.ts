/**
 * Preload (`node --require`) for a child process on an injected small disk: patches its file
 * system boundary like the parent's (see small-disk.ts). `SHUYU_TEST_INJECTED_DISK=<dir>:<bytes>`.
 */
import { injectSmallDisk } from './small-disk';

const spec = process.env.SHUYU_TEST_INJECTED_DISK;
if (spec) {
  const at = spec.lastIndexOf(':');
  injectSmallDisk(spec.slice(0, at), Number(spec.slice(at + 1)));
}
