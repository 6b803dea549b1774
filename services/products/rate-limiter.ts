/** A fixed-window rate limit per key (product × caller), in memory. */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly deps: { limit: number; windowMs: number; now: () => number }) {}

  /** True if the call is within the limit (and counts it). */
  take(key: string): boolean {
    const now = this.deps.now();
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.deps.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      if (this.windows.size > 10_000) this.prune(now);
      return true;
    }
    window.count += 1;
    return window.count <= this.deps.limit;
  }

  private prune(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.deps.windowMs) this.windows.delete(key);
  }
}
