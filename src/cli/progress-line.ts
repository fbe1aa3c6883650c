/** A one-line progress indicator on stderr, only on a terminal: pipes and CI logs get nothing. */
export interface Progress {
  step(text: string): void;
  done(): void;
}

export function progressLine(write: (text: string) => void, isTTY: boolean, now: () => number = Date.now): Progress {
  if (!isTTY) return { step: () => undefined, done: () => undefined };
  const started = now();
  let shown = false;
  return {
    step(text) {
      const seconds = ((now() - started) / 1000).toFixed(1);
      write(`\r\x1b[2K… ${text} (${seconds} s)`);
      shown = true;
    },
    done() {
      if (shown) write('\r\x1b[2K');
    },
  };
}
