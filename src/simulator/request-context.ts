import { CALL_OVERHEAD, jsonBytes, PAYLOAD_LIMIT } from "./payload";
import { SimError } from "./sim-error";
import { SimWorkbook } from "./proxies/workbook";
import type { ModelWorkbook } from "./workbook-model";

/** What a call sends back: a load's values, and how to hand them to its proxy. */
type CallResult = { responseBytes: number; deliver(): void } | void;

/**
 * One queued call. `run` executes it against the model when the batch is synced, in queue order,
 * and returns what it sends back; a call that needs work begun when it was queued (a file being
 * read) returns a promise, and the calls after it wait for it.
 */
export interface QueuedCall {
  requestBytes: number;
  run(): CallResult | Promise<CallResult>;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  calls: number;
}

/**
 * A strict stand-in for Excel.RequestContext: calls queue on proxies and run only at sync; a batch
 * whose request or response exceeds 5 MB fails as Excel on the web fails; every sync is recorded.
 */
export class SimRequestContext {
  readonly workbook: SimWorkbook;
  readonly syncs: SyncRecord[] = [];
  private queue: QueuedCall[] = [];

  constructor(readonly model: ModelWorkbook) {
    this.workbook = new SimWorkbook(this);
  }

  enqueue(call: QueuedCall): void {
    this.queue.push(call);
  }

  /** Queues a call that sends `payload` and runs `apply` at sync. */
  enqueueWrite(payload: unknown, apply: () => void): void {
    this.enqueue({
      requestBytes: CALL_OVERHEAD + jsonBytes(payload),
      run: () => void apply(), // a write sends nothing back
    });
  }

  async sync(): Promise<void> {
    const calls = this.queue;
    this.queue = [];
    const requestBytes = calls.reduce((sum, c) => sum + c.requestBytes, 0);
    const record: SyncRecord = { requestBytes, responseBytes: 0, calls: calls.length };
    this.syncs.push(record);
    if (requestBytes > PAYLOAD_LIMIT)
      throw new SimError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${requestBytes} bytes) has exceeded the limit.`
      );
    // Calls run in order; the first failure ends the batch (what ran before it stays done) and no
    // loaded value reaches its proxy, as with a failed Excel.run batch.
    const deliveries: (() => void)[] = [];
    for (const call of calls) {
      const ran = call.run();
      // Only a call that returns a promise waits, so a batch of plain calls runs in one go.
      const result = ran instanceof Promise ? await ran : ran;
      if (!result) continue;
      record.responseBytes += result.responseBytes;
      deliveries.push(result.deliver);
    }
    if (record.responseBytes > PAYLOAD_LIMIT)
      throw new SimError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`
      );
    for (const deliver of deliveries) deliver();
  }

  /** The largest request and response of any sync so far, in bytes. */
  largest(): { requestBytes: number; responseBytes: number } {
    return {
      requestBytes: Math.max(0, ...this.syncs.map((s) => s.requestBytes)),
      responseBytes: Math.max(0, ...this.syncs.map((s) => s.responseBytes)),
    };
  }
}
