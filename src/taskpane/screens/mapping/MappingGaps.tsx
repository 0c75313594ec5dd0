import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { capitalised, type Translator } from "../../../core/i18n";
import { fieldLabel, ROLE_LABELS } from "../../../core/mapping/labels";
import { useI18n } from "../../i18n-context";
import type { MappingGap } from "./mapping-gaps";

function gapText(gap: MappingGap, i18n: Translator): string {
  const { lang } = i18n.prefs;
  if (gap.kind === "nothingMapped") return i18n.t("mapping.gap.nothingMapped");
  const role = ROLE_LABELS[gap.role][lang];
  if (gap.kind === "sheetGone") return i18n.t("mapping.gap.sheetGone", { role, sheet: gap.sheet });
  const [first, second] = gap.fields.map((f) => fieldLabel(gap.role, f, lang));
  return i18n.t("mapping.gap.field", {
    role: capitalised(role),
    sheet: gap.sheet,
    fields: second ? i18n.t("mapping.gap.either", { first, second }) : first,
  });
}

/** What the engine needs but the mapping lacks, named plainly; or that nothing is lacking. */
export function MappingGaps({ gaps }: { gaps: readonly MappingGap[] }) {
  const { i18n } = useI18n();
  if (gaps.length === 0)
    return (
      <MessageBar intent="success">
        <MessageBarBody>{i18n.t("mapping.gap.none")}</MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{i18n.t("mapping.gap.title")}</MessageBarTitle>
        <ul>
          {gaps
            .map((gap) => gapText(gap, i18n))
            .map((text) => (
              <li key={text}>{text}</li>
            ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
