import { useCallback, useEffect, useState } from "react";
import { listSnapshots, type SnapshotEntry } from "../../../excel/review-snapshots";
import { useI18n } from "../../i18n-context";
import type { WorkbookAccess } from "../../pane-host";
import { OperationStatus } from "../../operations/OperationStatus";
import { useOperation } from "../../operations/use-operation";
import type { ScreenProps } from "../lazy-screen";
import { ScreenLayout } from "../ScreenLayout";
import { hostHas } from "../use-validate";
import { ComparePanel } from "./ComparePanel";
import { SnapshotForm } from "./SnapshotForm";
import { SnapshotList } from "./SnapshotList";

/** Outside Excel the actions are disabled; this only guards against a call that slips through. */
const NO_WORKBOOK: WorkbookAccess = {
  run: () => Promise.reject(new Error("Rahbord is not running inside Excel.")),
};

/**
 * Review cycles: take a snapshot of the plan at a review date, list and delete snapshots, compare
 * the plan now with one and write the change report.
 */
export function ReviewScreen({ host }: ScreenProps) {
  const { i18n } = useI18n();
  const disabled = !(host.kind === "excel" && host.support.runs);
  const workbook = host.kind === "excel" ? host.workbook : NO_WORKBOOK;
  const listing = useOperation<SnapshotEntry[]>();
  const [entries, setEntries] = useState<SnapshotEntry[]>();
  const { start } = listing;

  const refresh = useCallback(
    () => void start(() => workbook.run(listSnapshots)).then((list) => list && setEntries(list)),
    [start, workbook]
  );
  useEffect(() => {
    if (!disabled) refresh();
  }, [disabled, refresh]);

  const shared = { workbook, disabled };
  return (
    <ScreenLayout title={i18n.t("nav.review")} intro={i18n.t("screen.review.intro")}>
      <SnapshotForm {...shared} mergedAreas={hostHas(host, "mergedAreas")} onTaken={refresh} />
      <SnapshotList {...shared} entries={entries} onDeleted={refresh} />
      <OperationStatus
        state={listing.state}
        label={i18n.t("review.list.reading")}
        onCancel={listing.cancel}
      />
      {entries && (
        <ComparePanel
          {...shared}
          entries={entries}
          mergedAreas={hostHas(host, "mergedAreas")}
          readingOrder={hostHas(host, "readingOrder")}
          onGone={refresh}
        />
      )}
    </ScreenLayout>
  );
}
