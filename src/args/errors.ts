/** A runtime arg was rejected. The message is the one line the CLI prints. */
export class ArgError extends Error {
  override name = 'ArgError';
}
