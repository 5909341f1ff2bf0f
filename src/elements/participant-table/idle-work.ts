import type { ReactiveController, ReactiveControllerHost } from 'lit';

// Safari has no requestIdleCallback: a timeout is the next best "later".
const hasIdle = typeof requestIdleCallback === 'function';

/**
 * Work done while the page is idle, a task at a time, after the first paint: what the first sort, search or
 * filter would otherwise do while the reader waits. A new `run` replaces the tasks left; `done` runs after
 * the last one.
 */
export class IdleWork implements ReactiveController {
  #handle = 0;
  #tasks: (() => void)[] = [];
  #done?: () => void;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#cancel();
  }

  run(tasks: (() => void)[], done: () => void): void {
    this.#cancel();
    this.#tasks = [...tasks];
    this.#done = done;
    this.#schedule();
  }

  #schedule(): void {
    const step = (deadline?: IdleDeadline) => {
      // At least one task a callback, more while the browser says there is time.
      do this.#tasks.shift()?.();
      while (this.#tasks.length && (deadline?.timeRemaining() ?? 0) > 5);
      if (this.#tasks.length) this.#schedule();
      else this.#done?.();
    };
    this.#handle = hasIdle ? requestIdleCallback(step) : window.setTimeout(step, 50);
  }

  #cancel(): void {
    if (hasIdle) cancelIdleCallback(this.#handle);
    else clearTimeout(this.#handle);
    this.#tasks = [];
  }
}
