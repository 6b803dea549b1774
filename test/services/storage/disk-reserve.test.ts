import { DEFAULT_DISK_RESERVE, describeReserve, parseDiskReserve, reserveBytes } from '../../../services/storage/disk-reserve';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

describe('the disk reserve', () => {
  it.each([
    ['1GiB', 1 * GiB],
    ['500MiB', 500 * MiB],
    ['64mb', 64 * MiB],
    ['2g', 2 * GiB],
    ['1.5GiB', 1.5 * GiB],
    ['1 TiB', 1024 * GiB],
    ['4096', 4096],
    ['100b', 100],
    ['0', 0],
  ])('reads the size %s', (text, bytes) => {
    expect(parseDiskReserve(text)).toEqual({ bytes, percent: null });
  });

  it.each([
    ['5%', 5],
    ['2.5%', 2.5],
    ['50%', 50],
    ['0%', 0],
  ])('reads the share %s', (text, percent) => {
    expect(parseDiskReserve(text)).toEqual({ bytes: null, percent });
  });

  it.each(['lots', '-1GiB', '1XB', '51%', '5 %%', 'GiB', '1GiBs', '1ib', ''])('refuses %p', (text) => {
    expect(parseDiskReserve(text)).toBeNull();
  });

  it('defaults to the smaller of 1 GiB and 5 % of the filesystem', () => {
    expect(reserveBytes(DEFAULT_DISK_RESERVE, 100 * GiB)).toBe(GiB);
    expect(reserveBytes(DEFAULT_DISK_RESERVE, 10 * GiB)).toBe(Math.floor(0.5 * GiB));
    expect(reserveBytes(DEFAULT_DISK_RESERVE, 64 * MiB)).toBe(Math.floor(3.2 * MiB));
    expect(describeReserve(DEFAULT_DISK_RESERVE)).toBe('1 GiB or 5 %, whichever is smaller');
  });

  it('holds a size or a share exactly as given', () => {
    expect(reserveBytes({ bytes: 8 * MiB, percent: null }, 64 * MiB)).toBe(8 * MiB);
    expect(reserveBytes({ bytes: 8 * MiB, percent: null }, 4 * MiB)).toBe(8 * MiB);
    expect(reserveBytes({ bytes: null, percent: 10 }, 1000)).toBe(100);
    expect(reserveBytes({ bytes: null, percent: null }, 1000)).toBe(0);
  });
});
