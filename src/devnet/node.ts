// A running devnet: the chain, an HTTP server on loopback, and a block every block-time.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Chainspec } from '../chainspec/chainspec.js';
import { handleHttp } from './jsonrpc.js';
import { devnetMethods } from './methods.js';
import { type Block, Chain, type GenesisAccount, type GenesisCode } from './state.js';
import type { ChainLogWriteError } from './log.js';
import { TransactionPool } from './tx-pool.js';

export interface DevnetOptions {
  host: string;
  port: number;
  chainspec: Chainspec;
  /** The chainspec.toml text it came from, served as is by info_get_chainspec. */
  chainspecText?: string;
  genesis: GenesisAccount[];
  /** Contract and package hashes (hex) that exist at genesis. */
  code?: GenesisCode;
  /** Append-only event log; absent = memory only. */
  logPath?: string;
  /** Called when the log cannot be written (the process exits; tests may throw). */
  onLogFailure?: (e: ChainLogWriteError) => void;
  blockTimeMs: number;
  now?: () => number;
  /** Called with each block the timer produces (not with blocks replayed from the log). */
  onBlock?: (block: Block) => void;
}

export class Devnet {
  readonly chain: Chain;
  /** The TransactionV1s of a 2.x devnet (none in 1.5 mode), replayed from the log by Chain.open. */
  readonly transactions: TransactionPool | undefined;
  private server: Server | undefined;
  private timer: NodeJS.Timeout | undefined;
  private address = '';
  private readonly now: () => number;

  constructor(private readonly o: DevnetOptions) {
    this.now = o.now ?? Date.now;
    this.transactions = o.chainspec.generation === '2' ? new TransactionPool(o.chainspec) : undefined;
    this.chain = Chain.open(
      o.chainspec.chainName,
      o.genesis,
      o.logPath,
      this.now(),
      o.code,
      o.chainspec,
      this.transactions,
    );
    if (o.onLogFailure !== undefined) this.chain.onLogFailure = o.onLogFailure;
  }

  get url(): string {
    return this.address;
  }

  async start(): Promise<string> {
    const methods = devnetMethods({
      chain: this.chain,
      transactions: this.transactions,
      chainspec: { ...this.o.chainspec, chainName: this.chain.chainName },
      chainspecText: this.o.chainspecText,
      now: this.now,
      startedAt: this.now(),
      url: () => this.address,
    });
    this.server = createServer((req, res) => {
      handleHttp(req, res, methods).catch(() => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'Internal server error' }));
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.o.port, this.o.host, () => resolve());
    });
    const a = this.server.address() as AddressInfo;
    const host = a.family === 'IPv6' ? `[${a.address}]` : a.address;
    this.address = `http://${host}:${a.port}`;
    this.timer = setInterval(() => {
      const block = this.chain.produceBlock(this.now());
      this.o.onBlock?.(block);
    }, this.o.blockTimeMs);
    return this.address;
  }

  async stop(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    const s = this.server;
    if (s !== undefined) {
      s.closeAllConnections();
      await new Promise<void>((r) => s.close(() => r()));
    }
    this.chain.closeLog();
  }
}
