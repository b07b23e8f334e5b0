import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text the browser fetches; source maps are left alone (only devtools read them). */
const COMPRESSIBLE = /\.(js|css|svg|json|html|txt)$/;
/** Below this, a compressed copy saves less than its own headers cost. */
const MIN_BYTES = 1024;

export interface CompressedFile {
  file: string;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/** Writes `name.br` and `name.gz` next to every compressible file of `dir` (recursively). */
export async function precompressDir(dir: string): Promise<CompressedFile[]> {
  const written: CompressedFile[] = [];
  for (const entry of await readdir(dir, { recursive: true })) {
    const path = join(dir, entry);
    if (!COMPRESSIBLE.test(entry) || !(await stat(path)).isFile()) continue;
    const source = await readFile(path);
    if (source.byteLength < MIN_BYTES) continue;
    const [br, gz] = await Promise.all([
      brotli(source, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: source.byteLength,
        },
      }),
      gzipAsync(source, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
    written.push({ file: entry, bytes: source.byteLength, brotliBytes: br.byteLength, gzipBytes: gz.byteLength });
  }
  return written;
}

/**
 * Brotli and gzip copies of the hashed assets, made once at build time so the gateway (and nginx's
 * gzip_static) send them as they are instead of compressing on every request.
 */
export function precompress(): Plugin {
  let assetsDir = '';
  let log: (message: string) => void = () => undefined;
  return {
    name: 'cch-precompress',
    apply: 'build',
    configResolved(config) {
      assetsDir = join(config.root, config.build.outDir, config.build.assetsDir);
      log = (message) => config.logger.info(message);
    },
    async closeBundle() {
      const files = await precompressDir(assetsDir);
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
      for (const { file, bytes, brotliBytes, gzipBytes } of files) {
        log(`${file}: ${kb(bytes)} → br ${kb(brotliBytes)}, gz ${kb(gzipBytes)}`);
      }
    },
  };
}
