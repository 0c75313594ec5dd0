import {
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { capitalised } from "../../../core/i18n";
import { ROLE_LABELS } from "../../../core/mapping/labels";
import { ROLES, type Role } from "../../../core/mapping/roles";
import { useI18n } from "../../i18n-context";
import { roleCertainty } from "./certainty";
import { CertaintyBadge } from "./CertaintyBadge";
import { sheetOf, type MappingDraft } from "./mapping-draft";
import type { WizardSheet } from "./wizard-input";

/** Every plan sheet with its role (a dropdown of the roles and "not a plan sheet") and how sure it is. */
export function SheetRoles(props: {
  draft: MappingDraft;
  stored?: MappingDraft;
  sheets: ReadonlyMap<string, WizardSheet>;
  onRole(sheet: string, role: Role | undefined): void;
}) {
  const { i18n } = useI18n();
  const lang = i18n.prefs.lang;
  return (
    <Table size="small" aria-label={i18n.t("mapping.sheets")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{i18n.t("mapping.sheet")}</TableHeaderCell>
          <TableHeaderCell>{i18n.t("mapping.role")}</TableHeaderCell>
          <TableHeaderCell>{i18n.t("mapping.certainty")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.draft.sheets.map((draft) => (
          <TableRow key={draft.sheet}>
            <TableCell dir="auto">{draft.sheet}</TableCell>
            <TableCell>
              <Select
                size="small"
                aria-label={i18n.t("mapping.roleOf", { sheet: draft.sheet })}
                value={draft.role ?? ""}
                onChange={(_, d) =>
                  props.onRole(draft.sheet, d.value ? (d.value as Role) : undefined)
                }
              >
                <option value="">{i18n.t("mapping.role.none")}</option>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {capitalised(ROLE_LABELS[role][lang])}
                  </option>
                ))}
              </Select>
            </TableCell>
            <TableCell>
              <CertaintyBadge
                certainty={roleCertainty(
                  props.sheets.get(draft.sheet)!,
                  draft,
                  sheetOf(props.stored, draft.sheet)
                )}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
