import { duplicateId } from "./duplicate-id";
import { missingRequired } from "./missing-required";
import type { Rule } from "./rule";
import { unknownReference } from "./unknown-reference";

/** Every rule, in the order their findings are listed when they tie. */
export const RULES: readonly Rule[] = [duplicateId, missingRequired, unknownReference];
