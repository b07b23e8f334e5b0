/** Picks one item with probability proportional to its weight. `random` returns [0, 1). */
export function weightedPick<T extends { weight: number }>(items: readonly T[], random: () => number): T | null {
  let total = 0;
  for (const item of items) total += Math.max(item.weight, 0);
  if (items.length === 0) return null;
  if (total <= 0) return items[Math.floor(random() * items.length)] ?? null;
  let point = random() * total;
  for (const item of items) {
    point -= Math.max(item.weight, 0);
    if (point < 0) return item;
  }
  return items[items.length - 1] ?? null;
}
