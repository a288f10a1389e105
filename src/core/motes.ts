// Amounts for people: motes with thousands separators, and the same in CSPR (10^9 motes).
const MOTES_PER_CSPR = 1_000_000_000n;

export function groupDigits(n: bigint): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "2,500,000,000 motes (2.5 CSPR)" */
export function motesAndCspr(motes: bigint): string {
  return `${groupDigits(motes)} motes (${cspr(motes)} CSPR)`;
}

/** 2500000000n → "2.5"; exact, no rounding. */
function cspr(motes: bigint): string {
  const sign = motes < 0n ? '-' : '';
  const m = motes < 0n ? -motes : motes;
  const whole = groupDigits(m / MOTES_PER_CSPR);
  const frac = (m % MOTES_PER_CSPR).toString().padStart(9, '0').replace(/0+$/, '');
  return `${sign}${whole}${frac ? `.${frac}` : ''}`;
}
