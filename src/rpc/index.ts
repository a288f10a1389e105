export { AddressError, redactUrl, redactUrlsIn, rpcUrl } from './address.js';
export { type RpcId, rpcId } from './id.js';
export { rpcCall, type RpcCallOptions, RpcError, type RpcReply } from './client.js';
