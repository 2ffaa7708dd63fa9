// Writes fixtures/golden-outputs.jsonl from the current parser (see golden.ts).
import { writeFileSync } from "node:fs";
import { currentOutputs, GOLDEN_INPUTS, GOLDEN_OUTPUTS, readLines, type GoldenInput } from "./golden.ts";

const inputs = readLines(GOLDEN_INPUTS).map((l) => JSON.parse(l) as GoldenInput);
writeFileSync(process.argv[2] ?? GOLDEN_OUTPUTS, currentOutputs(inputs).join("\n") + "\n");
console.log(`${inputs.length} answers written`);
