// Writes docs/rules/README.md, the rule catalogue, from the rules' own metadata (npm run docs:rules).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { ROLE_LABELS } from "../src/core/mapping/labels";
import { RULES } from "../src/core/rules/catalogue";

const rows = RULES.map(({ meta }) => {
  const entity = meta.entity === "any" ? "several" : ROLE_LABELS[meta.entity].en;
  const first = meta.description.en.split(/(?<=\.)\s/)[0];
  return `| [${meta.id}](${meta.id}.md) | ${meta.defaultSeverity} | ${entity} | ${first} |`;
});

const text = `# Rules

Every rule has an id, a default severity, messages and an explanation in Persian and English, a
page here with a failing and a passing example, and a test with failing and passing tables. Change a
rule's severity, or turn it off, in the mapping's \`settings.rules\` (see [the mapping document](../mapping.md)).

| rule | default | reports on | finds |
|---|---|---|---|
${rows.join("\n")}
`;
const file = path.resolve(__dirname, "../docs/rules/README.md");
writeFileSync(file, text);
console.log(`wrote ${path.relative(process.cwd(), file)} (${RULES.length} rules)`);
