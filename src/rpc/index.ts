export { AddressError, redactUrl } from './address.js';
export { type RpcId, rpcId } from './id.js';
export { rpcCall, RpcError } from './client.js';
