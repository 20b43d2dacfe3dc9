import { describe, expect, it } from "vitest";
import { AppError, databaseUnavailable, uniqueViolation } from "./errors";

describe("uniqueViolation", () => {
  it("reads the columns from the driver adapter, from target, or from the index name", () => {
    const adapter = {
      code: "P2002",
      meta: { driverAdapterError: { cause: { constraint: { fields: ["email"] } } } },
    };
    expect(uniqueViolation(adapter)).toEqual(["email"]);
    expect(uniqueViolation({ code: "P2002", meta: { target: ["name"] } })).toEqual(["name"]);
    const index = {
      code: "P2002",
      meta: { driverAdapterError: { cause: { constraint: { index: "User_email_key" } } } },
    };
    expect(uniqueViolation(index)).toEqual(["email"]);
    expect(
      uniqueViolation({ code: "P2002", meta: { target: "TemplateOverride_typeKey_locale_key" } }),
    ).toEqual(["typeKey", "locale"]);
  });

  it("is null for anything else", () => {
    expect(uniqueViolation(new Error("x"))).toBeNull();
    expect(uniqueViolation({ code: "P2025" })).toBeNull();
    expect(uniqueViolation(null)).toBeNull();
  });
});

describe("AppError", () => {
  it("maps its code to an HTTP status", () => {
    expect(new AppError("CONFLICT", "x").status).toBe(409);
    expect(new AppError("BAD_REQUEST", "x", { a: ["b"] }).details).toEqual({ a: ["b"] });
  });
});

describe("databaseUnavailable", () => {
  const adapter = (cause: unknown, code = "P2010") => ({ code, meta: { driverAdapterError: { cause } } });

  it("recognises an unreachable, closed, full or restarting database however it is wrapped", () => {
    // The shapes Prisma 7 gives through the pg adapter (P1001 from a model call, P2010 from raw SQL).
    expect(databaseUnavailable(adapter({ kind: "DatabaseNotReachable", host: "127.0.0.1" }, "P1001"))).toBe(
      true,
    );
    expect(databaseUnavailable(adapter({ kind: "ConnectionClosed" }))).toBe(true);
    expect(databaseUnavailable(adapter({ kind: "postgres", code: "53100", message: "disk full" }))).toBe(
      true,
    );
    expect(databaseUnavailable(adapter({ kind: "postgres", code: "57P01", message: "terminating" }))).toBe(
      true,
    );
    expect(databaseUnavailable({ code: "P2024" })).toBe(true);
    // A silent server after connectionTimeoutMillis: node-postgres's error, unmapped, with Prisma's clientVersion.
    const timedOut = Object.assign(new Error("Connection terminated due to connection timeout"), {
      clientVersion: "7.10.0",
    });
    expect(databaseUnavailable(timedOut)).toBe(true);
    expect(databaseUnavailable(new Error("Connection terminated due to connection timeout"))).toBe(false);
    expect(
      databaseUnavailable(new Error("query failed", { cause: adapter({ kind: "SocketTimeout" }) })),
    ).toBe(true);
  });

  it("leaves the request's own faults and bugs alone", () => {
    expect(databaseUnavailable(adapter({ kind: "UniqueConstraintViolation" }, "P2002"))).toBe(false);
    expect(databaseUnavailable(adapter({ kind: "postgres", code: "23503", message: "foreign key" }))).toBe(
      false,
    );
    expect(databaseUnavailable(adapter({ kind: "postgres", code: "42P01", message: "no table" }))).toBe(
      false,
    );
    expect(databaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(databaseUnavailable(null)).toBe(false);
    expect(databaseUnavailable("ECONNREFUSED")).toBe(false);
    // A bare socket error may be the client's connection, not the database's.
    expect(databaseUnavailable(Object.assign(new Error("reset"), { code: "ECONNRESET" }))).toBe(false);
  });
});
