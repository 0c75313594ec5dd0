import type { Lang } from "../../src/core/i18n";
import { withDefects } from "./defects";
import { SHEETS } from "./layout";
import { cleanPlan } from "./plan";
import { planWorkbook } from "./workbook";

export interface Sample {
  file: string;
  lang: Lang;
  defects: boolean;
}

/** The committed samples: each language's plan clean, and with every defect. */
export const SAMPLES: readonly Sample[] = [
  { file: "plan-fa.xlsx", lang: "fa", defects: false },
  { file: "plan-fa-with-defects.xlsx", lang: "fa", defects: true },
  { file: "plan-en.xlsx", lang: "en", defects: false },
  { file: "plan-en-with-defects.xlsx", lang: "en", defects: true },
];

export function sampleWorkbook(sample: Sample) {
  const plan = sample.defects ? withDefects(cleanPlan()) : cleanPlan();
  return planWorkbook(plan, SHEETS, sample.lang);
}
