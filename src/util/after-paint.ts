/**
 * Resolves in the first task after the next frame has been painted. Work nobody waits for goes there, so that it
 * never shares a task with the render the user is waiting for. A hidden page paints no frames: it waits.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
