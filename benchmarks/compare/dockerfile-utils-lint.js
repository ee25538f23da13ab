#!/usr/bin/env node
// Lints every Dockerfile named on the command line with dockerfile-utils (the validator behind the
// VS Code Docker extension) in this one Node.js process, and prints compiler-style lines
// (path:line:column: severity: message), like `dockerdsl lint` does. Exit 1 when any diagnostic is
// an error. Used by ../lint-vs-dockerfile-utils.sh; needs NODE_PATH to reach dockerfile-utils.
"use strict";
const fs = require("fs");
const { validate } = require("dockerfile-utils");

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error("usage: dockerfile-utils-lint.js FILE...");
  process.exit(2);
}
const lines = [];
let errors = 0;
let warnings = 0;
for (const path of paths) {
  const content = fs.readFileSync(path, "utf8");
  for (const d of validate(content)) {
    // DiagnosticSeverity: 1 error, 2 warning
    const severity = d.severity === 1 ? "error" : "warning";
    if (d.severity === 1) errors++; else warnings++;
    lines.push(`${path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${severity}: ${d.message}`);
  }
}
lines.push(`${paths.length} files checked: ${errors} errors, ${warnings} warnings`);
process.stdout.write(lines.join("\n") + "\n");
process.exit(errors > 0 ? 1 : 0);
