import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  screen: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  intro: { color: tokens.colorNeutralForeground2 },
});

/** A section's heading and introduction, then its content. */
export function ScreenLayout(props: { title: string; intro?: string; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.screen} aria-labelledby="screen-title">
      <Subtitle2 as="h2" id="screen-title">
        {props.title}
      </Subtitle2>
      {props.intro && <Body1 className={styles.intro}>{props.intro}</Body1>}
      {props.children}
    </section>
  );
}
