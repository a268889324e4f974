/** The order held webhooks are let go in. */
export type ReleaseOrder = 'fifo' | 'reverse' | 'shuffle';

export function arrange<T>(items: readonly T[], order: ReleaseOrder): T[] {
  if (order === 'reverse') return [...items].reverse();
  if (order === 'fifo') return [...items];
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return shuffled;
}
