// The deploy this process has handed to a node, if any: when the output cannot be written after
// that, the one line on stderr must still say it was sent and give its hash, so no one sends it
// again believing it was lost.
let sent: string | undefined;

export function markSent(deployHash: string): void {
  sent = deployHash;
}

export function sentDeploy(): string | undefined {
  return sent;
}
