export { jsonBytes, PAYLOAD_LIMIT } from "../core/payload-size";

/** Bookkeeping every queued call carries in office.js's request body (object path, method, ids). */
export const CALL_OVERHEAD = 64;
