import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Subtitle2,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { capitalised } from "../../../core/i18n";
import { ROLE_LABELS } from "../../../core/mapping/labels";
import type { MappingDocument } from "../../../core/mapping/mapping-document";
import { useI18n } from "../../i18n-context";
import { withHeaderRow, withReading, withRole } from "./draft-edits";
import { mappingDocument } from "./draft-document";
import { mappingGaps } from "./mapping-gaps";
import { MappingGaps } from "./MappingGaps";
import { sheetOf, type MappingDraft } from "./mapping-draft";
import { SaveMapping } from "./SaveMapping";
import { SheetDetails } from "./SheetDetails";
import { SheetRoles } from "./SheetRoles";
import type { ExcelHost, WizardState } from "./use-mapping-wizard";

/** The draft being edited: sheets and roles, what is missing, each mapped sheet's columns and preview, Save. */
export function MappingEditor(props: {
  host: ExcelHost;
  wizard: WizardState;
  edit(change: (draft: MappingDraft) => MappingDraft): void;
  onSaved(mapping: MappingDocument): void;
}) {
  const { i18n } = useI18n();
  const { input, draft, stored, detected } = props.wizard;
  const { edit } = props;
  const mapping = useMemo(() => mappingDocument(draft, input.sheets), [draft, input.sheets]);
  const gaps = useMemo(
    () =>
      mappingGaps(
        mapping,
        new Set(input.sheets.keys()),
        input.stored.kind === "ok" ? input.stored.mapping : undefined
      ),
    [mapping, input]
  );
  const origins = stored ? [stored, detected] : [detected];
  const mapped = draft.sheets.filter((s) => s.role);

  return (
    <>
      <Subtitle2 as="h3">{i18n.t("mapping.sheets")}</Subtitle2>
      <SheetRoles
        draft={draft}
        stored={stored}
        sheets={input.sheets}
        onRole={(sheet, role) => edit((d) => withRole(d, sheet, role, origins))}
      />
      <MappingGaps gaps={gaps} />
      {mapped.length > 0 && <Subtitle2 as="h3">{i18n.t("mapping.columns")}</Subtitle2>}
      <Accordion multiple collapsible>
        {mapped.map((s) => (
          <AccordionItem key={s.sheet} value={s.sheet}>
            <AccordionHeader as="h4">
              {i18n.t("mapping.sheetHeading", {
                sheet: s.sheet,
                role: capitalised(ROLE_LABELS[s.role!][i18n.prefs.lang]),
              })}
            </AccordionHeader>
            <AccordionPanel>
              <SheetDetails
                sheet={input.sheets.get(s.sheet)!}
                draft={s}
                stored={sheetOf(stored, s.sheet)}
                onHeaderRow={(row) => edit((d) => withHeaderRow(d, s.sheet, row))}
                onReading={(col, reading) => edit((d) => withReading(d, s.sheet, col, reading))}
              />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      <SaveMapping workbook={props.host.workbook} mapping={mapping} onSaved={props.onSaved} />
    </>
  );
}
