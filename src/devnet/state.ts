// The devnet's chain: accounts, blocks, deploys and (2.x) TransactionV1s in memory, optionally backed
// by an append-only checksummed log (log.ts) that is replayed on start, so a restart keeps everything.
// Records: genesis, then deploy / transaction / block in the order they happened; replaying them
// re-executes each block with the same deploys and transactions, so state roots, block hashes and
// execution results come back identical.
import { blake2b256, PublicKey, stringifyJson, toHex, utf8, type Json } from '../core/index.js';
import { deployFromJson, deployToJson, type Deploy } from '../deploy/index.js';
import { transactionFromJson, type TransactionV1 } from '../transaction/index.js';
import type { Chainspec } from '../chainspec/chainspec.js';
import type { Account, MutableState } from './accounts.js';
import { executeDeploy } from './execute.js';
import { ChainLog, ChainLogError, ChainLogWriteError, type LogStats } from './log.js';
import { messageOf } from '../core/errors.js';

export type { Account, MutableState } from './accounts.js';

export interface Block {
  hash: string;
  height: number;
  timestamp: number;
  parentHash: string;
  stateRootHash: string;
  deployHashes: string[];
  transferHashes: string[];
  /** TransactionV1s the block executed, with the lane each was put in (2.x only). */
  transactions?: { hash: string; lane: number }[];
}

/** The TransactionV1s of a 2.x chain (devnet/tx-pool.ts): kept, then executed after each block's deploys. */
export interface BlockHook {
  has(hash: string): boolean;
  add(t: TransactionV1, json: Json, lane: number): void;
  execute(state: MutableState): { hash: string; lane: number }[];
  committed(block: Block): void;
}

export interface StoredDeploy {
  deploy: Deploy;
  json: Json;
  block?: Block;
  result?: Json;
}

export interface ChainView {
  account(hash: string): Account | undefined;
  tip(): Block;
  /** Stored contracts and packages named at genesis (the devnet runs none of them). */
  hasContract(hash: string): boolean;
  hasPackage(hash: string): boolean;
}

export interface GenesisAccount {
  publicKey: string;
  balance: bigint;
  associatedKeys?: string[];
}

export interface GenesisCode {
  contracts: string[];
  packages: string[];
  /** Dictionaries the genesis accounts and contracts hold (read-only; see global-state.ts). */
  dictionaries?: GenesisDictionary[];
}

export interface GenesisDictionary {
  /** A public key or 'account-hash-…' (an account), or 'hash-…' (a contract in `contracts`). */
  owner: string;
  /** The named key under which the owner keeps the dictionary's seed URef. */
  name: string;
  /** Item key → value (a CLValue String). */
  items: Record<string, string>;
}

const purseFor = (hash: string) => `uref-${toHex(blake2b256(utf8(`main-purse:${hash}`)))}-007`;

class AccountBook implements MutableState {
  constructor(readonly accounts: Map<string, Account>) {}

  account(hash: string): Account | undefined {
    return this.accounts.get(hash);
  }

  accountForHash(hash: string, publicKey: string | null = null): Account {
    let a = this.accounts.get(hash);
    if (a === undefined) {
      a = { hash, publicKey, balance: 0n, associatedKeys: publicKey ? [publicKey] : [], mainPurse: purseFor(hash) };
      this.accounts.set(hash, a);
    } else if (a.publicKey === null && publicKey !== null) {
      a.publicKey = publicKey;
      if (!a.associatedKeys.includes(publicKey)) a.associatedKeys.push(publicKey);
    }
    return a;
  }

  accountForPublicKey(hex: string): Account {
    const pk = PublicKey.fromHex(hex);
    return this.accountForHash(toHex(pk.accountHash()), pk.toHex());
  }

  accountByPurse(uref: string): Account | undefined {
    for (const a of this.accounts.values()) if (a.mainPurse.slice(0, 69) === uref.slice(0, 69)) return a;
    return undefined;
  }

  clone(): AccountBook {
    return new AccountBook(
      new Map([...this.accounts].map(([k, a]) => [k, { ...a, associatedKeys: [...a.associatedKeys] }])),
    );
  }

  stateRoot(): string {
    const rows = [...this.accounts.values()]
      .sort((x, y) => (x.hash < y.hash ? -1 : 1))
      .map((a) => `${a.hash}:${a.balance}:${a.associatedKeys.join(',')}`);
    return toHex(blake2b256(utf8(rows.join('\n'))));
  }
}

type LogEvent =
  | {
      type: 'genesis';
      chainName: string;
      timestamp: number;
      generation?: string;
      accounts: { publicKey: string; balance: string; associatedKeys?: string[] }[];
      code?: GenesisCode;
    }
  | { type: 'deploy'; deploy: Json }
  /** A TransactionV1 as account_put_transaction took it, and the lane it was accepted into. */
  | { type: 'transaction'; transaction: { Version1: Json }; lane: number }
  | { type: 'block'; timestamp: number };

const modeName = (g: string | undefined) =>
  g === '1.5' ? '1.5 (--protocol 1.5)' : '2.x (the default, --protocol 2.0)';

export class Chain implements ChainView {
  private book = new AccountBook(new Map());
  readonly blocks: Block[] = [];
  readonly deploys = new Map<string, StoredDeploy>();
  private pending: string[] = [];
  private replaying = false;
  private code: GenesisCode = { contracts: [], packages: [] };
  /** Accounts as they were at each state root a block recorded, for reads at a past block. */
  private readonly snapshots = new Map<string, Map<string, Account>>();
  /** Decides how deploys execute (1.5 or 2.x pricing); set by the node before any block. */
  chainspec: Chainspec | undefined;
  /** The 2.x transaction pool given to open(): executes pending TransactionV1s into each block. */
  private blockHook: BlockHook | undefined;
  /** Bytes of a torn last record cut off the log on open (0 when it ended cleanly). */
  droppedBytes = 0;
  /** Called when the log cannot be written; the default throws (the devnet process exits instead). */
  onLogFailure: (e: ChainLogWriteError) => void = (e) => {
    throw e;
  };

  private constructor(
    readonly chainName: string,
    private readonly log: ChainLog | undefined,
  ) {}

  /**
   * Opens the chain: replays the log when it holds one, else starts from the given genesis. A log
   * that is corrupt, or was made in the other protocol mode, throws ChainLogError. A 2.x chain
   * passes its transaction pool, which the log's transaction records are replayed into.
   */
  static open(
    chainName: string,
    genesis: GenesisAccount[],
    logPath: string | undefined,
    now: number,
    code: GenesisCode = { contracts: [], packages: [] },
    chainspec?: Chainspec,
    transactions?: BlockHook,
  ): Chain {
    const opened = logPath === undefined ? undefined : ChainLog.open(logPath);
    try {
      const first = opened?.records[0]?.record as LogEvent | undefined;
      if (first !== undefined && first.type === 'genesis') {
        if (chainspec !== undefined && (first.generation ?? '2') !== chainspec.generation) {
          throw new ChainLogError(
            `the chain in '${logPath}' was made by a devnet in ${modeName(first.generation)} mode, and this one runs in ${modeName(chainspec.generation)} mode; start it in the same mode, or pick another --data-dir`,
          );
        }
        const chain = new Chain(first.chainName, opened!.log);
        chain.blockHook = transactions;
        chain.droppedBytes = opened!.log.cutTornTail();
        chain.chainspec = chainspec && { ...chainspec, chainName: first.chainName };
        chain.replaying = true;
        chain.code = first.code ?? chain.code;
        chain.genesis(
          first.accounts.map((a) => ({
            publicKey: a.publicKey,
            balance: BigInt(a.balance),
            associatedKeys: a.associatedKeys,
          })),
          first.timestamp,
        );
        for (const { offset, record } of opened!.records.slice(1)) {
          const e = record as LogEvent;
          try {
            if (e.type === 'deploy') chain.addDeploy(deployFromJson(e.deploy), e.deploy);
            else if (e.type === 'transaction') chain.replayTransaction(e);
            else if (e.type === 'block') chain.produceBlock(e.timestamp);
            else throw new Error(`unknown record type ${stringifyJson((e as { type?: Json }).type ?? null)}`);
          } catch (err) {
            throw new ChainLogError(
              `the chain log '${logPath}' has a record it cannot replay at byte offset ${offset}: ${messageOf(err)}`,
              { cause: err },
            );
          }
        }
        chain.replaying = false;
        return chain;
      }
      const chain = new Chain(chainName, opened?.log);
      chain.blockHook = transactions;
      chain.droppedBytes = opened?.log.cutTornTail() ?? 0;
      chain.chainspec = chainspec;
      chain.code = {
        ...code,
        contracts: code.contracts.map((h) => h.toLowerCase()),
        packages: code.packages.map((h) => h.toLowerCase()),
      };
      chain.append({
        type: 'genesis',
        chainName,
        timestamp: now,
        generation: chainspec?.generation,
        accounts: genesis.map((a) => ({
          publicKey: a.publicKey,
          balance: a.balance.toString(),
          associatedKeys: a.associatedKeys,
        })),
        code: chain.code,
      });
      chain.commit();
      chain.genesis(genesis, now);
      return chain;
    } catch (e) {
      opened?.log.close();
      throw e;
    }
  }

  /** The log's write and sync counts (for the shutdown line and the load test). */
  logStats(): LogStats | undefined {
    return this.log?.stats;
  }

  closeLog(): void {
    this.log?.close();
  }

  private append(e: LogEvent): void {
    if (this.log === undefined || this.replaying) return;
    try {
      this.log.append(e as unknown as Json);
    } catch (err) {
      if (err instanceof ChainLogWriteError) this.onLogFailure(err);
      throw err;
    }
  }

  private commit(): void {
    if (this.log === undefined || this.replaying) return;
    try {
      this.log.commit();
    } catch (err) {
      if (err instanceof ChainLogWriteError) this.onLogFailure(err);
      throw err;
    }
  }

  private genesis(accounts: GenesisAccount[], timestamp: number): void {
    for (const g of accounts) {
      const a = this.book.accountForPublicKey(g.publicKey);
      a.balance += g.balance;
      for (const k of g.associatedKeys ?? []) if (!a.associatedKeys.includes(k)) a.associatedKeys.push(k);
    }
    this.pushBlock(timestamp, [], []);
  }

  private pushBlock(
    timestamp: number,
    deployHashes: string[],
    transferHashes: string[],
    transactions: { hash: string; lane: number }[] = [],
  ): Block {
    const parent = this.blocks.at(-1);
    const height = parent === undefined ? 0 : parent.height + 1;
    const stateRootHash = this.book.stateRoot();
    if (!this.snapshots.has(stateRootHash)) this.snapshots.set(stateRootHash, this.book.clone().accounts);
    const hashed = {
      parent: parent?.hash ?? null,
      height,
      timestamp,
      stateRootHash,
      deployHashes,
      ...(transactions.length > 0 ? { transactions } : {}),
    };
    const hash = toHex(blake2b256(utf8(stringifyJson(hashed))));
    const block: Block = {
      hash,
      height,
      timestamp,
      parentHash: parent?.hash ?? '00'.repeat(32),
      stateRootHash,
      deployHashes,
      transferHashes,
    };
    if (transactions.length > 0) block.transactions = transactions;
    this.blocks.push(block);
    return block;
  }

  account(hash: string): Account | undefined {
    return this.book.account(hash);
  }

  accounts(): Account[] {
    return [...this.book.accounts.values()];
  }

  tip(): Block {
    return this.blocks.at(-1)!;
  }

  stateRoot(): string {
    return this.book.stateRoot();
  }

  /** The accounts at a state root some block recorded; undefined for a root the chain never had. */
  accountsAt(stateRootHash: string): Map<string, Account> | undefined {
    return this.snapshots.get(stateRootHash.toLowerCase());
  }

  /** What genesis named: contracts, packages and dictionaries. */
  genesisCode(): GenesisCode {
    return this.code;
  }

  hasContract(hash: string): boolean {
    return this.code.contracts.includes(hash);
  }

  hasPackage(hash: string): boolean {
    return this.code.packages.includes(hash);
  }

  pendingCount(): number {
    return this.pending.length;
  }

  /** Stores an accepted deploy for the next block; a deploy already known is left as it is. */
  addDeploy(deploy: Deploy, json: Json = deployToJson(deploy)): void {
    const hash = toHex(deploy.hash);
    if (this.deploys.has(hash)) return;
    this.append({ type: 'deploy', deploy: json }); // kept before it is acknowledged
    this.deploys.set(hash, { deploy, json });
    this.pending.push(hash);
  }

  /**
   * Stores an accepted TransactionV1 (its JSON as sent, the lane it was accepted into) for the next
   * block; one already known is left as it is. Like a deploy, it is in the log before it is kept.
   */
  addTransaction(t: TransactionV1, json: Json, lane: number): void {
    const pool = this.blockHook;
    if (pool === undefined) throw new Error('this chain keeps no TransactionV1s (a 1.5 chain)');
    if (pool.has(toHex(t.hash))) return;
    this.append({ type: 'transaction', transaction: { Version1: json }, lane }); // kept before it is acknowledged
    pool.add(t, json, lane);
  }

  private replayTransaction(e: { transaction?: Json; lane?: Json }): void {
    const wrapped = e.transaction as { Version1?: Json } | null | undefined;
    if (typeof wrapped !== 'object' || wrapped === null || wrapped.Version1 === undefined)
      throw new Error('a transaction record without {"Version1": …}');
    if (typeof e.lane !== 'number' || !Number.isInteger(e.lane) || e.lane < 0 || e.lane > 255)
      throw new Error(`a transaction record with lane ${stringifyJson(e.lane ?? null)} (not a u8)`);
    this.addTransaction(transactionFromJson(wrapped), wrapped.Version1, e.lane);
  }

  /** Executes the pending deploys into a new block (an empty block when none are pending). */
  produceBlock(timestamp: number): Block {
    const hashes = this.pending;
    this.pending = [];
    const results: [StoredDeploy, Json][] = [];
    const transfers: string[] = [];
    for (const h of hashes) {
      const stored = this.deploys.get(h)!;
      const ex = executeDeploy(stored.deploy, this.book, this.chainspec);
      results.push([stored, ex.result]);
      transfers.push(...ex.transfers);
    }
    const txs = this.blockHook?.execute(this.book) ?? [];
    const block = this.pushBlock(timestamp, hashes, transfers, txs);
    for (const [stored, result] of results) {
      stored.block = block;
      stored.result = result;
    }
    this.blockHook?.committed(block);
    this.append({ type: 'block', timestamp });
    this.commit();
    return block;
  }

  /** Runs a deploy against a copy of the state: the result, nothing committed. */
  speculate(deploy: Deploy): Json {
    return executeDeploy(deploy, this.book.clone(), this.chainspec).result;
  }

  /** A copy of the accounts to run something against without committing it. */
  scratchState(): MutableState {
    return this.book.clone();
  }

  blockBy(id: { Hash?: string; Height?: number } | null | undefined): Block | undefined {
    if (id === null || id === undefined) return this.tip();
    if (id.Hash !== undefined) return this.blocks.find((b) => b.hash === id.Hash!.toLowerCase());
    if (id.Height !== undefined) return this.blocks[id.Height];
    return undefined;
  }
}
