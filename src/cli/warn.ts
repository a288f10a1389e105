// Where casper-client silently does something surprising, this client does the same and says so in
// one line on stderr (stdout stays what scripts parse).
export function warn(line: string): void {
  process.stderr.write(`warning: ${line}\n`);
}
