// The devnet's chain: accounts, blocks and deploys in memory, optionally backed by an append-only
// log (one JSON line per event) that is replayed on start, so a restart keeps everything.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { blake2b256, deployFromJson, deployToJson, PublicKey, stringifyJson, toHex, utf8, type Deploy, type Json } from '../deploy/index.js';
import type { Chainspec } from '../chainspec/chainspec.js';
import type { Account, MutableState } from './accounts.js';
import { executeDeploy } from './execute.js';

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

/** Work a block executes after its deploys: the TransactionV1s of devnet/transactions.ts. */
export interface BlockHook {
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
    return new AccountBook(new Map([...this.accounts].map(([k, a]) => [k, { ...a, associatedKeys: [...a.associatedKeys] }])));
  }

  stateRoot(): string {
    const rows = [...this.accounts.values()].sort((x, y) => (x.hash < y.hash ? -1 : 1)).map((a) => `${a.hash}:${a.balance}:${a.associatedKeys.join(',')}`);
    return toHex(blake2b256(utf8(rows.join('\n'))));
  }
}

type LogEvent =
  | { type: 'genesis'; chainName: string; timestamp: number; accounts: { publicKey: string; balance: string; associatedKeys?: string[] }[]; code?: GenesisCode }
  | { type: 'deploy'; deploy: Json }
  | { type: 'block'; timestamp: number };

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
  /** Set by the 2.x transaction methods: executes pending TransactionV1s into each block. */
  blockHook: BlockHook | undefined;

  private constructor(readonly chainName: string, private readonly logPath: string | undefined) {}

  /** Opens the chain: replays the log when there is one, else starts from the given genesis. */
  static open(chainName: string, genesis: GenesisAccount[], logPath: string | undefined, now: number, code: GenesisCode = { contracts: [], packages: [] }, chainspec?: Chainspec): Chain {
    if (logPath !== undefined && existsSync(logPath)) {
      const lines = readFileSync(logPath, 'utf8').split('\n');
      const first = lines[0] ? (JSON.parse(lines[0]) as LogEvent) : undefined;
      if (first?.type === 'genesis') {
        const chain = new Chain(first.chainName, logPath);
        chain.chainspec = chainspec && { ...chainspec, chainName: first.chainName };
        chain.replaying = true;
        chain.code = first.code ?? chain.code;
        chain.genesis(first.accounts.map((a) => ({ publicKey: a.publicKey, balance: BigInt(a.balance), associatedKeys: a.associatedKeys })), first.timestamp);
        for (const line of lines.slice(1)) {
          if (line.trim() === '') continue;
          let e: LogEvent;
          try {
            e = JSON.parse(line) as LogEvent;
          } catch {
            break; // a torn last line from a crash: everything before it stands
          }
          if (e.type === 'deploy') chain.addDeploy(deployFromJson(e.deploy), e.deploy);
          else if (e.type === 'block') chain.produceBlock(e.timestamp);
        }
        chain.replaying = false;
        return chain;
      }
    }
    const chain = new Chain(chainName, logPath);
    chain.chainspec = chainspec;
    chain.code = { ...code, contracts: code.contracts.map((h) => h.toLowerCase()), packages: code.packages.map((h) => h.toLowerCase()) };
    chain.append({ type: 'genesis', chainName, timestamp: now, accounts: genesis.map((a) => ({ publicKey: a.publicKey, balance: a.balance.toString(), associatedKeys: a.associatedKeys })), code: chain.code });
    chain.genesis(genesis, now);
    return chain;
  }

  private append(e: LogEvent): void {
    if (this.logPath !== undefined && !this.replaying) appendFileSync(this.logPath, `${stringifyJson(e)}\n`);
  }

  private genesis(accounts: GenesisAccount[], timestamp: number): void {
    for (const g of accounts) {
      const a = this.book.accountForPublicKey(g.publicKey);
      a.balance += g.balance;
      for (const k of g.associatedKeys ?? []) if (!a.associatedKeys.includes(k)) a.associatedKeys.push(k);
    }
    this.pushBlock(timestamp, [], []);
  }

  private pushBlock(timestamp: number, deployHashes: string[], transferHashes: string[], transactions: { hash: string; lane: number }[] = []): Block {
    const parent = this.blocks.at(-1);
    const height = parent === undefined ? 0 : parent.height + 1;
    const stateRootHash = this.book.stateRoot();
    if (!this.snapshots.has(stateRootHash)) this.snapshots.set(stateRootHash, this.book.clone().accounts);
    const hashed = { parent: parent?.hash ?? null, height, timestamp, stateRootHash, deployHashes, ...(transactions.length > 0 ? { transactions } : {}) };
    const hash = toHex(blake2b256(utf8(stringifyJson(hashed))));
    const block: Block = { hash, height, timestamp, parentHash: parent?.hash ?? '00'.repeat(32), stateRootHash, deployHashes, transferHashes };
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
    this.deploys.set(hash, { deploy, json });
    this.pending.push(hash);
    this.append({ type: 'deploy', deploy: json });
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
