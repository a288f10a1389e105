// What execution may read and change: the accounts, by hash, public key or main purse.
export interface Account {
  hash: string;
  publicKey: string | null;
  balance: bigint;
  associatedKeys: string[];
  mainPurse: string;
}

export interface MutableState {
  account(hash: string): Account | undefined;
  accountForPublicKey(hex: string): Account;
  accountForHash(hash: string): Account;
  accountByPurse(uref: string): Account | undefined;
}
