import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: AsyncIterable<Buffer | string> | Iterable<Buffer | string>;
}

interface WrittenEntry {
  name: Buffer;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

const UTF8_NAMES_AND_DATA_DESCRIPTOR = 0x0808;
const DEFLATE = 8;
const VERSION = 20;
const MAX_ZIP32 = 0xffff_ffff;

/** 1980-01-01 00:00 in MS-DOS time and date: a fixed stamp keeps exports byte-identical for equal data. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function localHeader(name: Buffer): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(UTF8_NAMES_AND_DATA_DESCRIPTOR, 6);
  header.writeUInt16LE(DEFLATE, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  // crc and sizes are zero here: they follow the data in its descriptor
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function dataDescriptor(entry: WrittenEntry): Buffer {
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(entry.crc, 4);
  descriptor.writeUInt32LE(entry.compressedSize, 8);
  descriptor.writeUInt32LE(entry.size, 12);
  return descriptor;
}

function centralHeader(entry: WrittenEntry): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(VERSION, 6);
  header.writeUInt16LE(UTF8_NAMES_AND_DATA_DESCRIPTOR, 8);
  header.writeUInt16LE(DEFLATE, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.compressedSize, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.name]);
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(count, 8);
  record.writeUInt16LE(count, 10);
  record.writeUInt32LE(size, 12);
  record.writeUInt32LE(offset, 16);
  return record;
}

/**
 * A ZIP archive written as its entries' data arrives: each entry is deflated on the fly and its
 * CRC and sizes follow it in a data descriptor, so nothing is held in memory but the current
 * chunk. Archives past 4 GiB (ZIP64) are refused rather than written corrupt.
 */
export async function* zipChunks(entries: Iterable<ZipEntry>): AsyncGenerator<Buffer> {
  const written: WrittenEntry[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const entry: WrittenEntry = { name: Buffer.from(name), crc: 0, compressedSize: 0, size: 0, offset };
    const header = localHeader(entry.name);
    yield header;
    offset += header.length;
    const deflate = createDeflateRaw();
    const feeding = pipeline(Readable.from(countInput(data, entry)), deflate);
    for await (const chunk of deflate as AsyncIterable<Buffer>) {
      entry.compressedSize += chunk.length;
      yield chunk;
    }
    await feeding;
    offset += entry.compressedSize;
    if (offset > MAX_ZIP32 || entry.size > MAX_ZIP32) throw new Error('archive larger than 4 GiB');
    const descriptor = dataDescriptor(entry);
    yield descriptor;
    offset += descriptor.length;
    written.push(entry);
  }
  const directory = Buffer.concat(written.map(centralHeader));
  yield directory;
  yield endOfCentralDirectory(written.length, directory.length, offset);
}

async function* countInput(data: ZipEntry['data'], entry: WrittenEntry): AsyncGenerator<Buffer> {
  for await (const part of data) {
    const chunk = typeof part === 'string' ? Buffer.from(part) : part;
    entry.crc = crc32(chunk, entry.crc);
    entry.size += chunk.length;
    yield chunk;
  }
}
