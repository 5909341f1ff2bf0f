import { executeServerCommand } from '@web/test-runner-commands';

/** Emulates CSS media features (`forced-colors`, `prefers-color-scheme`…); `{}` resets them all. */
export function emulateMedia(features: Record<string, string>): Promise<unknown> {
  return executeServerCommand(
    'emulate-media-features',
    Object.entries(features).map(([name, value]) => ({ name, value })),
  );
}

/** Waits for the next two animation frames: long enough for a ResizeObserver round and its re-render. */
export function nextFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
