// Writes docs/mapping.schema.json from the schema in src/core (a test keeps the two equal).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { MAPPING_SCHEMA } from "../src/core/mapping/mapping-schema";

const file = path.resolve(__dirname, "../docs/mapping.schema.json");
writeFileSync(file, `${JSON.stringify(MAPPING_SCHEMA, null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), file)}`);
