import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  about: { color: tokens.colorNeutralForeground2 },
});

/** One part of the Review screen: a named region with its heading and what it does. */
export function ReviewSection(props: { title: string; about?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={props.title}>
      <Subtitle2 as="h3">{props.title}</Subtitle2>
      {props.about && <Caption1 className={styles.about}>{props.about}</Caption1>}
      {props.children}
    </section>
  );
}
