import { Badge } from "@fluentui/react-components";
import { useI18n } from "../../i18n-context";
import type { Certainty } from "./certainty";

/** Detection's confidence coloured by how far to trust it, or where the choice came from. */
export function CertaintyBadge({ certainty }: { certainty?: Certainty }) {
  const { i18n } = useI18n();
  if (!certainty) return null;
  if (certainty.kind !== "detected")
    return (
      <Badge appearance="outline" color="informative">
        {i18n.t(
          certainty.kind === "stored" ? "mapping.certainty.stored" : "mapping.certainty.chosen"
        )}
      </Badge>
    );
  const { confidence } = certainty;
  return (
    <Badge
      appearance="tint"
      color={confidence >= 0.8 ? "success" : confidence >= 0.6 ? "warning" : "danger"}
    >
      {i18n.t("mapping.certainty.detected", {
        percent: i18n.number(confidence, { style: "percent" }),
      })}
    </Badge>
  );
}
