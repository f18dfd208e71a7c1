/**
 * Chromium traces of a Gmail simulator page, and how much of its main thread our extension's code took:
 * used by `npm run bench:typing` and by the hostile-page tests, which report (not assert) that cost.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string; stackTrace?: Array<{ url?: string }> } };
}

export async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,toplevel', transferMode: 'ReportEvents' } as never);
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

export interface TaskStat {
  dur: number;
  ours: number;
  at: number;
  /** Fired by a timer: our debounced analysis. Else a keystroke's event handlers, observers, etc. */
  timer: boolean;
}

/** Main-thread tasks that ran code of `extensionOrigin`, with their total and our JS time (ms). */
export function ourTasks(events: TraceEvent[], extensionOrigin: string): TaskStat[] {
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  const isOurs = (e: TraceEvent) => {
    const d = e.args?.data;
    return (d?.url ?? d?.scriptName ?? d?.stackTrace?.[0]?.url ?? '').startsWith(extensionOrigin);
  };
  const calls = onMain.filter((e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction') && isOurs(e));
  const allTimerFires = events.filter((e) => e.name === 'TimerFire' && mainThreads.has(`${e.pid}:${e.tid}`));
  const out: TaskStat[] = [];
  let ci = 0;
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    let ours = 0;
    while (ci < calls.length && calls[ci]!.ts < t.ts) ci++;
    for (let j = ci; j < calls.length && calls[j]!.ts < end; j++) if (calls[j]!.pid === t.pid && calls[j]!.tid === t.tid) ours += calls[j]!.dur ?? 0;
    const timer = allTimerFires.some((f) => f.pid === t.pid && f.tid === t.tid && f.ts >= t.ts && f.ts <= end);
    if (ours > 0) out.push({ dur: (t.dur ?? 0) / 1000, ours: ours / 1000, at: t.ts / 1000, timer });
  }
  return out;
}
