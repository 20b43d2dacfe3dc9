// The wiring every form field takes from its name: id, name, label and translated errors.
import { describe, expect, it } from "vitest";
import { renderIntl } from "@/components/render-intl";
import { InputField } from "@/components/ui/input-field";
import type { FormState } from "@/lib/actions/form-state";
import enCommon from "@/messages/en/common.json";
import { useFormFields } from "./form-message";

function Form({ state }: { state: FormState }) {
  const field = useFormFields(state, "contact", (name) => `Label of ${name}`);
  return (
    <>
      <InputField {...field("timeZone")} />
      <InputField {...field("digestHour", { id: "contact-digest", label: "Hour" })} />
    </>
  );
}

const render = (state: FormState) => renderIntl(<Form state={state} />, "en", { common: enCommon });
const inputNamed = (html: string, name: string) =>
  html.match(new RegExp(`<input[^>]*name="${name}"[^>]*>`))?.[0] ?? "";

describe("useFormFields", () => {
  it("derives the id (prefix and lower-cased name), the name and the label, unless given", () => {
    const html = render({});
    expect(html).toMatch(/<label[^>]*for="contact-timezone"[^>]*>Label of timeZone<\/label>/);
    expect(inputNamed(html, "timeZone")).toContain('id="contact-timezone"');
    expect(html).toMatch(/<label[^>]*for="contact-digest"[^>]*>Hour<\/label>/);
    expect(inputNamed(html, "digestHour")).toContain('id="contact-digest"');
    expect(html).not.toContain('aria-invalid="');
  });

  it("gives each field its own errors, in the reader's language", () => {
    const html = render({ errors: { digestHour: ["required"] } });
    expect(inputNamed(html, "digestHour")).toContain('aria-invalid="true"');
    expect(inputNamed(html, "digestHour")).toContain('aria-describedby="contact-digest-error"');
    expect(html).toContain(`<p>${enCommon.errors.required}</p>`);
    expect(inputNamed(html, "timeZone")).not.toContain('aria-invalid="');
  });
});
