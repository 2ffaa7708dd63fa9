// The parser answers every golden input exactly as it did before its speed work (see golden.ts).
import { describe, expect, it } from "vitest";
import { currentOutputs, GOLDEN_INPUTS, GOLDEN_OUTPUTS, readLines, type GoldenInput } from "./golden.ts";

describe("golden outputs", () => {
  it("every golden input gets the frozen answer", () => {
    const inputs = readLines(GOLDEN_INPUTS).map((l) => JSON.parse(l) as GoldenInput);
    const expected = readLines(GOLDEN_OUTPUTS);
    expect(expected).toHaveLength(inputs.length);
    const actual = currentOutputs(inputs);
    const differ = inputs.flatMap((input, i) => (actual[i] === expected[i] ? [] : [{ input, expected: expected[i], actual: actual[i] }]));
    expect(differ.slice(0, 5)).toEqual([]);
  });
});
