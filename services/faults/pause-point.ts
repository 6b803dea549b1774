/**
 * Named points where a fault test can stop the platform. Disarmed (the default, and always in
 * production: only the test harness that starts a child server arms it) `pausePoint` returns at
 * once. Armed with a point's name (`name`, or `name@N` for the Nth time it is reached), the
 * platform reports it (`paused <name>` on stdout) when it gets there and waits forever, so a
 * test's SIGKILL lands exactly there.
 */
let armed: { name: string; remaining: number } | null = null;
let report: (line: string) => void = (line) => process.stdout.write(line);

export function armPausePoint(point: string | null, reporter?: (line: string) => void): void {
  const m = point ? /^([a-z.-]+)(?:@(\d+))?$/.exec(point) : null;
  armed = m ? { name: m[1], remaining: Number(m[2] ?? 1) } : null;
  if (reporter) report = reporter;
}

export async function pausePoint(name: string): Promise<void> {
  if (armed?.name !== name) return;
  armed.remaining -= 1;
  if (armed.remaining > 0) return;
  armed = null;
  report(`paused ${name}\n`);
  await new Promise<never>(() => undefined);
}
