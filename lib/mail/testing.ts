// What the mail transport tests share (tests only: it imports vitest).
import { expect } from "vitest";
import { MailTransportError } from "./types";

/** The MailTransportError a send rejected with; fails the test if it resolved or threw anything else. */
export async function transportFailureOf(promise: Promise<unknown>): Promise<MailTransportError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MailTransportError);
  return error as MailTransportError;
}
