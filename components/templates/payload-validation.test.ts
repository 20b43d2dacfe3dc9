import { describe, expect, it } from "vitest";
import { samplePayloads, typeKeys } from "@/lib/templates/payloads";
import { checkPayload, hashText } from "./payload-validation";
import { sampleCheck } from "./use-payload-check";

const key = "access-control.request-created" as const;
const sample = samplePayloads[key];
const text = (value: unknown) => JSON.stringify(value, null, 2);

describe("checkPayload", () => {
  it("accepts the sample", () => {
    expect(checkPayload(key, text(sample)).state).toBe("valid");
  });

  it("finds every sample canonical, as the preview page assumes without loading the validator", () => {
    for (const typeKey of typeKeys) {
      expect(checkPayload(typeKey, text(samplePayloads[typeKey])), typeKey).toEqual(
        sampleCheck(samplePayloads[typeKey]),
      );
    }
  });

  it("reports JSON syntax errors", () => {
    expect(checkPayload(key, '{ "request": ')).toMatchObject({ state: "syntax" });
  });

  it("lists each issue once with its path, a message key and its line", () => {
    const broken = {
      ...sample,
      approveUrl: "javascript:alert(1)",
      request: { ...sample.request, id: "", requestedAt: "yesterday", approvers: [] },
    };
    delete (broken.request as Partial<typeof sample.request>).justification;
    const result = checkPayload(key, text(broken));
    expect(result.state).toBe("invalid");
    if (result.state !== "invalid") return;
    const byPath = Object.fromEntries(result.issues.map((issue) => [issue.path, issue]));
    expect(byPath["approveUrl"]).toMatchObject({ key: "url" });
    expect(result.issues.filter((issue) => issue.path === "approveUrl")).toHaveLength(1);
    expect(byPath["request.id"]).toMatchObject({ key: "empty", line: 3 });
    expect(byPath["request.justification"]).toMatchObject({ key: "required", line: 2 });
    expect(byPath["request.requestedAt"]).toMatchObject({ key: "datetime" });
    expect(byPath["request.approvers"]).toMatchObject({ key: "tooFewItems", values: { minimum: 1 } });
  });

  it("hashes payloads stably", () => {
    expect(hashText("abc")).toBe(hashText("abc"));
    expect(hashText("abc")).not.toBe(hashText("abd"));
  });
});
