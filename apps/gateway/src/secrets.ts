import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface GatewaySecrets {
  adminToken: string;
  encryptionKey: string;
}

async function readSecretFile(path: string): Promise<string | null> {
  try {
    const value = (await readFile(path, 'utf8')).trim();
    return value.length > 0 ? value : null;
  } catch {
    return null;
  }
}

/**
 * ADMIN_TOKEN and ENCRYPTION_KEY from the environment, else from DATA_DIR, else generated once
 * and kept in DATA_DIR (mode 600). `onGenerated` is told only when a value is new, so the
 * admin token is printed exactly once.
 */
export async function resolveSecrets(input: {
  adminToken: string;
  encryptionKey: string;
  dataDir: string;
  onGenerated: (name: 'admin-token' | 'encryption-key', value: string, path: string) => void;
}): Promise<GatewaySecrets> {
  const resolveOne = async (name: 'admin-token' | 'encryption-key', configured: string, size: number) => {
    if (configured) return configured;
    const path = join(input.dataDir, name);
    const stored = await readSecretFile(path);
    if (stored) return stored;
    const value =
      name === 'admin-token'
        ? `cch-admin-${randomBytes(size).toString('base64url')}`
        : randomBytes(size).toString('base64url');
    await mkdir(input.dataDir, { recursive: true });
    await writeFile(path, `${value}\n`, { mode: 0o600, flag: 'wx' }).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    const winner = (await readSecretFile(path)) ?? value;
    if (winner === value) input.onGenerated(name, value, path);
    return winner;
  };
  return {
    adminToken: await resolveOne('admin-token', input.adminToken, 24),
    encryptionKey: await resolveOne('encryption-key', input.encryptionKey, 32),
  };
}
