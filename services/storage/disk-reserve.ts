/**
 * The disk reserve: free space on the data directory's filesystem that uploads and provisioning
 * may not use, so the audit log and the control store keep room to record (among other things)
 * the refusals.
 *
 * Contract:
 * - `SHUYU_DISK_RESERVE` is either a size (`1GiB`, `500MiB`, `64mb`, `0`; K/M/G/T with or
 *   without the `i` all count in 1024s, as the other size settings do) or a share of the
 *   filesystem (`5%`, `2.5%`; at most 50 %).
 * - Unset, the reserve is the smaller of 1 GiB and 5 % of the filesystem: 1 GiB on a large
 *   disk, and 5 % on a small one where 1 GiB would refuse everything.
 * - A reserve given one way holds exactly: a size is that size, a share is that share.
 */
export type DiskReserve = Readonly<{ bytes: number | null; percent: number | null }>;

export const DEFAULT_DISK_RESERVE: DiskReserve = Object.freeze({ bytes: 1024 ** 3, percent: 5 });

const SIZE = /^(\d+(?:\.\d+)?)\s*(?:(k|m|g|t)(?:i?b)?|b)?$/i;
const SHARE = /^(\d+(?:\.\d+)?)\s*%$/;
const FACTOR: Record<string, number> = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** The reserve written in `text`, or null when it is not a size or a share of at most 50 %. */
export function parseDiskReserve(text: string): DiskReserve | null {
  const trimmed = text.trim();
  const share = SHARE.exec(trimmed);
  if (share) {
    const percent = Number(share[1]);
    return percent <= 50 ? { bytes: null, percent } : null;
  }
  const size = SIZE.exec(trimmed);
  if (!size) return null;
  const unit = (size[2] ?? 'b').toLowerCase();
  const bytes = Math.floor(Number(size[1]) * FACTOR[unit]);
  return Number.isSafeInteger(bytes) ? { bytes, percent: null } : null;
}

/** The reserve in bytes on a filesystem of `totalBytes`: the smaller of the limits given. */
export function reserveBytes(reserve: DiskReserve, totalBytes: number): number {
  const limits = [reserve.bytes, reserve.percent === null ? null : Math.floor((totalBytes * reserve.percent) / 100)].filter((n): n is number => n !== null);
  return limits.length ? Math.min(...limits) : 0;
}

/** For messages and logs: `1 GiB or 5 %, whichever is smaller`. */
export function describeReserve(reserve: DiskReserve): string {
  const size = reserve.bytes === null ? null : formatBytes(reserve.bytes);
  const share = reserve.percent === null ? null : `${reserve.percent} %`;
  return size && share ? `${size} or ${share}, whichever is smaller` : (size ?? share ?? '0 B');
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i += 1;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[i]}`;
}
