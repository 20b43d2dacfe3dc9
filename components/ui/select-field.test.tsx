import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SelectField } from "./select-field";

const options = [
  { value: "en", label: "English", lang: "en" },
  { value: "pt-BR", label: "Português (Brasil)", lang: "pt-BR" },
];

describe("SelectField", () => {
  it("labels the select and selects the default value", () => {
    const html = renderToString(
      <SelectField id="f-locale" name="locale" label="Language" defaultValue="pt-BR" options={options} />,
    );
    expect(html).toContain('<label data-slot="label"');
    expect(html).toMatch(/for="f-locale"/);
    expect(html).toMatch(/<select[^>]*name="locale"[^>]*id="f-locale"/);
    expect(html).toMatch(/<option[^>]*value="pt-BR"[^>]*lang="pt-BR"[^>]*selected=""/);
    expect(html).not.toContain('aria-invalid="');
  });

  it("links the description and, when invalid, the errors", () => {
    const html = renderToString(
      <SelectField
        id="f-hour"
        name="digestHour"
        label="Hour"
        description="In your time zone"
        errors={["Choose an hour between 0 and 23"]}
        defaultValue={8}
        options={[{ value: 8, label: "08:00" }]}
      />,
    );
    expect(html).toMatch(/aria-invalid="true"/);
    expect(html).toMatch(/aria-describedby="f-hour-description f-hour-error"/);
    expect(html).toContain('id="f-hour-error"');
    expect(html).toContain("Choose an hour between 0 and 23");
  });
});
