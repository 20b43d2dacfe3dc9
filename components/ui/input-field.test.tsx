import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { InputField } from "./input-field";

const inputOf = (html: string) => html.match(/<input[^>]*>/)?.[0] ?? "";

describe("InputField", () => {
  it("labels the input and passes its own props through", () => {
    const html = renderToString(
      <InputField id="f-name" label="Name" name="name" required maxLength={120} defaultValue="Ana" />,
    );
    expect(html).toMatch(/<label[^>]*for="f-name"[^>]*>Name<\/label>/);
    const input = inputOf(html);
    expect(input).toMatch(/id="f-name"/);
    expect(input).toMatch(/name="name"/);
    expect(input).toMatch(/required=""/);
    expect(input).toMatch(/maxLength="120"/);
    expect(input).toMatch(/value="Ana"/);
    expect(input).not.toContain('aria-invalid="');
    expect(input).not.toContain('aria-describedby="');
  });

  it("points at its description and, when invalid, its errors", () => {
    const html = renderToString(
      <InputField
        id="f-reply"
        label="Reply-To"
        description="Where answers go"
        errors={["Not an e-mail address"]}
        name="replyTo"
        type="email"
        inputClassName="font-mono"
      />,
    );
    const input = inputOf(html);
    expect(input).toMatch(/aria-invalid="true"/);
    expect(input).toMatch(/aria-describedby="f-reply-description f-reply-error"/);
    expect(input).toMatch(/class="[^"]*font-mono/);
    expect(html).toContain('id="f-reply-description"');
    expect(html).toContain("Not an e-mail address");
  });
});
