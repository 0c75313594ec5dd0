import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { errorMessage } from "../core/error-message";
import { isRightToLeft, resolveDisplayPrefs, type DisplayPrefs } from "../core/i18n";
import { loadStoredPrefs, storePrefs } from "../excel/display-prefs-store";
import { App } from "../taskpane/App";
import { SAMPLES, sampleBytes, type Sample } from "./samples";
import { Toolbar } from "./Toolbar";
import { downloadWorkbook, openWorkbook } from "./workbook-file";
import type { WorkbookSession } from "./workbook-session";
import { WorkbookView } from "./WorkbookView";
import { playgroundWords, usePlaygroundWords, WordsContext, type PlaygroundWord } from "./words";

const useStyles = makeStyles({
  root: { height: "100vh", display: "flex", flexDirection: "column" },
  main: { flex: 1, minHeight: 0, display: "flex" },
  // A task pane's usual width in Excel; the pane scrolls on its own, as it does there.
  pane: {
    flex: "none",
    width: "360px",
    overflowY: "auto",
    // Griffel mirrors this in right-to-left: the border stays at the pane's inline end.
    borderRight: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  waiting: { flex: 1, alignSelf: "center" },
});

type Status =
  | { kind: "idle" }
  | { kind: "opening"; name: string }
  | { kind: "failed"; word: PlaygroundWord; name: string; reason: string };

const FIRST = SAMPLES[0];
const fileOf = (sample: Sample) => `${sample.id}.xlsx`;

/** Persian, like the sample it opens first, unless the address (?lang=) or a stored choice says otherwise. */
const startingPrefs = () =>
  resolveDisplayPrefs({
    urlLang: new URLSearchParams(location.search).get("lang"),
    stored: loadStoredPrefs(),
    browserLanguage: "fa",
  });

/**
 * The real task pane beside the strict workbook simulator. The pane's language is the page's:
 * its switch turns the playground's own words and direction too.
 */
export function Playground() {
  const [prefs, setPrefs] = useState(startingPrefs);
  const words = useMemo(() => playgroundWords(prefs.lang), [prefs.lang]);
  const changePrefs = useCallback((next: DisplayPrefs) => {
    setPrefs(next);
    storePrefs(next);
  }, []);
  return (
    <WordsContext.Provider value={words}>
      <FluentProvider dir={isRightToLeft(prefs.lang) ? "rtl" : "ltr"} theme={webLightTheme}>
        <Workspace prefs={prefs} onPrefsChange={changePrefs} />
      </FluentProvider>
    </WordsContext.Provider>
  );
}

/**
 * A sample or the user's .xlsx opened in the browser, the pane over it, what the pane writes drawn
 * as it lands, and the result downloadable as .xlsx.
 */
function Workspace(props: { prefs: DisplayPrefs; onPrefsChange(prefs: DisplayPrefs): void }) {
  const styles = useStyles();
  const { word } = usePlaygroundWords();
  const [session, setSession] = useState<{ workbook: WorkbookSession; sample?: Sample["id"] }>();
  const [status, setStatus] = useState<Status>({ kind: "opening", name: fileOf(FIRST) });
  const latest = useRef(0);

  /** Reads a workbook in; one that fails leaves the one shown as it was. The last asked for wins. */
  const load = useCallback(
    (name: string, read: () => Promise<ArrayBuffer>, sample?: Sample["id"]) => {
      const ticket = ++latest.current;
      const current = () => ticket === latest.current;
      void read()
        .then((bytes) => openWorkbook(bytes, name))
        .then(
          (workbook) => {
            if (!current()) return;
            setSession({ workbook, sample });
            setStatus({ kind: "idle" });
          },
          (error: unknown) => {
            if (current())
              setStatus({ kind: "failed", word: "openFailed", name, reason: errorMessage(error) });
          }
        );
    },
    []
  );
  useEffect(() => {
    load(fileOf(FIRST), () => sampleBytes(FIRST), FIRST.id);
  }, [load]);
  const open = (name: string, read: () => Promise<ArrayBuffer>, sample?: Sample["id"]) => {
    setStatus({ kind: "opening", name });
    load(name, read, sample);
  };
  const download = (workbook: WorkbookSession) =>
    downloadWorkbook(workbook).catch((error: unknown) =>
      setStatus({
        kind: "failed",
        word: "saveFailed",
        name: workbook.fileName,
        reason: errorMessage(error),
      })
    );

  return (
    <div className={styles.root}>
      <Toolbar
        sample={session?.sample}
        onSample={(sample) => open(fileOf(sample), () => sampleBytes(sample), sample.id)}
        onFile={(file) => open(file.name, () => file.arrayBuffer())}
        onDownload={session && (() => void download(session.workbook))}
      />
      {status.kind === "opening" && (
        <Spinner size="tiny" label={word("opening", { name: status.name })} />
      )}
      {status.kind === "failed" && (
        <MessageBar intent="error" layout="multiline" data-testid="playground-error">
          <MessageBarBody>{word(status.word, status)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.main}>
        {session ? (
          <>
            <aside className={styles.pane}>
              <App
                key={session.workbook.id}
                host={session.workbook.host}
                initialPrefs={props.prefs}
                onPrefsChange={props.onPrefsChange}
              />
            </aside>
            <WorkbookView session={session.workbook} />
          </>
        ) : (
          status.kind !== "failed" && <Spinner className={styles.waiting} />
        )}
      </div>
    </div>
  );
}
