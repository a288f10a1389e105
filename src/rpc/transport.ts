// One POST, bounded in time and size. node:http(s) carries it directly: importing undici costs
// ~45 ms, close to a whole `node -e 0`, which a CLI called from scripts pays on every run. When a
// proxy is configured in the environment, undici's EnvHttpProxyAgent carries it instead, since
// node:http has no proxy support on Node 20.
import type { PostOptions, PostResult } from './post-types.js';

export { type PostOptions, type PostResult, ResponseTooLarge, TransportFailure } from './post-types.js';

function proxyConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.HTTP_PROXY || env.http_proxy || env.HTTPS_PROXY || env.https_proxy);
}

export async function post(url: string, body: string, o: PostOptions): Promise<PostResult> {
  const impl = proxyConfigured() ? await import('./post-undici.js') : await import('./post-node.js');
  return impl.post(url, body, o);
}
