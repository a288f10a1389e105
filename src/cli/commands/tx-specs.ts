// Flag tables of the transaction commands. put-transaction and make-transaction are parents whose
// subcommands carry the flags (tx-flags.ts); the others are plain commands.
// casper-client-rs C-dev: src/transaction/{put,make,sign,send,get}.rs.
import { nodeAddress, retries, rpcId, timeoutFlag, verbose, withDisplayOrder } from '../flag-sets.js';
import { commandSpec, flag, flagList, type CommandSpec } from '../flags.js';
import { findTxSubcommand, TX_DISPLAY_ORDER, TX_SUBCOMMANDS, txSubcommandSpec, type TxCommand } from '../tx-flags.js';

const parent = (name: string, about: string): CommandSpec => ({ name, about, flags: [], groups: [], requires: {} });

export const putTransactionSpec = parent(
  'put-transaction',
  'Make a Casper 2.x transaction, sign it and send it to a node',
);
export const makeTransactionSpec = parent(
  'make-transaction',
  'Make a Casper 2.x transaction and write it to a file or stdout',
);

export function txSubcommands(command: TxCommand) {
  return {
    list: TX_SUBCOMMANDS.map((s) => ({ name: s.name, about: s.about })),
    spec: (sub: string) => {
      const s = findTxSubcommand(sub);
      return s === undefined ? undefined : txSubcommandSpec(command, s);
    },
  };
}

// sign.rs/send.rs: the input is --transaction-path/-i (PATH, required). casper-client 5.0.1's send.rs
// (docs.rs source) passes creation_common::wasm_path::arg() instead, which is -w/--wasm-path: a 5.0.1
// script says `send-transaction -w FILE`, so both spellings are taken.
const transactionPath = flag({
  long: 'transaction-path',
  short: 'i',
  aliases: ['wasm-path'],
  shortAliases: ['w'],
  valueName: 'PATH',
  help: 'Path of the transaction JSON file to read: bare TransactionV1 or {"Version1": …}, as any 2.x tool writes it',
});
const output = flagList([
  {
    long: 'output',
    short: 'o',
    valueName: 'PATH',
    help: 'Write the transaction to this file instead of stdout. An existing file is kept unless --force is given',
  },
  { long: 'force', short: 'f', help: 'Overwrite the --output file if it exists' },
]);
const txRetries = flag({
  ...retries,
  help: 'Try again this many times when the node cannot be reached, times out or answers with HTTP 5xx (safe: a transaction is identified by its hash). Not in the Rust client',
});

export const signTransactionSpec = commandSpec({
  name: 'sign-transaction',
  about: 'Add a signature to a transaction file, keeping the ones it has',
  // sign.rs passes creation_common's SecretKey, TransactionPath, Output and Force orders.
  flags: withDisplayOrder(
    [
      { long: 'secret-key', short: 'k', valueName: 'PATH', help: 'Path to the secret key PEM that adds its signature' },
      transactionPath,
      ...output,
    ],
    TX_DISPLAY_ORDER,
  ),
  groups: [],
  requires: {},
  required: ['secret-key', 'transaction-path'],
});

export const sendTransactionSpec = commandSpec({
  name: 'send-transaction',
  about: 'Send a transaction file to a node to be executed on the network',
  // send.rs passes creation_common's orders: -n (2), --speculative-exec (4), -i (5), --id (48) and
  // -v (49) last; this client's own flags after them, in this table's order.
  flags: withDisplayOrder(
    [
      verbose,
      nodeAddress,
      rpcId,
      {
        long: 'speculative-exec',
        help: 'Ask a node that offers it (speculative_exec_txn) to execute the transaction on its own, without putting it on the network. A success is no promise that it will succeed on the network, and its cost may differ',
      },
      transactionPath,
      timeoutFlag,
      txRetries,
      {
        long: 'wait',
        help: 'After the node accepts the transaction, wait until a block executes it, then print the result with its execution info; exit 1 if execution failed. Not in the Rust client',
      },
      { long: 'wait-timeout', valueName: 'DURATION', default: '5min', help: 'How long --wait waits for execution' },
      {
        long: 'no-preflight',
        help: 'Skip the local checks made before sending (expiry, pricing mode, lanes, minimum payments, for casper, casper-test or --chainspec)',
      },
      {
        long: 'chainspec',
        valueName: 'PATH',
        help: "Check against this chainspec.toml before sending, or 'node' to ask the node for its own (info_get_chainspec, one extra request)",
      },
    ],
    { ...TX_DISPLAY_ORDER, timeout: 50, retries: 51, wait: 52, 'wait-timeout': 53, 'no-preflight': 54, chainspec: 55 },
  ),
  groups: [],
  requires: {},
  required: ['transaction-path'],
});

export const getTransactionSpec = commandSpec({
  name: 'get-transaction',
  about: 'Ask a node for a transaction and its execution info',
  flags: [
    verbose,
    nodeAddress,
    rpcId,
    timeoutFlag,
    txRetries,
    {
      long: 'get-finalized-approvals',
      short: 'a',
      help: 'Ask for the approvals that were finalized in a block rather than the ones first received',
    },
  ],
  groups: [],
  requires: {},
  positionals: [{ name: 'HEX STRING', required: true, help: 'Hash of the transaction' }],
});
