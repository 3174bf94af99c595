import { createHash, timingSafeEqual } from 'node:crypto';
import type { Grant } from './permissions.ts';
import type { TokenConfig } from './token-config.ts';

/** Who a valid token belongs to and what it may do. */
export interface Principal {
  readonly name: string;
  readonly grants: readonly Grant[];
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Checks presented tokens against the configured hashes; the tokens themselves are never kept. */
export class TokenRegistry {
  private readonly entries: readonly { hash: Buffer; principal: Principal }[];

  constructor(config: TokenConfig) {
    this.entries = config.tokens.map((t) => ({
      hash: Buffer.from(t.sha256, 'hex'),
      principal: { name: t.name, grants: t.grants },
    }));
  }

  get size(): number {
    return this.entries.length;
  }

  verify(token: string): Principal | undefined {
    const hash = createHash('sha256').update(token, 'utf8').digest();
    // Compare against every entry in constant time per entry, so timing says nothing about which matched.
    let found: Principal | undefined;
    for (const e of this.entries) if (timingSafeEqual(e.hash, hash)) found ??= e.principal;
    return found;
  }
}
