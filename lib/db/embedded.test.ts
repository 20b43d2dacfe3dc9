import { describe, expect, it } from "vitest";
import { embeddedUrl, socketDirectory } from "./embedded";

describe("the embedded server's Unix socket", () => {
  it("goes in the cluster's folder when its path fits Linux's 107 bytes", () => {
    expect(socketDirectory("/srv/herald/.data/postgres", 54329)).toBe("/srv/herald/.data/postgres");
    // '/' + 'a' × n + '/.s.PGSQL.54329' (15 bytes): 107 fits, 108 does not.
    expect(socketDirectory(`/${"a".repeat(91)}`, 54329)).toBe(`/${"a".repeat(91)}`);
    expect(socketDirectory(`/${"a".repeat(92)}`, 54329)).toBeNull();
    // Bytes, not characters: a folder name in another script is longer than it looks.
    expect(socketDirectory(`/${"é".repeat(46)}`, 54329)).toBeNull();
  });

  it("is named by the URL's host parameter, or the URL is TCP on 127.0.0.1 without one", () => {
    const base = { password: "p@ss/word", port: 54329, database: "herald" };
    const viaSocket = new URL(embeddedUrl({ ...base, socketDir: "/srv/herald/.data/postgres" }));
    expect(viaSocket.searchParams.get("host")).toBe("/srv/herald/.data/postgres");
    expect(decodeURIComponent(viaSocket.password)).toBe("p@ss/word");
    expect(viaSocket.pathname).toBe("/herald");
    const viaTcp = new URL(embeddedUrl({ ...base, socketDir: null }));
    expect(viaTcp.host).toBe("127.0.0.1:54329");
    expect(viaTcp.search).toBe("");
  });
});
