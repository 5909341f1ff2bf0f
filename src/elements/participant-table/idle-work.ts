import type { ReactiveController, ReactiveControllerHost } from 'lit';

// Safari has no requestIdleCallback: a timeout is the next best "later".
const hasIdle = typeof requestIdleCallback === 'function';

/** A task takes up to about 30 ms at 100,000 rows (ranking 100,000 distinct names; encoding goes a slice of
 * rows at a time): one starts only when this much of an idle period is left (or once the browser has kept it
 * waiting a second), so that no callback becomes a long task that would hold up the reader's next keystroke. */
const TASK_TIME = 40;

/**
 * Work done while the page is idle, a task at a time, after the first paint: what the first sort, search or
 * filter would otherwise do while the reader waits. A new `run` replaces the tasks left; `done` runs after
 * the last one.
 */
export class IdleWork implements ReactiveController {
  /** Counts runs: a callback of a run replaced (or of a host disconnected) does nothing. */
  #generation = 0;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#generation++;
  }

  run(tasks: (() => void)[], done: () => void): void {
    const generation = ++this.#generation;
    const left = [...tasks];
    const step = (deadline?: IdleDeadline) => {
      if (generation !== this.#generation) return;
      do {
        if (deadline && !deadline.didTimeout && deadline.timeRemaining() < TASK_TIME) break;
        left.shift()?.();
      } while (left.length && deadline && !deadline.didTimeout);
      if (left.length) later();
      else done();
    };
    const later = () => (hasIdle ? requestIdleCallback(step, { timeout: 1000 }) : setTimeout(step, 50));
    // Not before the frame that shows the first screen: an idle period can open before it, and a task run
    // there would hold that frame up.
    requestAnimationFrame(() => setTimeout(later));
  }
}
