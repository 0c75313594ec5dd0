import { useCallback, useEffect, useRef, useState } from "react";
import { errorMessage } from "../../core/error-message";

/** Past this, an operation shows its progress and a Cancel button. */
const SHOW_PROGRESS_AFTER_MS = 300;

export interface OperationControl {
  signal: AbortSignal;
  /** The share done, 0–1, when the operation can tell. */
  progress(done: number, total: number): void;
}

export type OperationState<T> =
  | { status: "idle" }
  | { status: "running"; shown: boolean; progress?: number }
  | { status: "done"; result: T }
  | { status: "cancelled" }
  | { status: "failed"; message: string };

/**
 * One pane operation at a time: its state for the view, progress once it has run 300 ms, Cancel
 * (an AbortSignal the operation checks between Excel round trips), and a failure's message.
 */
export function useOperation<T>() {
  const [state, setState] = useState<OperationState<T>>({ status: "idle" });
  const controller = useRef<AbortController>();
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (work: (control: OperationControl) => Promise<T>) => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    const current = () => controller.current === own;
    setState({ status: "running", shown: false });
    const timer = setTimeout(
      () => current() && setState((s) => (s.status === "running" ? { ...s, shown: true } : s)),
      SHOW_PROGRESS_AFTER_MS
    );
    try {
      const result = await work({
        signal: own.signal,
        progress: (done, total) =>
          current() &&
          setState((s) =>
            s.status === "running" ? { ...s, progress: total ? done / total : 0 } : s
          ),
      });
      if (current()) setState({ status: "done", result });
      return result;
    } catch (error) {
      if (!current()) return undefined;
      setState(
        own.signal.aborted
          ? { status: "cancelled" }
          : { status: "failed", message: errorMessage(error) }
      );
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
